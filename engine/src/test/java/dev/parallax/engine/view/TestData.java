package dev.parallax.engine.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.column.StringColumn;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds tables from plain Java values for view tests: integers as Integer,
 * floats as Double, dates as LocalDate, datetimes as Long epoch ms, and reads
 * windows back the same way.
 */
final class TestData {
  private TestData() {
  }

  /** A schema from alternating names and type labels. */
  static Schema schema(String... namesAndTypes) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      m.put(namesAndTypes[i], namesAndTypes[i + 1]);
    }
    return Schema.parse(m);
  }

  /** A batch of {@code rows}, each giving every column of {@code schema} in order. */
  static ColumnBatch batch(Schema schema, Object[]... rows) {
    ColumnBatch.Builder b = ColumnBatch.builder(rows.length);
    for (int c = 0; c < schema.size(); c++) {
      Column col = Column.create(schema.type(c), rows.length);
      for (int r = 0; r < rows.length; r++) {
        set(col, r, rows[r][c]);
      }
      b.add(schema.name(c), col);
    }
    return b.build();
  }

  /** A batch of the columns named in {@code names} only (a partial update). */
  static ColumnBatch partial(Schema schema, String[] names, Object[]... rows) {
    ColumnBatch.Builder b = ColumnBatch.builder(rows.length);
    for (int c = 0; c < names.length; c++) {
      Column col = Column.create(schema.type(names[c]), rows.length);
      for (int r = 0; r < rows.length; r++) {
        set(col, r, rows[r][c]);
      }
      b.add(names[c], col);
    }
    return b.build();
  }

  static Object[] row(Object... values) {
    return values;
  }

  static Table table(Schema schema, TableOptions options, Object[]... rows) {
    Table t = Table.create(schema, options);
    if (rows.length > 0) {
      t.update(batch(schema, rows));
    }
    return t;
  }

  static Table table(Schema schema, Object[]... rows) {
    return table(schema, new TableOptions(), rows);
  }

  private static void set(Column col, int r, Object v) {
    if (v == null) {
      col.setNull(r);
      return;
    }
    switch (col.type()) {
      case INTEGER:
        ((IntColumn) col).setLong(r, ((Number) v).longValue());
        break;
      case DATE:
        ((IntColumn) col).setInt(r, (int) ((LocalDate) v).toEpochDay());
        break;
      case DATETIME:
        ((LongColumn) col).setLong(r, (Long) v);
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

  /** One value of a window column, boxed as the builders take them: integers past 32 bits as Long. */
  static Object value(WindowColumn c, int r) {
    if (c.isNull(r)) {
      return null;
    }
    switch (c.type()) {
      case INTEGER: return IntColumn.fitsInt(c.getLong(r)) ? (Object) (int) c.getLong(r) : (Object) c.getLong(r);
      case DATE: return LocalDate.ofEpochDay(c.getInt(r));
      case DATETIME: return c.getLong(r);
      case FLOAT: return c.getDouble(r);
      case BOOLEAN: return c.getBoolean(r);
      case STRING: return c.getString(r);
      default: throw new AssertionError(c.type());
    }
  }

  /** The rows of a window, each a list of its column values. */
  static List<List<Object>> rows(ViewWindow w) {
    List<List<Object>> out = new ArrayList<>();
    for (int r = 0; r < w.rowCount(); r++) {
      List<Object> row = new ArrayList<>();
      for (WindowColumn c : w.columns()) {
        row.add(value(c, r));
      }
      out.add(row);
    }
    return out;
  }

  /** Every value of the view's column {@code name}, in view order. */
  static List<Object> column(View view, String name) {
    ViewWindow w = view.window();
    for (WindowColumn c : w.columns()) {
      if (c.name().equals(name)) {
        List<Object> out = new ArrayList<>();
        for (int r = 0; r < w.rowCount(); r++) {
          out.add(value(c, r));
        }
        return out;
      }
    }
    throw new AssertionError("no column " + name);
  }

  /** The {@code __INDEX__} of each row of a window. */
  static List<Object> index(ViewWindow w) {
    List<Object> out = new ArrayList<>();
    WindowColumn c = w.index();
    for (int r = 0; r < w.rowCount(); r++) {
      out.add(c.type() == ColumnType.INTEGER && !c.isNull(r) ? (Object) c.getLong(r) : value(c, r));
    }
    return out;
  }

  /** A string column of {@code ks}: the keys of a remove. */
  static StringColumn keys(String... ks) {
    StringColumn c = (StringColumn) Column.create(ColumnType.STRING, ks.length);
    for (int i = 0; i < ks.length; i++) {
      c.setString(i, ks[i]);
    }
    return c;
  }

  /**
   * Makes a view of every config, applies {@code change}, and checks that each
   * live view shows what a view made afresh shows (and, if flat, the same index).
   */
  static void agreesWithFreshViews(Table table, String[] configs, Consumer<Table> change) {
    List<View> live = new ArrayList<>();
    for (String c : configs) {
      live.add(view(table, c));
    }
    change.accept(table);
    for (int i = 0; i < configs.length; i++) {
      View fresh = view(table, configs[i]);
      assertEquals(rows(fresh.window()), rows(live.get(i).window()), configs[i]);
      if (fresh.config().isFlat()) {
        assertEquals(index(fresh.window()), index(live.get(i).window()),
            configs[i]);
      }
      fresh.delete();
      live.get(i).delete();
    }
  }

  /** A view over {@code table} from a JSON config. */
  static View view(Table table, String json) {
    return View.create(table, ViewConfig.parse(json.replace('\'', '"')));
  }
}
