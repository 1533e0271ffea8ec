package dev.parallax.bench.fanout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.engine.column.ColumnBatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A subscriber's own copy of its view, as a client keeping a grid current would
 * hold it: a first {@code to_json}, then every row delta applied over it by
 * row key (the {@code id} of a flat view; in a grouped one, the group named by
 * the unique sym column, "" for the total row, checked against each row's
 * path in {@code to_json}). The test's updates change values only, never which
 * rows a view has, so applying deltas by key must end at the server's view.
 */
final class ViewCopy {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROW_PATH = "__ROW_PATH__";
  /** Differences listed at most, per subscriber. */
  private static final int MAX_DIFFERENCES = 5;

  private final boolean grouped;
  private final Map<Object, Map<String, Object>> rows;

  private ViewCopy(boolean grouped, Map<Object, Map<String, Object>> rows) {
    this.grouped = grouped;
    this.rows = rows;
  }

  /** The copy from a view's {@code to_json} answer (rows as objects). */
  static ViewCopy fromJson(ViewMix mix, String json) {
    return new ViewCopy(mix.grouped(), parse(mix.grouped(), json));
  }

  /** Applies a row delta: each row's values replace those of the row with its key. */
  void apply(ColumnBatch delta) {
    List<Integer> keyColumns = new ArrayList<>();
    for (int c = 0; c < delta.columnCount(); c++) {
      String name = delta.name(c);
      if (grouped ? name.equals(ViewMix.KEY_COLUMN) || name.endsWith("|" + ViewMix.KEY_COLUMN) : name.equals("id")) {
        keyColumns.add(c);
      }
    }
    if (keyColumns.isEmpty()) {
      throw new IllegalStateException("a delta without its key column: " + delta.schema());
    }
    for (int r = 0; r < delta.rowCount(); r++) {
      Object key = null;
      for (int c : keyColumns) {
        if (key == null && !delta.column(c).isNull(r)) {
          key = delta.column(c).get(r);
        }
      }
      Map<String, Object> row = rows.computeIfAbsent(key(key), k -> new HashMap<>());
      for (int c = 0; c < delta.columnCount(); c++) {
        row.put(delta.name(c), delta.column(c).isNull(r) ? null : value(delta.column(c).get(r)));
      }
    }
  }

  /** How this copy differs from the view's {@code to_json} now (at most a few); empty when equal. */
  List<String> differencesFrom(String json) {
    Map<Object, Map<String, Object>> fresh = parse(grouped, json);
    List<String> out = new ArrayList<>();
    if (fresh.size() != rows.size()) {
      out.add("rows: " + rows.size() + " in the copy, " + fresh.size() + " in the view");
    }
    for (Iterator<Map.Entry<Object, Map<String, Object>>> it = fresh.entrySet().iterator();
        it.hasNext() && out.size() < MAX_DIFFERENCES; ) {
      Map.Entry<Object, Map<String, Object>> e = it.next();
      Map<String, Object> mine = rows.get(e.getKey());
      if (!Objects.equals(mine, e.getValue())) {
        out.add("row " + e.getKey() + ": copy " + mine + ", view " + e.getValue());
      }
    }
    return out;
  }

  private static Map<Object, Map<String, Object>> parse(boolean grouped, String json) {
    JsonNode array;
    try {
      array = JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("to_json answered malformed JSON", e);
    }
    Map<Object, Map<String, Object>> rows = new HashMap<>();
    for (JsonNode row : array) {
      Map<String, Object> values = new HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (!f.getKey().equals(ROW_PATH)) {
          values.put(f.getKey(), f.getValue().isNull() ? null
              : f.getValue().isNumber() ? (Object) f.getValue().asDouble() : f.getValue().asText());
        }
      }
      Object key;
      if (grouped) {
        JsonNode path = row.get(ROW_PATH);
        key = path.isEmpty() ? "" : path.get(0).asText();
      } else {
        key = values.get("id");
      }
      rows.put(key(key), values);
    }
    return rows;
  }

  private static Object key(Object k) {
    return k == null ? "" : value(k);
  }

  /** Numbers compare as doubles, whatever their width on either side. */
  private static Object value(Object v) {
    return v instanceof Number ? (Object) ((Number) v).doubleValue() : v.toString();
  }
}
