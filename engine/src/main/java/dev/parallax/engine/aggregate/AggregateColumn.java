package dev.parallax.engine.aggregate;

import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.view.WindowColumn;
import java.util.Arrays;

/**
 * The results of one aggregate, one row per group written, readable as a
 * {@link WindowColumn}. Integers are held as 64-bit values because sums and
 * counts outgrow the values they add up (Perspective widens them likewise), and
 * table columns may hold 64-bit values themselves; strings are held as strings
 * because some results (a join) are new.
 */
public final class AggregateColumn implements WindowColumn {
  private final String name;
  private final ColumnType type;
  private final IntegerWidth width;
  private final boolean[] valid;
  private final long[] longs;
  private final double[] doubles;
  private final String[] strings;

  public AggregateColumn(String name, ColumnType type, IntegerWidth width, int rows) {
    this.name = name;
    this.type = type;
    this.width = width;
    this.valid = new boolean[rows];
    boolean wide = type == ColumnType.INTEGER || type == ColumnType.DATE
        || type == ColumnType.DATETIME || type == ColumnType.BOOLEAN;
    this.longs = wide ? new long[rows] : null;
    this.doubles = type == ColumnType.FLOAT ? new double[rows] : null;
    this.strings = type == ColumnType.STRING ? new String[rows] : null;
  }

  /** A column for the results of {@code spec}, with room for {@code rows} groups. */
  public static AggregateColumn of(AggregateSpec spec, int rows) {
    return new AggregateColumn(spec.column(), spec.resultType(), spec.integerWidth(), rows);
  }

  public int size() {
    return valid.length;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ColumnType type() {
    return type;
  }

  @Override
  public IntegerWidth integerWidth() {
    return width;
  }

  @Override
  public boolean isNull(int row) {
    return !valid[row];
  }

  void setNull(int row) {
    valid[row] = false;
    if (longs != null) {
      longs[row] = 0;
    } else if (doubles != null) {
      doubles[row] = 0;
    } else {
      strings[row] = null;
    }
  }

  void setLong(int row, long value) {
    longs[row] = value;
    valid[row] = true;
  }

  void setDouble(int row, double value) {
    doubles[row] = value;
    valid[row] = true;
  }

  void setString(int row, String value) {
    strings[row] = value;
    valid[row] = value != null;
  }

  void setBoolean(int row, boolean value) {
    setLong(row, value ? 1 : 0);
  }

  /** Writes a floating result, null when it is not finite (Perspective shows 0/0 as null). */
  void setFinite(int row, double value) {
    if (Double.isFinite(value)) {
      setDouble(row, value);
    } else {
      setNull(row);
    }
  }

  @Override
  public int getInt(int row) {
    if (type != ColumnType.DATE) {
      return WindowColumn.super.getInt(row);
    }
    return (int) longs[row];
  }

  @Override
  public long getLong(int row) {
    if (type != ColumnType.INTEGER && type != ColumnType.DATETIME) {
      return WindowColumn.super.getLong(row);
    }
    return longs[row];
  }

  @Override
  public double getDouble(int row) {
    if (doubles == null) {
      return WindowColumn.super.getDouble(row);
    }
    return doubles[row];
  }

  @Override
  public boolean getBoolean(int row) {
    if (type != ColumnType.BOOLEAN) {
      return WindowColumn.super.getBoolean(row);
    }
    return longs[row] != 0;
  }

  @Override
  public String getString(int row) {
    if (strings == null) {
      return WindowColumn.super.getString(row);
    }
    return strings[row];
  }

  /** The value at {@code row} boxed as its type reads, or null: for tests and slow paths. */
  public Object get(int row) {
    if (!valid[row]) {
      return null;
    }
    switch (type) {
      case FLOAT: return doubles[row];
      case STRING: return strings[row];
      case BOOLEAN: return longs[row] != 0;
      case DATE: return (int) longs[row];
      default: return longs[row];
    }
  }

  @Override
  public String toString() {
    Object[] v = new Object[valid.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = get(i);
    }
    return name + ":" + type + Arrays.toString(v);
  }
}
