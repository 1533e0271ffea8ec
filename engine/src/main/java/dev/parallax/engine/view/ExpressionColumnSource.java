package dev.parallax.engine.view;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.StringColumn;
import dev.parallax.engine.expression.CompiledExpression;
import dev.parallax.engine.expression.Expressions;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's columns plus computed ones, one per expression, each materialised as
 * a column aligned with the table's row ids so that filters, sorts and outputs
 * read it like any other.
 *
 * <p>{@link #apply} keeps them current at the cost of the batch, not the table:
 * added rows are computed; updated rows are recomputed only for expressions
 * whose input columns the batch wrote (any row of a ring table, whose
 * overwritten rows change in every column); a reset recomputes everything; a
 * volatile expression ({@code now()}, {@code random()}) recomputes every row on
 * every batch.
 */
final class ExpressionColumnSource implements ColumnSource {
  private final Table table;
  private final TableColumnSource base;
  private final CompiledExpression[] expressions;
  private final Column[] values;
  private final int[][] inputs;
  private final Map<String, Integer> byName = new HashMap<>();
  private final List<String> names;
  private final boolean ring;
  private final Column[] captured;
  private TableDelta capturedFor;

  private ExpressionColumnSource(Table table, CompiledExpression[] expressions, Column[] values) {
    this.table = table;
    this.base = new TableColumnSource(table);
    this.expressions = expressions;
    this.values = values;
    this.inputs = new int[expressions.length][];
    this.captured = new Column[expressions.length];
    this.ring = table.options().getLimit() > 0;
    List<String> all = new ArrayList<>(table.schema().names());
    for (int e = 0; e < expressions.length; e++) {
      byName.put(expressions[e].name(), e);
      all.add(expressions[e].name());
      List<String> in = expressions[e].inputColumns();
      inputs[e] = new int[in.size()];
      for (int i = 0; i < inputs[e].length; i++) {
        inputs[e][i] = table.schema().indexOf(in.get(i));
      }
    }
    this.names = Collections.unmodifiableList(all);
  }

  /** Compiles every expression against the table's schema, then evaluates them all. */
  static ExpressionColumnSource compile(Table table, Map<String, String> expressions) {
    CompiledExpression[] compiled = new CompiledExpression[expressions.size()];
    int e = 0;
    for (Map.Entry<String, String> x : expressions.entrySet()) {
      try {
        compiled[e++] = Expressions.compile(x.getKey(), x.getValue(), table.schema(), table.options().getIndex());
      } catch (ParallaxException bad) {
        throw new ParallaxException("Invalid expression '" + x.getKey() + "': " + bad.getMessage(), bad);
      }
    }
    Column[] values = new Column[compiled.length];
    for (int i = 0; i < compiled.length; i++) {
      values[i] = compiled[i].evaluate(table);
    }
    return new ExpressionColumnSource(table, compiled, values);
  }

  @Override
  public Column column(String name) {
    Integer e = byName.get(name);
    return e == null ? base.column(name) : values[e];
  }

  @Override
  public List<String> names() {
    return names;
  }

  @Override
  public boolean touchedBy(String name, TableDelta delta) {
    Integer e = byName.get(name);
    return e == null ? base.touchedBy(name, delta) : ring || isStale(e, delta);
  }

  @Override
  public TableDelta apply(TableDelta delta) {
    capturedFor = delta;
    Arrays.fill(captured, null);
    if (delta.isEmpty()) {
      return delta;
    }
    int[] live = null;
    for (int e = 0; e < expressions.length; e++) {
      if (delta.isReset() || expressions[e].isVolatile()) {
        if (!delta.isReset()) {
          captured[e] = gather(values[e], delta.updated());
        }
        if (live == null) {
          live = liveRows();
        }
        expressions[e].evaluate(table, live, live.length, values[e]);
        continue;
      }
      int[] added = delta.added();
      if (added.length > 0) {
        expressions[e].evaluate(table, added, added.length, values[e]);
      }
      int[] updated = delta.updated();
      if (updated.length > 0 && (ring || isStale(e, delta))) {
        captured[e] = gather(values[e], updated);
        expressions[e].evaluate(table, updated, updated.length, values[e]);
      }
    }
    return delta;
  }

  @Override
  public Column updatedBefore(String name, TableDelta delta) {
    Integer e = byName.get(name);
    if (e == null) {
      return base.updatedBefore(name, delta);
    }
    if (delta.isReset()) {
      return null;
    }
    // Expressions the batch did not touch still hold their old values.
    return delta == capturedFor && captured[e] != null ? captured[e] : gather(values[e], delta.updated());
  }

  @Override
  public Column removedBefore(String name, TableDelta delta) {
    Integer e = byName.get(name);
    if (e == null) {
      return base.removedBefore(name, delta);
    }
    // Removal leaves a row's computed values in place until the row id is reused.
    return delta.removed().length == 0 ? null : gather(values[e], delta.removed());
  }

  /** Whether the batch may have changed expression {@code e}'s value in the rows it updated. */
  private boolean isStale(int e, TableDelta delta) {
    if (delta.isReset() || expressions[e].isVolatile()) {
      return true;
    }
    for (int c : inputs[e]) {
      if (delta.touches(c)) {
        return true;
      }
    }
    return false;
  }

  private int[] liveRows() {
    int[] rows = new int[table.size()];
    int n = 0;
    for (int r = table.nextLiveRow(0); r >= 0; r = table.nextLiveRow(r + 1)) {
      rows[n++] = r;
    }
    return rows;
  }

  /** Rows {@code rows} of {@code src} as a new column, row {@code i} holding {@code src[rows[i]]}. */
  private static Column gather(Column src, int[] rows) {
    Column out = src instanceof StringColumn
        ? StringColumn.sharing(((StringColumn) src).dictionary(), rows.length)
        : Column.create(src.type(), rows.length);
    for (int i = 0; i < rows.length; i++) {
      out.copyRow(src, rows[i], i);
    }
    return out;
  }
}
