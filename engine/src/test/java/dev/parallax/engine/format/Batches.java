package dev.parallax.engine.format;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.table.Table;
import java.util.ArrayList;
import java.util.List;

/** Reading helpers shared by the format tests. */
final class Batches {
  private Batches() {
  }

  /** The values of column {@code name} of a batch, boxed, nulls as null. */
  static List<Object> values(ColumnBatch b, String name) {
    return values(b.column(b.indexOf(name)), b.rowCount());
  }

  /** The values of the live rows of column {@code name} of a table, in row-id order. */
  static List<Object> values(Table t, String name) {
    Column c = t.column(name);
    List<Object> out = new ArrayList<>();
    for (int r = t.nextLiveRow(0); r >= 0; r = t.nextLiveRow(r + 1)) {
      out.add(c.get(r));
    }
    return out;
  }

  static List<Object> values(Column c, int rows) {
    List<Object> out = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      out.add(c.get(r));
    }
    return out;
  }

  /** Varargs that keep nulls, unlike {@code List.of}. */
  static List<Object> list(Object... values) {
    List<Object> out = new ArrayList<>(values.length);
    for (Object v : values) {
      out.add(v);
    }
    return out;
  }
}
