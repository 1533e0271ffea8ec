package dev.parallax.engine.table;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.column.StringColumn;
import it.unimi.dsi.fastutil.ints.IntArrayList;
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
  private final int limit;
  private final IntArrayList free = new IntArrayList();
  private final List<TableListener> listeners = new ArrayList<>();
  private final List<Runnable> deleteListeners = new ArrayList<>();
  private long[] live = new long[0];
  private int rowCount;
  private int size;
  /** Rows ever appended to an unindexed table: the next implicit index. */
  private long appended;
  /** The implicit index of row 0 of an unbounded unindexed table since its last clear. */
  private long indexBase;
  /** Rows written into the ring since its last clear: the next slot, modulo the limit. */
  private long ringWrites;
  /** The implicit index of each ring slot. */
  private long[] ringIndex = new long[0];
  private boolean deleted;

  private Table(Schema schema, TableOptions options, int capacity) {
    options.validate();
    if (schema.size() == 0) {
      throw new ParallaxException("A table needs at least one column");
    }
    this.schema = schema;
    this.options = options;
    this.limit = options.getLimit();
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
    return size;
  }

  /** One past the highest row id ever live since the last clear: every live row is below it. */
  public int rowCount() {
    return rowCount;
  }

  public boolean isLive(int row) {
    int w = row >>> 6;
    return w < live.length && (live[w] & (1L << row)) != 0;
  }

  /** The first live row id at or after {@code from}, or -1. */
  public int nextLiveRow(int from) {
    int w = from >>> 6;
    if (w >= live.length || from >= rowCount) {
      return -1;
    }
    long bits = live[w] & (-1L << from);
    while (true) {
      if (bits != 0) {
        int r = (w << 6) + Long.numberOfTrailingZeros(bits);
        return r < rowCount ? r : -1;
      }
      if (++w >= live.length) {
        return -1;
      }
      bits = live[w];
    }
  }

  /** Whether the table keeps no gaps: rows {@code 0..rowCount-1} are all live. */
  public boolean isDense() {
    return size == rowCount;
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
    return limit > 0 ? ringIndex[row] : indexBase + row;
  }

  public Column column(int i) {
    return columns[i];
  }

  public Column column(String name) {
    return columns[schema.require(name)];
  }

  /** Upserts (indexed), appends (unindexed) or overwrites the oldest rows (limit). */
  public TableDelta update(ColumnBatch batch) {
    checkOpen();
    int[] target = validate(batch);
    TableDelta delta = apply(batch, target);
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
    int[] rows = new int[count];
    int n = 0;
    IntOpenHashSet seen = new IntOpenHashSet(count);
    for (int i = 0; i < count; i++) {
      int row = findRow(keys, i);
      if (row >= 0 && seen.add(row)) {
        rows[n++] = row;
      }
    }
    rows = Arrays.copyOf(rows, n);
    ColumnBatch before = snapshot(rows);
    for (int row : rows) {
      kill(row);
    }
    TableDelta delta = new TableDelta(false, NONE, NONE, rows, null, before, new boolean[columns.length]);
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
    int[] target = validate(batch);
    reset();
    TableDelta applied = apply(batch, target);
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
    long b = 64L + live.length * 8L + free.elements().length * 4L;
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

  /**
   * Checks the whole batch against the schema and options; returns the table
   * column of each batch column (-1 for the implicit index). Nothing changes here.
   */
  private int[] validate(ColumnBatch batch) {
    int[] target = new int[batch.columnCount()];
    boolean hasKey = false;
    for (int c = 0; c < target.length; c++) {
      String name = batch.name(c);
      ColumnType type = batch.column(c).type();
      if (IMPLICIT_INDEX.equals(name) && keyColumn < 0 && limit == 0) {
        if (type != ColumnType.INTEGER) {
          throw new ParallaxException(IMPLICIT_INDEX + " must be integer, got " + type);
        }
        target[c] = -1;
        continue;
      }
      int t = schema.indexOf(name);
      if (t < 0) {
        throw new ParallaxException("Unknown column '" + name + "': the table has " + schema.names());
      }
      if (schema.type(t) != type) {
        throw new ParallaxException("Column '" + name + "' is " + schema.type(t) + " but the update gives " + type);
      }
      target[c] = t;
      if (t == keyColumn) {
        hasKey = true;
        for (int r = 0; r < batch.rowCount(); r++) {
          if (!batch.isPresent(c, r)) {
            throw new ParallaxException("Row " + r + " has no value for the index column '" + name + "'");
          }
        }
      }
    }
    if (keyColumn >= 0 && !hasKey && batch.rowCount() > 0) {
      throw new ParallaxException("The update has no index column '" + schema.name(keyColumn) + "'");
    }
    return target;
  }

  private TableDelta apply(ColumnBatch batch, int[] target) {
    int n = batch.rowCount();
    int first = limit > 0 ? Math.max(0, n - limit) : 0; // earlier rows would be overwritten in this batch
    int[] rows = new int[n];
    boolean[] fresh = new boolean[n];
    IntArrayList added = new IntArrayList();
    IntArrayList updated = new IntArrayList();
    IntOpenHashSet seen = new IntOpenHashSet();
    for (Column col : columns) {
      col.ensureCapacity(rowCount + n - first);
    }
    resolveRows(batch, target, first, rows, fresh, added, updated, seen);
    ColumnBatch before = snapshot(updated.toIntArray());
    boolean run = isFreshRun(rows, fresh, first, n);

    boolean[] dense = new boolean[columns.length];
    for (int c = 0; c < target.length; c++) {
      if (target[c] >= 0 && batch.isDense(c)) {
        dense[target[c]] = true;
      }
    }
    if (run) {
      for (int t = 0; t < columns.length; t++) {
        if (!dense[t]) {
          columns[t].clearRange(rows[first], n - first);
        }
      }
    } else {
      for (int i = first; i < n; i++) {
        if (fresh[i]) {
          for (Column col : columns) {
            col.setNull(rows[i]);
          }
        }
      }
    }
    boolean[] touched = new boolean[columns.length];
    for (int c = 0; c < target.length; c++) {
      if (target[c] < 0) {
        continue;
      }
      touched[target[c]] = true;
      if (run && batch.isDense(c)) {
        copyRun(batch.column(c), columns[target[c]], first, rows[first], n - first);
      } else {
        writeColumn(batch, c, columns[target[c]], rows, first);
      }
    }
    return new TableDelta(false, added.toIntArray(), updated.toIntArray(), NONE, before, null, touched);
  }

  /** Whether the batch writes fresh rows {@code rows[first]}, {@code rows[first]+1}, … in order. */
  private static boolean isFreshRun(int[] rows, boolean[] fresh, int first, int n) {
    for (int i = first; i < n; i++) {
      if (!fresh[i] || rows[i] != rows[first] + (i - first)) {
        return false;
      }
    }
    return n > first;
  }

  /** Copies a dense run of batch rows into fresh table rows in bulk. */
  private static void copyRun(Column src, Column dst, int from, int to, int count) {
    if (dst instanceof StringColumn) {
      StringColumn s = (StringColumn) dst;
      StringColumn b = (StringColumn) src;
      s.copyRangeRemapped(b, from, to, count, s.remapFrom(b.dictionary()));
    } else {
      dst.copyRange(src, from, to, count);
    }
  }

  /** Finds or allocates the row each batch row writes to. */
  private void resolveRows(ColumnBatch batch, int[] target, int first, int[] rows, boolean[] fresh,
      IntArrayList added, IntArrayList updated, IntOpenHashSet seen) {
    int n = batch.rowCount();
    int keyInBatch = -1;
    int implicitInBatch = -1;
    for (int c = 0; c < target.length; c++) {
      if (target[c] >= 0 && target[c] == keyColumn) {
        keyInBatch = c;
      } else if (target[c] < 0) {
        implicitInBatch = c;
      }
    }
    if (limit > 0) {
      ringWrites += first;
      appended += first;
      if (ringIndex.length < Math.min(limit, rowCount + n - first)) {
        ringIndex = Arrays.copyOf(ringIndex, Math.min(limit, Math.max(rowCount + n - first, ringIndex.length * 2)));
      }
    }
    if (keyInBatch < 0 && implicitInBatch < 0 && limit == 0) {
      appendRun(first, n, rows, fresh, added);
      return;
    }
    int[] remap = null;
    if (keyInBatch >= 0 && batch.column(keyInBatch).type() == ColumnType.STRING) {
      StringColumn src = (StringColumn) batch.column(keyInBatch);
      remap = ((StringColumn) columns[keyColumn]).remapFrom(src.dictionary());
    }
    for (int i = first; i < n; i++) {
      int row;
      if (keyInBatch >= 0) {
        Column kc = batch.column(keyInBatch);
        boolean isNull = kc.isNull(i);
        long key = isNull ? 0 : KeyIndex.fold(kc, i, remap);
        row = keys.get(isNull, key);
        if (row < 0) {
          row = allocate();
          keys.put(isNull, key, row);
          fresh[i] = true;
          added.add(row);
          seen.add(row);
        } else if (seen.add(row)) {
          updated.add(row);
        }
      } else if (implicitInBatch >= 0 && (row = existingRow(batch.column(implicitInBatch), i)) >= 0) {
        if (seen.add(row)) {
          updated.add(row);
        }
      } else if (limit > 0) {
        row = (int) (ringWrites++ % limit);
        ringIndex[row] = appended++;
        fresh[i] = true;
        if (isLive(row)) {
          updated.add(row);
        } else {
          markLive(row);
          added.add(row);
        }
      } else {
        row = allocate();
        appended++;
        fresh[i] = true;
        added.add(row);
      }
      rows[i] = row;
    }
  }

  /** The live row whose implicit index is row {@code i} of {@code index}, or -1. */
  private int existingRow(Column index, int i) {
    if (index.isNull(i)) {
      return -1;
    }
    long row = ((IntColumn) index).getInt(i) - indexBase;
    return row >= 0 && row < rowCount && isLive((int) row) ? (int) row : -1;
  }

  private void writeColumn(ColumnBatch batch, int c, Column dst, int[] rows, int first) {
    Column src = batch.column(c);
    int n = batch.rowCount();
    boolean dense = batch.isDense(c);
    if (dst instanceof StringColumn) {
      StringColumn s = (StringColumn) dst;
      int[] remap = s.remapFrom(((StringColumn) src).dictionary());
      for (int i = first; i < n; i++) {
        if (dense || batch.isPresent(c, i)) {
          s.copyRemapped((StringColumn) src, i, rows[i], remap);
        }
      }
    } else {
      for (int i = first; i < n; i++) {
        if (dense || batch.isPresent(c, i)) {
          dst.copyRow(src, i, rows[i]);
        }
      }
    }
  }

  private int findRow(Column keys, int i) {
    boolean isNull = keys.isNull(i);
    long key = 0;
    if (!isNull) {
      if (keys instanceof StringColumn) {
        int code = ((StringColumn) columns[keyColumn]).dictionary().lookup(((StringColumn) keys).getString(i));
        if (code < 0) {
          return -1;
        }
        key = code;
      } else {
        key = KeyIndex.fold(keys, i, null);
      }
    }
    int row = this.keys.get(isNull, key);
    return row >= 0 && isLive(row) ? row : -1;
  }

  /** Appends batch rows {@code first..n-1} to an unindexed table as one run of new rows. */
  private void appendRun(int first, int n, int[] rows, boolean[] fresh, IntArrayList added) {
    int start = rowCount;
    int count = n - first;
    rowCount += count;
    for (Column c : columns) {
      c.ensureCapacity(rowCount);
    }
    int words = (rowCount + 63) >>> 6;
    if (words > live.length) {
      live = Arrays.copyOf(live, Math.max(words, live.length + (live.length >> 1) + 1));
    }
    added.ensureCapacity(count);
    for (int i = 0; i < count; i++) {
      int row = start + i;
      live[row >>> 6] |= 1L << row;
      rows[first + i] = row;
      fresh[first + i] = true;
      added.add(row);
    }
    size += count;
    appended += count;
  }

  private int allocate() {
    int row = free.isEmpty() ? rowCount : free.popInt();
    markLive(row);
    return row;
  }

  private void markLive(int row) {
    if (row >= rowCount) {
      rowCount = row + 1;
    }
    for (Column c : columns) {
      c.ensureCapacity(rowCount);
    }
    int w = row >>> 6;
    if (w >= live.length) {
      live = Arrays.copyOf(live, Math.max(w + 1, live.length + (live.length >> 1) + 1));
    }
    live[w] |= 1L << row;
    size++;
  }

  private void kill(int row) {
    live[row >>> 6] &= ~(1L << row);
    size--;
    if (keyColumn >= 0) {
      Column kc = columns[keyColumn];
      keys.remove(kc.isNull(row), kc.isNull(row) ? 0 : KeyIndex.fold(kc, row, null));
      free.add(row);
    }
  }

  private void reset() {
    Arrays.fill(live, 0L);
    for (Column c : columns) {
      c.clear(rowCount);
    }
    if (keys != null) {
      keys.clear();
    }
    free.clear();
    rowCount = 0;
    size = 0;
    ringWrites = 0;
    indexBase = appended;
  }

  /** The current values of {@code rows}, every column, sharing the table's dictionaries. */
  private ColumnBatch snapshot(int[] rows) {
    ColumnBatch.Builder b = ColumnBatch.builder(rows.length);
    for (int c = 0; c < columns.length; c++) {
      Column src = columns[c];
      Column dst = src instanceof StringColumn
          ? StringColumn.sharing(((StringColumn) src).dictionary(), rows.length)
          : Column.create(src.type(), rows.length);
      for (int i = 0; i < rows.length; i++) {
        dst.copyRow(src, rows[i], i);
      }
      b.add(schema.name(c), dst);
    }
    return b.build();
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
