package dev.parallax.engine.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.expression.Expressions;
import dev.parallax.engine.format.Format;
import dev.parallax.engine.format.TableReader;
import dev.parallax.engine.output.OutputOptions;
import dev.parallax.engine.output.ViewOutput;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import dev.parallax.engine.view.View;
import dev.parallax.engine.view.ViewConfig;
import dev.parallax.engine.view.ViewWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one recorded case through the engine: the same table, the same steps in
 * the same order, each answered in the recorder's shape so it compares with what
 * Perspective answered.
 */
final class Replay {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Map<String, View> views = new LinkedHashMap<>();
  private final Map<String, List<JsonNode>> pendingDeltas = new LinkedHashMap<>();
  private Table table;

  /** Creates the case's table; the answer is {@code {"ok":true}} or {@code {"error":…}}. */
  JsonNode createTable(JsonNode spec) {
    return attempt(() -> {
      TableOptions options = new TableOptions();
      JsonNode o = spec.path("options");
      if (o.has("index")) {
        options.setIndex(o.get("index").asText());
      }
      if (o.has("limit")) {
        options.setLimit(o.get("limit").asInt());
      }
      String format = spec.get("format").asText();
      if ("schema".equals(format)) {
        Map<String, String> labels = new LinkedHashMap<>();
        spec.get("data").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        table = Table.create(Schema.parse(labels), options);
      } else {
        table = Table.create(read(format, spec.get("data"), null), options);
      }
      return ok();
    });
  }

  boolean hasTable() {
    return table != null;
  }

  /** Runs one step; returns the answer to compare with the step's {@code expected}. */
  JsonNode step(JsonNode step) {
    String op = step.get("op").asText();
    switch (op) {
      case "update":
        return mutation(() -> table.update(read(step.get("format").asText(), step.get("data"), table.schema())));
      case "replace":
        return mutation(() -> table.replace(read(step.get("format").asText(), step.get("data"), table.schema())));
      case "clear":
        return mutation(table::clear);
      case "remove":
        return mutation(() -> {
          List<Object> keys = new ArrayList<>();
          for (JsonNode k : step.get("keys")) {
            keys.add(MAPPER.convertValue(k, Object.class));
          }
          ColumnType type = table.keyColumn() >= 0 ? table.schema().type(table.keyColumn()) : ColumnType.INTEGER;
          table.remove(TableReader.keys(keys, type), keys.size());
        });
      case "view":
        return attempt(() -> {
          String id = step.get("id").asText();
          View v = View.create(table, ViewConfig.parse(step.get("config").toString()));
          views.put(id, v);
          pendingDeltas.put(id, new ArrayList<>());
          v.onUpdate((view, update) -> pendingDeltas.get(id).add(ArrowRows.decode(ViewOutput.toArrow(update.rows()))));
          return ok();
        });
      case "delete_view":
        return attempt(() -> {
          views.remove(step.get("id").asText()).delete();
          pendingDeltas.remove(step.get("id").asText());
          return ok();
        });
      case "table_meta":
        return tableMeta();
      case "validate_expressions":
        return attempt(() -> MAPPER.valueToTree(Expressions.validate(table.schema(), table.options().getIndex(),
            Expressions.definitions(MAPPER.convertValue(step.get("expressions"), Object.class))).toMap()));
      case "outputs":
        return withView(step, v -> outputs(v));
      case "window":
        return withView(step, v -> window(v, step.get("window"), step.path("id_index").asBoolean()));
      case "expand":
        return withView(step, v -> treeChange(v, JSON.numberNode(v.expand(step.get("row").asInt()))));
      case "collapse":
        return withView(step, v -> treeChange(v, JSON.numberNode(v.collapse(step.get("row").asInt()))));
      case "set_depth":
        return withView(step, v -> {
          v.setDepth(step.get("depth").asInt());
          return treeChange(v, JSON.nullNode());
        });
      default:
        throw new IllegalArgumentException("no replay for op " + op);
    }
  }

  /** A step on a view that was never made (its creation was refused) is refused too. */
  private JsonNode withView(JsonNode step, java.util.function.Function<View, JsonNode> f) {
    View v = views.get(step.get("id").asText());
    if (v == null) {
      ObjectNode o = JSON.objectNode();
      o.put("error", "no view " + step.get("id").asText());
      return o;
    }
    return f.apply(v);
  }

  private ColumnBatch read(String format, JsonNode data, Schema target) {
    switch (format) {
      case "rows":
        return TableReader.read(Format.JSON_ROWS, data.toString(), target);
      case "columns":
        return TableReader.read(Format.JSON_COLUMNS, data.toString(), target);
      case "csv":
        return TableReader.read(Format.CSV, data.asText(), target);
      case "ndjson":
        return TableReader.read(Format.NDJSON, data.asText(), target);
      case "arrow":
        return TableReader.read(Format.ARROW, ArrowInput.bytes(data), target);
      default:
        throw new IllegalArgumentException("no replay for format " + format);
    }
  }

  private JsonNode mutation(Runnable r) {
    for (List<JsonNode> d : pendingDeltas.values()) {
      d.clear();
    }
    JsonNode answer = attempt(() -> {
      r.run();
      ObjectNode o = JSON.objectNode();
      o.put("size", table.size());
      return o;
    });
    if (!views.isEmpty() && answer instanceof ObjectNode) {
      ObjectNode deltas = ((ObjectNode) answer).putObject("deltas");
      for (Map.Entry<String, List<JsonNode>> e : pendingDeltas.entrySet()) {
        deltas.putArray(e.getKey()).addAll(e.getValue());
      }
    }
    return answer;
  }

  private JsonNode tableMeta() {
    ObjectNode o = JSON.objectNode();
    o.put("size", table.size());
    o.set("schema", MAPPER.valueToTree(table.schema().toLabels()));
    o.set("columns", MAPPER.valueToTree(table.schema().names()));
    if (table.options().getIndex() == null) {
      o.putNull("index");
    } else {
      o.put("index", table.options().getIndex());
    }
    if (table.options().getLimit() == 0) {
      o.putNull("limit");
    } else {
      o.put("limit", table.options().getLimit());
    }
    return o;
  }

  /** The recorder's shape for expand, collapse and set_depth: the call's result, then every output. */
  private JsonNode treeChange(View v, JsonNode result) {
    ObjectNode o = JSON.objectNode();
    o.set("result", result);
    o.set("outputs", outputs(v));
    return o;
  }

  private JsonNode outputs(View v) {
    ObjectNode o = JSON.objectNode();
    o.set("schema", MAPPER.valueToTree(labels(v.schema())));
    o.set("expression_schema", MAPPER.valueToTree(labels(v.expressionSchema())));
    o.put("num_rows", v.numRows());
    o.put("num_columns", v.numColumns());
    o.set("dimensions", MAPPER.valueToTree(v.dimensions().toMap()));
    o.set("column_paths", MAPPER.valueToTree(v.columnPaths()));
    o.set("config", MAPPER.valueToTree(v.config().toMap()));
    ViewWindow w = v.window();
    OutputOptions plain = new OutputOptions();
    o.set("to_json", parse(ViewOutput.toJson(w, plain)));
    o.set("to_columns", parse(ViewOutput.toColumns(w, plain)));
    o.put("to_csv", ViewOutput.toCsv(w));
    o.put("to_ndjson", ViewOutput.toNdjson(w, plain));
    o.set("to_json_id_index", parse(ViewOutput.toJson(w, new OutputOptions().setId(true).setIndex(true))));
    o.set("arrow", ArrowRows.decode(ViewOutput.toArrow(w)));
    ObjectNode minMax = o.putObject("min_max");
    for (String c : v.schema().keySet()) {
      minMax.set(c, attempt(() -> MAPPER.valueToTree(v.minMax(c))));
    }
    return o;
  }

  private JsonNode window(View v, JsonNode spec, boolean idIndex) {
    ViewWindow w = v.window(bound(spec, "start_row", 0, false), bound(spec, "end_row", Integer.MAX_VALUE, true),
        bound(spec, "start_col", 0, false), bound(spec, "end_col", Integer.MAX_VALUE, true));
    OutputOptions opts = new OutputOptions().setId(idIndex).setIndex(idIndex);
    ObjectNode o = JSON.objectNode();
    o.set("to_json", parse(ViewOutput.toJson(w, opts)));
    o.set("to_columns", parse(ViewOutput.toColumns(w, opts)));
    o.put("to_csv", ViewOutput.toCsv(w));
    return o;
  }

  /** Perspective floors a fractional start and ceils a fractional end. */
  private static int bound(JsonNode spec, String name, int absent, boolean end) {
    JsonNode n = spec.get(name);
    if (n == null || n.isNull()) {
      return absent;
    }
    double d = n.asDouble();
    return (int) (end ? Math.ceil(d) : Math.floor(d));
  }

  private static Map<String, String> labels(Map<String, ColumnType> schema) {
    Map<String, String> m = new LinkedHashMap<>();
    schema.forEach((k, t) -> m.put(k, t.label()));
    return m;
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (Exception e) {
      throw new AssertionError("our output is not JSON: " + json, e);
    }
  }

  private static ObjectNode ok() {
    ObjectNode o = JSON.objectNode();
    o.put("ok", true);
    return o;
  }

  private interface Answer {
    JsonNode get();
  }

  private static JsonNode attempt(Answer a) {
    try {
      return a.get();
    } catch (dev.parallax.engine.ParallaxException e) {
      ObjectNode o = JSON.objectNode();
      o.put("error", e.getMessage());
      return o;
    }
  }

  private static JsonNode attempt(Runnable r, JsonNode answer) {
    return attempt(() -> {
      r.run();
      return answer;
    });
  }

  static ArrayNode array() {
    return JSON.arrayNode();
  }
}
