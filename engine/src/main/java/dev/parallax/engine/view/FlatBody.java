package dev.parallax.engine.view;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A flat view: the table's rows filtered and sorted, its columns chosen. Applies
 * each batch to its row order incrementally. A flat view has no tree, so expand,
 * collapse and set_depth change nothing and report 0, as Perspective's do.
 */
final class FlatBody implements ViewBody {
  private final Table table;
  private final ColumnSource source;
  private final ViewPlan plan;
  private final RowOrder order;
  private final boolean ring;

  FlatBody(Table table, ColumnSource source, ViewPlan plan) {
    this.table = table;
    this.source = source;
    this.plan = plan;
    this.order = new RowOrder(plan.selector, plan.sorter);
    this.ring = table.options().getLimit() > 0;
    order.rebuild(table);
  }

  @Override
  public ViewConfig config() {
    return plan.config;
  }

  @Override
  public int numRows() {
    return order.size();
  }

  @Override
  public int numColumns() {
    return plan.columns.size();
  }

  @Override
  public Map<String, ColumnType> schema() {
    Map<String, ColumnType> m = new LinkedHashMap<>();
    for (int i = 0; i < plan.viewColumns.length; i++) {
      m.put(plan.columns.get(i), plan.viewColumns[i].type());
    }
    return m;
  }

  @Override
  public List<String> columnPaths() {
    return plan.columns;
  }

  @Override
  public List<Object> minMax(String column) {
    Column c = source.column(column);
    if (c == null) {
      throw new ParallaxException("Unknown column '" + column + "'");
    }
    return MinMax.of(c, order.slice(0, order.size()), order.size());
  }

  @Override
  public ViewWindow window(int r0, int r1, int c0, int c1) {
    return windowOf(order.slice(r0, r1), c0, c1);
  }

  private ViewWindow windowOf(int[] rows, int c0, int c1) {
    return FlatWindow.of(table, plan.columns.subList(c0, c1), Arrays.copyOfRange(plan.viewColumns, c0, c1), rows);
  }

  @Override
  public ViewUpdate apply(TableDelta delta, boolean report) {
    if (delta.isReset()) {
      order.rebuild(table);
    } else if (!delta.isEmpty()) {
      boolean valuesMoved = ring || touchesOrder(delta);
      if (valuesMoved || delta.added().length > 0 || delta.removed().length > 0) {
        order.update(delta, valuesMoved, table.rowCount());
      }
    }
    if (!report) {
      return null;
    }
    int[] positions = order.positionsOf(delta.added(), delta.updated(), table.rowCount());
    return new ViewUpdate(windowOf(order.rowsAt(positions), 0, plan.columns.size()), positions, delta.isReset());
  }

  private boolean touchesOrder(TableDelta delta) {
    for (String c : plan.orderColumns) {
      if (source.touchedBy(c, delta)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int expand(int row) {
    return 0;
  }

  @Override
  public int collapse(int row) {
    return 0;
  }

  @Override
  public void setDepth(int depth) {
    // A flat view has no levels to show or hide.
  }

  @Override
  public void clear() {
    order.clear();
  }
}
