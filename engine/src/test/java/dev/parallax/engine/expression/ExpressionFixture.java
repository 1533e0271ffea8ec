package dev.parallax.engine.expression;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The five-row table every expression test reads; the same rows were loaded into
 * Perspective 5.5.1 to record the expected values quoted in the tests:
 * i: 1, 2, null, 4, -7; f: 1.5, -2.25, null, 0, 1e10; s: "a", "Bc", null, "dd",
 * "Hello World"; b: true, false, null, true, false; d: 2024-01-15, 2023-12-31,
 * null, 2024-02-29, 1969-07-20; dt: 2024-01-15 13:47:12.345, 2023-12-31 23:59:59,
 * null, 2024-02-29 00:05, 1969-12-31 23:59:58.500 (UTC); s2: x, y, z, null, w;
 * j: 0, 3, 5, null, 2.
 */
final class ExpressionFixture {
  private ExpressionFixture() {}

  static Table table() {
    int n = 5;
    ColumnBatch.Builder b = ColumnBatch.builder(n);
    IntColumn i = (IntColumn) Column.create(ColumnType.INTEGER, n);
    int[] iv = {1, 2, 0, 4, -7};
    DoubleColumn f = (DoubleColumn) Column.create(ColumnType.FLOAT, n);
    double[] fv = {1.5, -2.25, 0, 0, 1e10};
    StringColumn s = (StringColumn) Column.create(ColumnType.STRING, n);
    String[] sv = {"a", "Bc", null, "dd", "Hello World"};
    BoolColumn bo = (BoolColumn) Column.create(ColumnType.BOOLEAN, n);
    boolean[] bv = {true, false, false, true, false};
    IntColumn d = (IntColumn) Column.create(ColumnType.DATE, n);
    int[] dv = {19737, 19722, 0, 19782, -165};
    LongColumn dt = (LongColumn) Column.create(ColumnType.DATETIME, n);
    long[] dtv = {1705326432345L, 1704067199000L, 0, 1709165100000L, -1500L};
    StringColumn s2 = (StringColumn) Column.create(ColumnType.STRING, n);
    String[] s2v = {"x", "y", "z", null, "w"};
    IntColumn j = (IntColumn) Column.create(ColumnType.INTEGER, n);
    int[] jv = {0, 3, 5, 0, 2};
    for (int r = 0; r < n; r++) {
      if (r == 2) {
        i.setNull(r);
        f.setNull(r);
        bo.setNull(r);
        d.setNull(r);
        dt.setNull(r);
      } else {
        i.setInt(r, iv[r]);
        f.setDouble(r, fv[r]);
        bo.setBoolean(r, bv[r]);
        d.setInt(r, dv[r]);
        dt.setLong(r, dtv[r]);
      }
      s.setString(r, sv[r]);
      s2.setString(r, s2v[r]);
      if (r == 3) {
        j.setNull(r);
      } else {
        j.setInt(r, jv[r]);
      }
    }
    b.add("i", i).add("f", f).add("s", s).add("b", bo).add("d", d).add("dt", dt).add("s2", s2).add("j", j);
    return Table.create(b.build(), new TableOptions());
  }

  /** The values of {@code text} over the fixture's rows, boxed (dates as days, datetimes as ms). */
  static List<Object> values(String text) {
    Table t = table();
    Column c = Expressions.compile("e", text, t.schema()).evaluate(t);
    List<Object> out = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      out.add(c.get(r));
    }
    return out;
  }

  static ColumnType type(String text) {
    return Expressions.compile("e", text, table().schema()).type();
  }
}
