package dev.parallax.engine.view;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.column.StringColumn;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the JSON table data of a conformance case ("rows" or "columns") into a
 * batch, for view tests only: the real input formats are another package's. The
 * schema comes from the case when it records one; otherwise a plain inference
 * that is enough for the fixtures (numbers, booleans, "YYYY-MM-DD" dates,
 * "YYYY-MM-DD hh:mm:ss" datetimes, strings).
 */
final class ConformanceTable {
  private ConformanceTable() {
  }

  /** Rows as a map of column name to values, in first-seen column order. */
  static Map<String, List<JsonNode>> columns(String format, JsonNode data) {
    Map<String, List<JsonNode>> cols = new LinkedHashMap<>();
    if (format.equals("columns")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        List<JsonNode> values = new ArrayList<>();
        e.getValue().forEach(values::add);
        cols.put(e.getKey(), values);
      }
      return cols;
    }
    int n = data.size();
    for (int r = 0; r < n; r++) {
      for (Iterator<Map.Entry<String, JsonNode>> it = data.get(r).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        List<JsonNode> values = cols.computeIfAbsent(e.getKey(), k -> new ArrayList<>(java.util.Collections.nCopies(n, null)));
        values.set(r, e.getValue());
      }
    }
    return cols;
  }

  static Schema infer(Map<String, List<JsonNode>> cols) {
    Map<String, ColumnType> types = new LinkedHashMap<>();
    for (Map.Entry<String, List<JsonNode>> e : cols.entrySet()) {
      types.put(e.getKey(), inferType(e.getValue()));
    }
    return Schema.of(types);
  }

  private static ColumnType inferType(List<JsonNode> values) {
    ColumnType type = null;
    for (JsonNode v : values) {
      if (v == null || v.isNull()) {
        continue;
      }
      ColumnType t = v.isBoolean() ? ColumnType.BOOLEAN
          : v.isIntegralNumber() ? ColumnType.INTEGER
          : v.isNumber() ? ColumnType.FLOAT
          : v.asText().matches("\\d{4}-\\d{2}-\\d{2}") ? ColumnType.DATE
          : v.asText().matches("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)?")
              ? ColumnType.DATETIME
          : ColumnType.STRING;
      if (type == null || (type == ColumnType.INTEGER && t == ColumnType.FLOAT)) {
        type = t;
      }
    }
    return type == null ? ColumnType.STRING : type;
  }

  /** A batch of the columns in {@code cols}, typed by {@code schema}; absent values stay absent. */
  static ColumnBatch batch(Schema schema, Map<String, List<JsonNode>> cols) {
    int n = cols.isEmpty() ? 0 : cols.values().iterator().next().size();
    ColumnBatch.Builder b = ColumnBatch.builder(n);
    for (Map.Entry<String, List<JsonNode>> e : cols.entrySet()) {
      ColumnType type = schema.contains(e.getKey()) ? schema.type(e.getKey()) : ColumnType.INTEGER;
      Column col = Column.create(type, n);
      long[] present = new long[(n + 63) >>> 6];
      boolean dense = true;
      for (int r = 0; r < n; r++) {
        JsonNode v = e.getValue().get(r);
        if (v == null) {
          dense = false;
          continue;
        }
        present[r >>> 6] |= 1L << r;
        set(col, r, v);
      }
      b.add(e.getKey(), col, dense ? null : present);
    }
    return b.build();
  }

  static void set(Column col, int r, JsonNode v) {
    if (v.isNull()) {
      col.setNull(r);
      return;
    }
    switch (col.type()) {
      case INTEGER -> ((IntColumn) col).setInt(r, v.asInt());
      case FLOAT -> ((DoubleColumn) col).setDouble(r, v.asDouble());
      case BOOLEAN -> ((BoolColumn) col).setBoolean(r, v.asBoolean());
      case STRING -> ((StringColumn) col).setString(r, v.asText());
      case DATE -> ((IntColumn) col).setInt(r, v.isNumber()
          ? (int) Math.floorDiv(v.asLong(), 86_400_000L) : (int) LocalDate.parse(v.asText()).toEpochDay());
      case DATETIME -> ((LongColumn) col).setLong(r, v.isNumber() ? v.asLong() : datetime(v.asText()));
      default -> throw new AssertionError(col.type());
    }
  }

  private static long datetime(String s) {
    String t = s.replace(' ', 'T');
    if (t.length() == 10) {
      return LocalDate.parse(t).toEpochDay() * 86_400_000L;
    }
    if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
      return java.time.OffsetDateTime.parse(t).toInstant().toEpochMilli();
    }
    return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toEpochMilli();
  }
}
