package dev.parallax.engine.table;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.Schema;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of typed columns with Perspective's semantics: rows appended, upserted
 * by primary key, or kept in a ring; every {@code update}, {@code remove},
 * {@code replace} and {@code clear} is one batch that is checked whole before any
 * of it is applied, and that yields one {@link TableDelta} for the listeners.
 *
 * <p>Row ids are stable: a row keeps its id until removed, and an indexed table
 * reuses the ids of removed rows. An unindexed table's rows have an implicit key,
 * Perspective's {@code __INDEX__}: the count of rows appended before it, which
 * never restarts, not even after a clear. It orders an unindexed table's rows,
 * so a ring ({@code limit}) reads oldest to newest whatever slots its rows hold.
 *
 * <p>Not thread-safe: one thread (a table verticle) owns a table.
 */
public final class Table {
  /** The name of the implicit key of an unindexed table. */
  public static final String IMPLICIT_INDEX = "__INDEX__";

  private static final System.Logger LOG = System.getLogger(Table.class.getName());
  private static final int[] NONE = new int[0];

  private final Schema schema;
  private final TableOptions options;
  private final Column[] columns;
  private final int keyColumn;
  private final KeyIndex keys;
  private final RowSet rows;
  private final ImplicitIndex implicit;
  private final BatchWriter writer;
  private final List<TableListener> listeners = new ArrayList<>();
  private final List<Runnable> deleteListeners = new ArrayList<>();
  private boolean deleted;

  private Table(Schema schema, TableOptions options, int capacity) {
    options.validate();
    if (schema.size() == 0) {
      throw new ParallaxException("A table needs at least one column");
    }
    this.schema = schema;
    this.options = options;
    this.columns = new Column[schema.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = Column.create(schema.type(i), capacity);
    }
    String index = options.getIndex();
    if (index != null) {
      keyColumn = schema.indexOf(index);
      if (keyColumn < 0) {
        throw new ParallaxException("Index column '" + index + "' is not in the schema " + schema);
      }
      keys = KeyIndex.create(schema.type(keyColumn), capacity);
    } else {
      keyColumn = -1;
      keys = null;
    }
    this.rows = new RowSet(columns);
    this.implicit = new ImplicitIndex(options.getLimit());
    this.writer = new BatchWriter(schema, columns, keyColumn, keys, options.getLimit(), rows, implicit);
  }

  /** An empty table of {@code schema}. */
  public static Table create(Schema schema, TableOptions options) {
    return new Table(schema, options, 0);
  }

  /** A table whose schema is the batch's, holding its rows. */
  public static Table create(ColumnBatch data, TableOptions options) {
    Table t = new Table(data.schema(), options, options.getLimit() > 0
        ? Math.min(options.getLimit(), data.rowCount()) : data.rowCount());
    for (int c = 0; c < data.columnCount(); c++) {
      if (data.column(c) instanceof IntColumn) {
        ((IntColumn) t.columns[c]).setWidth(((IntColumn) data.column(c)).width());
      }
    }
    t.update(data);
    return t;
  }

  public Schema schema() {
    return schema;
  }

  public TableOptions options() {
    return options;
  }

  /** The number of live rows. */
  public int size() {
    checkOpen();
    return rows.size();
  }

  /** One past the highest row id ever live since the last clear: every live row is below it. */
  public int rowCount() {
    return rows.rowCount();
  }

  public boolean isLive(int row) {
    return rows.isLive(row);
  }

  /** The first live row id at or after {@code from}, or -1. */
  public int nextLiveRow(int from) {
    return rows.nextLive(from);
  }

  /** Every live row id, ascending. */
  public int[] liveRows() {
    int[] ids = new int[rows.size()];
    if (isDense()) {
      for (int r = 0; r < ids.length; r++) {
        ids[r] = r;
      }
      return ids;
    }
    int n = 0;
    for (int r = rows.nextLive(0); r >= 0; r = rows.nextLive(r + 1)) {
      ids[n++] = r;
    }
    return ids;
  }

  /** Whether the table keeps no gaps: rows {@code 0..rowCount-1} are all live. */
  public boolean isDense() {
    return rows.size() == rows.rowCount();
  }

  /** The primary key column's position, or -1 for an unindexed table. */
  public int keyColumn() {
    return keyColumn;
  }

  /**
   * Row {@code row}'s implicit index ({@code __INDEX__}) in an unindexed table:
   * how many rows were appended before it. Meaningless for an indexed table.
   */
  public long implicitIndex(int row) {
    return implicit.of(row);
  }

  public Column column(int i) {
    return columns[i];
  }

  public Column column(String name) {
    return columns[schema.require(name)];
  }

  /**
   * Checks {@code batch} as {@link #update} would, without applying it: a
   * {@link ParallaxException} says what is wrong with it.
   */
  public void check(ColumnBatch batch) {
    checkOpen();
    writer.validate(batch);
  }

  /** Upserts (indexed), appends (unindexed) or overwrites the oldest rows (limit). */
  public TableDelta update(ColumnBatch batch) {
    checkOpen();
    TableDelta delta = writer.apply(batch, writer.validate(batch));
    if (batch.rowCount() > 0) {
      // An empty update is no batch at all: Perspective notifies nobody for it.
      notify(delta);
    }
    return delta;
  }

  /**
   * Removes the rows whose keys are in the first {@code count} rows of
   * {@code keys}; unknown keys are ignored. Only an indexed table removes rows.
   */
  public TableDelta remove(Column keys, int count) {
    checkOpen();
    if (keyColumn < 0) {
      throw new ParallaxException("Cannot remove from an unindexed table: remove() takes primary keys");
    }
    ColumnType keyType = schema.type(keyColumn);
    if (keys.type() != keyType) {
      throw new ParallaxException("remove() takes keys of type " + keyType + ", got " + keys.type());
    }
    int[] found = new int[count];
    int n = 0;
    IntOpenHashSet seen = new IntOpenHashSet(count);
    for (int i = 0; i < count; i++) {
      int row = this.keys.find(keys, i, columns[keyColumn]);
      if (row >= 0 && rows.isLive(row) && seen.add(row)) {
        found[n++] = row;
      }
    }
    found = Arrays.copyOf(found, n);
    ColumnBatch before = writer.snapshot(found);
    for (int row : found) {
      this.keys.removeRow(columns[keyColumn], row);
      rows.kill(row, true);
    }
    TableDelta delta = new TableDelta(false, NONE, NONE, found, null, before, new boolean[columns.length]);
    notify(delta);
    return delta;
  }

  /** Removes every row. */
  public TableDelta clear() {
    checkOpen();
    reset();
    TableDelta delta = TableDelta.reset(NONE, columns.length);
    notify(delta);
    return delta;
  }

  /** Replaces every row with the batch's, in one step that views see once. */
  public TableDelta replace(ColumnBatch batch) {
    checkOpen();
    int[] target = writer.validate(batch);
    reset();
    TableDelta applied = writer.apply(batch, target);
    TableDelta delta = TableDelta.reset(applied.added(), columns.length);
    notify(delta);
    return delta;
  }

  public void addListener(TableListener listener) {
    checkOpen();
    listeners.add(listener);
  }

  public void removeListener(TableListener listener) {
    listeners.remove(listener);
  }

  /** How many listeners (views, subscriptions) are attached. */
  public int listenerCount() {
    return listeners.size();
  }

  public void onDelete(Runnable callback) {
    checkOpen();
    deleteListeners.add(callback);
  }

  /** Deletes the table; refused while views still listen to it. */
  public void delete() {
    checkOpen();
    if (!listeners.isEmpty()) {
      throw new ParallaxException("Cannot delete a table with " + listeners.size() + " live view(s)");
    }
    deleted = true;
    for (Runnable r : new ArrayList<>(deleteListeners)) {
      r.run();
    }
    deleteListeners.clear();
  }

  public boolean isDeleted() {
    return deleted;
  }

  /** Bytes this table holds on the heap, columns and key index included. */
  public long heapBytes() {
    long b = 64L + rows.heapBytes() + implicit.heapBytes();
    for (Column c : columns) {
      b += c.heapBytes();
    }
    return keys == null ? b : b + keys.heapBytes();
  }

  private void checkOpen() {
    if (deleted) {
      throw new ParallaxException("Table was deleted");
    }
  }

  private void reset() {
    rows.clear();
    if (keys != null) {
      keys.clear();
    }
    implicit.cleared();
  }

  private void notify(TableDelta delta) {
    for (TableListener l : listeners.toArray(new TableListener[0])) {
      try {
        l.onDelta(this, delta);
      } catch (RuntimeException e) {
        // A failing listener must not stop the others from seeing the batch.
        LOG.log(System.Logger.Level.ERROR, "table listener failed", e);
      }
    }
  }
}
