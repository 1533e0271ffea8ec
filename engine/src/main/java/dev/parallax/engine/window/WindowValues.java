package dev.parallax.engine.window;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;

/** Whether two rows of two columns of one type hold the same value, null equal to null. */
final class WindowValues {
  private WindowValues() {
  }

  static boolean same(Column a, int ra, Column b, int row) {
    boolean va = ra < a.capacity() && a.isValid(ra);
    boolean vb = row < b.capacity() && b.isValid(row);
    if (va != vb) {
      return false;
    }
    if (!va) {
      return true;
    }
    switch (a.type()) {
      case INTEGER:
      case DATE:
        return ((IntColumn) a).getInt(ra) == ((IntColumn) b).getInt(row);
      case DATETIME:
        return ((LongColumn) a).getLong(ra) == ((LongColumn) b).getLong(row);
      case FLOAT:
        return Double.doubleToLongBits(((DoubleColumn) a).getDouble(ra))
            == Double.doubleToLongBits(((DoubleColumn) b).getDouble(row));
      case BOOLEAN:
        return ((BoolColumn) a).getBoolean(ra) == ((BoolColumn) b).getBoolean(row);
      case STRING:
        return ((StringColumn) a).getCode(ra) == ((StringColumn) b).getCode(row);
      default:
        throw new AssertionError(a.type());
    }
  }
}
