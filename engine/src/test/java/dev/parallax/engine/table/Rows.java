package dev.parallax.engine.table;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.column.StringColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data: batches from Java values, and a table's live rows back as maps. */
final class Rows {
  /** A marker for a column a row does not carry at all (as opposed to null). */
  static final Object ABSENT = new Object();

  private Rows() {
  }

  /** A batch of {@code schema}'s columns; each row lists a value per column, or {@link #ABSENT}. */
  static ColumnBatch batch(Schema schema, Object[]... rows) {
    ColumnBatch.Builder b = ColumnBatch.builder(rows.length);
    for (int c = 0; c < schema.size(); c++) {
      Column col = Column.create(schema.type(c), rows.length);
      long[] present = null;
      for (int r = 0; r < rows.length; r++) {
        Object v = rows[r][c];
        if (v == ABSENT) {
          if (present == null) {
            present = new long[(rows.length + 63) / 64];
            for (int i = 0; i < rows.length; i++) {
              present[i >>> 6] |= 1L << i;
            }
          }
          present[r >>> 6] &= ~(1L << r);
        } else if (v == null) {
          col.setNull(r);
        } else {
          set(col, r, v);
        }
      }
      b.add(schema.name(c), col, present);
    }
    return b.build();
  }

  static void set(Column col, int r, Object v) {
    switch (col.type()) {
      case INTEGER:
        ((IntColumn) col).setLong(r, ((Number) v).longValue());
        break;
      case DATE:
        ((IntColumn) col).setInt(r, ((Number) v).intValue());
        break;
      case DATETIME:
        ((LongColumn) col).setLong(r, ((Number) v).longValue());
        break;
      case FLOAT:
        ((DoubleColumn) col).setDouble(r, ((Number) v).doubleValue());
        break;
      case BOOLEAN:
        ((BoolColumn) col).setBoolean(r, (Boolean) v);
        break;
      case STRING:
        ((StringColumn) col).setString(r, (String) v);
        break;
      default:
        throw new AssertionError(col.type());
    }
  }

  static Column keys(ColumnType type, Object... values) {
    Column col = Column.create(type, values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        col.setNull(i);
      } else {
        set(col, i, values[i]);
      }
    }
    return col;
  }

  /** Live rows in row-id order, each a map of column to boxed value. */
  static List<Map<String, Object>> live(Table t) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int r = t.nextLiveRow(0); r >= 0; r = t.nextLiveRow(r + 1)) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int c = 0; c < t.schema().size(); c++) {
        row.put(t.schema().name(c), t.column(c).get(r));
      }
      out.add(row);
    }
    return out;
  }

  static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static Schema schema(Object... nameType) {
    Map<String, ColumnType> m = new LinkedHashMap<>();
    for (int i = 0; i < nameType.length; i += 2) {
      m.put((String) nameType[i], (ColumnType) nameType[i + 1]);
    }
    return Schema.of(m);
  }
}
