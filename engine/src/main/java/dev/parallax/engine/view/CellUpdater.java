package dev.parallax.engine.view;

import dev.parallax.engine.aggregate.AggregateSource;
import dev.parallax.engine.aggregate.AggregateSpec;
import dev.parallax.engine.aggregate.RowSequence;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;

/**
 * Applies one table batch to a pivot's cells and aggregates, once the old and
 * new leaf cell of every row it touched is known: invertible aggregates take
 * each row's old values (the delta's {@code updatedBefore}/{@code removedBefore})
 * out of the cells above its old leaf and add its new values above its new one;
 * the other aggregates recompute the leaf cells the batch touched and the cells
 * above them. Rows then move between cells, and cells and groups left empty go.
 * Aggregates that follow a row order recompute touched cells likewise when the
 * batch left every row's place in that order alone; else the caller rebuilds them.
 */
final class CellUpdater {
  private final Table table;
  private final ColumnSource source;
  private final PivotCells cells;
  private final CellAggregates aggregates;
  private final RowLists lists;

  CellUpdater(Table table, ColumnSource source, PivotCells cells, CellAggregates aggregates, RowLists lists) {
    this.table = table;
    this.source = source;
    this.cells = cells;
    this.aggregates = aggregates;
    this.lists = lists;
  }

  /**
   * Applies {@code delta}; each array holds, per row of the delta's removed,
   * updated or added list, the leaf cell it leaves or enters (-1: none).
   * {@code orderedToo}: whether to update the aggregates that follow a row order,
   * whose row sequences still hold.
   */
  void apply(TableDelta delta, int[] removedFrom, int[] updatedFrom, int[] updatedTo,
      int[] addedTo, boolean orderedToo) {
    int[] removed = delta.removed();
    int[] updated = delta.updated();
    int[] added = delta.added();
    int[] path = new int[(cells.rows.levels() + 1) * (cells.cols.levels() + 1)];
    IntArrayList[] dirty = new IntArrayList[aggregates.size()];
    for (int s = 0; s < aggregates.size(); s++) {
      if (aggregates.isOrdered(s) && !orderedToo) {
        continue;
      }
      boolean touched = touches(s, delta);
      if (aggregates.isInvertible(s)) {
        AggregateSource now = aggregates.source(s);
        AggregateSource wasRemoved = removed.length > 0 ? oldSource(s, delta, true) : null;
        AggregateSource wasUpdated = updated.length > 0 ? oldSource(s, delta, false) : null;
        for (int i = 0; i < removed.length; i++) {
          if (removedFrom[i] >= 0) {
            aggregates.remove(s, wasRemoved, i, path, cells.cellsAbove(removedFrom[i], path));
          }
        }
        for (int i = 0; i < updated.length; i++) {
          if (updatedFrom[i] != updatedTo[i] || touched) {
            if (updatedFrom[i] >= 0) {
              aggregates.remove(s, wasUpdated, i, path, cells.cellsAbove(updatedFrom[i], path));
            }
            if (updatedTo[i] >= 0) {
              aggregates.add(s, now, updated[i], path, cells.cellsAbove(updatedTo[i], path));
            }
          }
        }
        for (int i = 0; i < added.length; i++) {
          if (addedTo[i] >= 0) {
            aggregates.add(s, now, added[i], path, cells.cellsAbove(addedTo[i], path));
          }
        }
      } else {
        IntArrayList d = new IntArrayList();
        addAll(d, removedFrom);
        addAll(d, addedTo);
        for (int i = 0; i < updated.length; i++) {
          if (updatedFrom[i] != updatedTo[i] || touched) {
            if (updatedFrom[i] >= 0) {
              d.add(updatedFrom[i]);
            }
            if (updatedTo[i] >= 0) {
              d.add(updatedTo[i]);
            }
          }
        }
        dirty[s] = d;
      }
    }
    IntArrayList emptied = new IntArrayList();
    for (int i = 0; i < removed.length; i++) {
      leave(removed[i], removedFrom[i], emptied);
    }
    for (int i = 0; i < updated.length; i++) {
      if (updatedFrom[i] != updatedTo[i]) {
        leave(updated[i], updatedFrom[i], emptied);
        enter(updated[i], updatedTo[i]);
      }
    }
    for (int i = 0; i < added.length; i++) {
      enter(added[i], addedTo[i]);
    }
    for (int s = 0; s < aggregates.size(); s++) {
      if (dirty[s] != null && !dirty[s].isEmpty()) {
        aggregates.recompute(s, distinct(dirty[s]), cells, lists);
      }
    }
    cells.collect(emptied);
  }

  private static void addAll(IntArrayList out, int[] cellsOrNone) {
    for (int c : cellsOrNone) {
      if (c >= 0) {
        out.add(c);
      }
    }
  }

  private static IntArrayList distinct(IntArrayList l) {
    int[] a = l.toIntArray();
    Arrays.sort(a);
    IntArrayList out = new IntArrayList(a.length);
    for (int i = 0; i < a.length; i++) {
      if (i == 0 || a[i] != a[i - 1]) {
        out.add(a[i]);
      }
    }
    return out;
  }

  private void leave(int row, int leafCell, IntArrayList emptied) {
    if (leafCell >= 0) {
      cells.remove(row, emptied);
      if (lists != null) {
        lists.remove(leafCell, row);
      }
    }
  }

  private void enter(int row, int leafCell) {
    if (leafCell >= 0) {
      cells.add(row, leafCell, table.rowCount());
      if (lists != null) {
        lists.add(leafCell, row);
      }
    }
  }

  private boolean touches(int s, TableDelta delta) {
    AggregateSpec spec = aggregates.spec(s);
    return source.touchedBy(spec.column(), delta)
        || (spec.argument() != null && source.touchedBy(spec.argument(), delta));
  }

  /**
   * Aggregate {@code s}'s columns as the delta's removed (or updated) rows held
   * them before the batch; computed columns included, which the source kept.
   */
  private AggregateSource oldSource(int s, TableDelta delta, boolean removed) {
    AggregateSpec spec = aggregates.spec(s);
    Column value = before(spec.column(), delta, removed);
    Column argument = spec.argument() == null ? null : before(spec.argument(), delta, removed);
    return spec.source(value, argument, RowSequence.ROW_ID);
  }

  private Column before(String column, TableDelta delta, boolean removed) {
    return removed ? source.removedBefore(column, delta) : source.updatedBefore(column, delta);
  }

}
