package dev.parallax.engine.view;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.StringColumn;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import dev.parallax.engine.window.WindowColumns;
import dev.parallax.engine.window.WindowSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Another source's columns plus the view's window columns, listed after them in
 * name order as Perspective 5.5.1 lists them. A window's value in a row depends
 * on the other rows of its partition, so a batch can change rows it never
 * touched: {@link #apply} hands the view a delta that counts those rows as
 * updated too, so that they are re-sorted, re-aggregated and reported.
 */
final class WindowColumnSource implements ColumnSource {
  private final Table table;
  private final ColumnSource base;
  private final WindowColumns windows;
  private final List<String> names;
  private TableDelta given;
  private TableDelta widened;

  private WindowColumnSource(Table table, ColumnSource base, WindowColumns windows) {
    this.table = table;
    this.base = base;
    this.windows = windows;
    List<String> all = new ArrayList<>(base.names());
    all.addAll(windows.names());
    this.names = Collections.unmodifiableList(all);
  }

  static WindowColumnSource compile(Table table, ColumnSource base, Map<String, WindowSpec> specs) {
    return new WindowColumnSource(table, base, WindowColumns.compile(table, specs, base::column));
  }

  @Override
  public Column column(String name) {
    Column w = windows.column(name);
    return w != null ? w : base.column(name);
  }

  @Override
  public List<String> names() {
    return names;
  }

  @Override
  public boolean touchedBy(String name, TableDelta delta) {
    return windows.column(name) != null ? windows.changedLastBatch() : base.touchedBy(name, baseDelta(delta));
  }

  @Override
  public TableDelta apply(TableDelta delta) {
    TableDelta d = base.apply(delta);
    int[] moved = windows.apply(d, name -> base.touchedBy(name, d));
    given = d;
    widened = d.withUpdated(moved, table);
    return widened;
  }

  @Override
  public Column updatedBefore(String name, TableDelta delta) {
    if (windows.column(name) != null) {
      return delta.isReset() ? null : windows.before(name, delta.updated());
    }
    Column before = base.updatedBefore(name, baseDelta(delta));
    if (delta != widened || widened == given) {
      return before;
    }
    // The rows the windows moved kept their other values: append them as they are.
    int[] rows = delta.updated();
    int u = given.updated().length;
    Column current = base.column(name);
    Column out = current instanceof StringColumn
        ? StringColumn.sharing(((StringColumn) current).dictionary(), rows.length)
        : Column.create(current.type(), rows.length);
    if (before != null && u > 0) {
      out.copyRange(before, 0, 0, u);
    }
    for (int i = u; i < rows.length; i++) {
      out.copyRow(current, rows[i], i);
    }
    return out;
  }

  @Override
  public Column removedBefore(String name, TableDelta delta) {
    if (windows.column(name) != null) {
      return delta.removed().length == 0 ? null : windows.before(name, delta.removed());
    }
    return base.removedBefore(name, baseDelta(delta));
  }

  /** The delta the base source saw, for the one this source handed on. */
  private TableDelta baseDelta(TableDelta delta) {
    return delta == widened ? given : delta;
  }
}
