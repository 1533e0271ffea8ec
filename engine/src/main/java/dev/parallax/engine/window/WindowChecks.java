package dev.parallax.engine.window;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.table.Table;

/** Whether one window fits its table, with Perspective 5.5.1's reasons when it does not. */
final class WindowChecks {
  private WindowChecks() {
  }

  static void check(Table table, WindowSpec spec, ColumnType sourceType) {
    for (String p : spec.partitionBy()) {
      if (table.schema().indexOf(p) < 0) {
        throw new ParallaxException("Window `partition_by` must be a `Table` column: " + p);
      }
    }
    if (spec.orderBy() != null && table.schema().indexOf(spec.orderBy()) < 0) {
      throw new ParallaxException("Window `order_by` must be a `Table` column: " + spec.orderBy());
    }
    WindowOp op = spec.op();
    if (op.takesOffset() && spec.frame() != null) {
      throw new ParallaxException("Window `frame` is not applicable to `lag`/`lead`/`diff` (use `offset`)");
    }
    if (op == WindowOp.RATE && spec.frame() != WindowFrame.RANGE) {
      throw new ParallaxException("Window `rate` requires a `range` frame");
    }
    if (op == WindowOp.EMA) {
      if (spec.frame() == WindowFrame.ROWS || spec.frame() == WindowFrame.RANGE) {
        throw new ParallaxException("Window `ema` is cumulative; it does not accept a `rows` or `range` frame");
      }
      if (spec.alpha() == null || !(spec.alpha() > 0 && spec.alpha() <= 1)) {
        throw new ParallaxException("Window `ema` requires `alpha` in (0, 1]");
      }
    }
    if (!op.appliesTo(sourceType)) {
      throw new ParallaxException("Window op requires a numeric `source` column: " + spec.source());
    }
    if (spec.frame() == WindowFrame.RANGE) {
      if (!(spec.range() > 0)) {
        throw new ParallaxException("Window `range` must be a positive interval");
      }
      if (spec.orderBy() == null) {
        throw new ParallaxException("Window `range` frames require an explicit `order_by`");
      }
      ColumnType t = table.schema().type(table.schema().indexOf(spec.orderBy()));
      if (t == ColumnType.STRING || t == ColumnType.BOOLEAN) {
        throw new ParallaxException(
            "Window `range` frames require a numeric or temporal `order_by` column: " + spec.orderBy());
      }
    }
  }
}
