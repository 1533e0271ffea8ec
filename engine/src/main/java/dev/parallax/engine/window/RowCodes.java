package dev.parallax.engine.window;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;

/**
 * A column's values as longs whose signed order is the values' order (strings by
 * their text, booleans false before true) and whose equality is the values'
 * equality; null is {@link #NULL}, below every value. Windows sort, partition and
 * compare by these codes, so no value is boxed.
 */
final class RowCodes {
  /** The code of a null. */
  static final long NULL = Long.MIN_VALUE;

  private RowCodes() {
  }

  /** Fills {@code out[i]} with the code of row {@code rows[i]} of {@code column}, for {@code i < n}. */
  static void fill(Column column, int[] rows, int n, long[] out) {
    switch (column.type()) {
      case INTEGER:
      case DATE: {
        IntColumn c = (IntColumn) column;
        for (int i = 0; i < n; i++) {
          out[i] = c.isValid(rows[i]) ? c.getInt(rows[i]) : NULL;
        }
        break;
      }
      case DATETIME: {
        LongColumn c = (LongColumn) column;
        for (int i = 0; i < n; i++) {
          out[i] = c.isValid(rows[i]) ? Math.max(NULL + 1, c.getLong(rows[i])) : NULL;
        }
        break;
      }
      case FLOAT: {
        DoubleColumn c = (DoubleColumn) column;
        for (int i = 0; i < n; i++) {
          out[i] = c.isValid(rows[i]) ? sortable(c.getDouble(rows[i])) : NULL;
        }
        break;
      }
      case BOOLEAN: {
        BoolColumn c = (BoolColumn) column;
        for (int i = 0; i < n; i++) {
          out[i] = c.isValid(rows[i]) ? (c.getBoolean(rows[i]) ? 1 : 0) : NULL;
        }
        break;
      }
      case STRING: {
        StringColumn c = (StringColumn) column;
        int[] ranks = c.dictionary().ranks();
        for (int i = 0; i < n; i++) {
          out[i] = c.isValid(rows[i]) ? ranks[c.getCode(rows[i])] : NULL;
        }
        break;
      }
      default:
        throw new AssertionError(column.type());
    }
  }

  /** A double's bits reordered so that signed long order is numeric order. */
  private static long sortable(double d) {
    long bits = Double.doubleToLongBits(d == 0.0 ? 0.0 : d);
    long s = bits ^ ((bits >> 63) & Long.MAX_VALUE);
    return Math.max(NULL + 1, s);
  }

  /**
   * Fills {@code out[i]} with row {@code rows[i]}'s value as a number in the
   * column's own units (days for a date, milliseconds for a datetime), NaN for
   * null: what range frames and rates measure.
   */
  static void numbers(Column column, int[] rows, int n, double[] out) {
    switch (column.type()) {
      case INTEGER:
      case DATE: {
        IntColumn c = (IntColumn) column;
        for (int i = 0; i < n; i++) {
          out[i] = c.isValid(rows[i]) ? c.getInt(rows[i]) : Double.NaN;
        }
        break;
      }
      case DATETIME: {
        LongColumn c = (LongColumn) column;
        for (int i = 0; i < n; i++) {
          out[i] = c.isValid(rows[i]) ? c.getLong(rows[i]) : Double.NaN;
        }
        break;
      }
      case FLOAT: {
        DoubleColumn c = (DoubleColumn) column;
        for (int i = 0; i < n; i++) {
          out[i] = c.isValid(rows[i]) ? c.getDouble(rows[i]) : Double.NaN;
        }
        break;
      }
      default:
        throw new AssertionError(column.type());
    }
  }
}
