package dev.parallax.engine.table;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * Primary key to row id. Every key type is folded into a primitive: integers and
 * dates as themselves, strings as their code in the table column's dictionary,
 * datetimes as milliseconds, floats as their bits. Keys that fit 32 bits use an
 * int map, half the memory of a long map on a large table; integer keys beyond
 * 32 bits go to a long map beside it, made when the first one comes. A null key
 * is a key of its own.
 */
abstract class KeyIndex {
  static final int MISSING = -1;

  private int nullRow = MISSING;

  static KeyIndex create(ColumnType type, int expected) {
    switch (type) {
      case INTEGER:
      case DATE:
      case STRING:
      case BOOLEAN:
        return new IntKeys(expected);
      default:
        return new LongKeys(expected);
    }
  }

  /**
   * The folded key of row {@code row} of {@code column}; for strings the code is
   * passed through {@code remap} when not null (a batch column's code to the
   * table's).
   */
  static long fold(Column column, int row, int[] remap) {
    switch (column.type()) {
      case INTEGER:
      case DATE:
        return ((IntColumn) column).getLong(row);
      case DATETIME:
        return ((LongColumn) column).getLong(row);
      case FLOAT:
        double d = ((DoubleColumn) column).getDouble(row);
        return Double.doubleToLongBits(d == 0d ? 0d : d);
      case BOOLEAN:
        return ((BoolColumn) column).getBoolean(row) ? 1 : 0;
      case STRING:
        int code = ((StringColumn) column).getCode(row);
        return remap == null ? code : remap[code];
      default:
        throw new AssertionError(column.type());
    }
  }

  /**
   * The row of the key in row {@code i} of {@code keys} (a column of the key
   * type, with a dictionary of its own for strings), or {@link #MISSING}.
   * {@code tableKeys} is the table's key column, whose codes the index holds.
   */
  final int find(Column keys, int i, Column tableKeys) {
    if (keys.isNull(i)) {
      return nullRow;
    }
    if (keys instanceof StringColumn) {
      int code = ((StringColumn) tableKeys).dictionary().lookup(((StringColumn) keys).getString(i));
      return code < 0 ? MISSING : lookup(code);
    }
    return lookup(fold(keys, i, null));
  }

  /** Forgets the key that row {@code row} of the table's key column holds. */
  final void removeRow(Column tableKeys, int row) {
    boolean isNull = tableKeys.isNull(row);
    remove(isNull, isNull ? 0 : fold(tableKeys, row, null));
  }

  final int get(boolean isNull, long key) {
    return isNull ? nullRow : lookup(key);
  }

  final void put(boolean isNull, long key, int row) {
    if (isNull) {
      nullRow = row;
    } else {
      store(key, row);
    }
  }

  final void remove(boolean isNull, long key) {
    if (isNull) {
      nullRow = MISSING;
    } else {
      delete(key);
    }
  }

  final void clear() {
    nullRow = MISSING;
    clearAll();
  }

  abstract int lookup(long key);

  abstract void store(long key, int row);

  abstract void delete(long key);

  abstract void clearAll();

  abstract long heapBytes();

  private static final class IntKeys extends KeyIndex {
    private final Int2IntOpenHashMap map;
    private LongKeys wide;

    IntKeys(int expected) {
      map = new Int2IntOpenHashMap(Math.max(16, expected));
      map.defaultReturnValue(MISSING);
    }

    @Override
    int lookup(long key) {
      if (IntColumn.fitsInt(key)) {
        return map.get((int) key);
      }
      return wide == null ? MISSING : wide.lookup(key);
    }

    @Override
    void store(long key, int row) {
      if (IntColumn.fitsInt(key)) {
        map.put((int) key, row);
      } else {
        if (wide == null) {
          wide = new LongKeys(16);
        }
        wide.store(key, row);
      }
    }

    @Override
    void delete(long key) {
      if (IntColumn.fitsInt(key)) {
        map.remove((int) key);
      } else if (wide != null) {
        wide.delete(key);
      }
    }

    @Override
    void clearAll() {
      map.clear();
      wide = null;
    }

    @Override
    long heapBytes() {
      // Two parallel arrays sized to the next power of two above size / 0.75.
      return 2L * 4L * it.unimi.dsi.fastutil.HashCommon.arraySize(Math.max(map.size(), 16), 0.75f)
          + (wide == null ? 0L : wide.heapBytes());
    }
  }

  private static final class LongKeys extends KeyIndex {
    private final Long2IntOpenHashMap map;

    LongKeys(int expected) {
      map = new Long2IntOpenHashMap(Math.max(16, expected));
      map.defaultReturnValue(MISSING);
    }

    @Override
    int lookup(long key) {
      return map.get(key);
    }

    @Override
    void store(long key, int row) {
      map.put(key, row);
    }

    @Override
    void delete(long key) {
      map.remove(key);
    }

    @Override
    void clearAll() {
      map.clear();
    }

    @Override
    long heapBytes() {
      return 12L * it.unimi.dsi.fastutil.HashCommon.arraySize(Math.max(map.size(), 16), 0.75f);
    }
  }
}
