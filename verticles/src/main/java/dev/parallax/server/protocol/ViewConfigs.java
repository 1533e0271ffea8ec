package dev.parallax.server.protocol;

import com.google.protobuf.NullValue;
import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.window.WindowSpec;
import dev.parallax.server.protocol.wire.Wire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A view configuration between the wire message and the JSON-shaped map the
 * engine's {@code ViewConfig} reads and writes (Perspective's own JSON form:
 * {@code {"group_by": [...], "sort": [["x", "desc"]], "filter": [["x", ">", 1]]}}).
 */
public final class ViewConfigs {
  private static final String[] SORT_LABELS = {
    "none", "asc", "desc", "col asc", "col desc", "asc abs", "desc abs", "col asc abs", "col desc abs"};

  private ViewConfigs() {
  }

  /** The JSON form of a wire config, as a client would have written it. */
  public static Map<String, Object> toMap(Wire.ViewConfig c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("group_by", new ArrayList<>(c.getGroupByList()));
    m.put("split_by", new ArrayList<>(c.getSplitByList()));
    if (c.hasColumns() && c.getColumns().hasColumns()) {
      m.put("columns", new ArrayList<>(c.getColumns().getColumns().getColumnsList()));
    }
    List<Object> filters = new ArrayList<>();
    for (Wire.ViewConfig.Filter f : c.getFilterList()) {
      List<Object> clause = new ArrayList<>(3);
      clause.add(f.getColumn());
      clause.add(f.getOp());
      if (f.getValueCount() == 1 && !isListOperator(f.getOp())) {
        clause.add(scalar(f.getValue(0)));
      } else if (f.getValueCount() > 0) {
        List<Object> values = new ArrayList<>(f.getValueCount());
        for (Wire.Scalar s : f.getValueList()) {
          values.add(scalar(s));
        }
        clause.add(values);
      }
      filters.add(clause);
    }
    m.put("filter", filters);
    List<Object> sorts = new ArrayList<>();
    for (Wire.ViewConfig.Sort s : c.getSortList()) {
      int op = s.getOpValue();
      if (op < 0 || op >= SORT_LABELS.length) {
        throw new ParallaxException("Unknown sort direction number " + op + " for column '" + s.getColumn() + "'");
      }
      sorts.add(List.of(s.getColumn(), SORT_LABELS[op]));
    }
    m.put("sort", sorts);
    m.put("expressions", new LinkedHashMap<>(c.getExpressionsMap()));
    Map<String, Object> aggregates = new LinkedHashMap<>();
    for (Map.Entry<String, Wire.ViewConfig.AggList> e : c.getAggregatesMap().entrySet()) {
      List<String> names = e.getValue().getAggregationsList();
      aggregates.put(e.getKey(), names.size() == 1 ? names.get(0) : new ArrayList<>(names));
    }
    m.put("aggregates", aggregates);
    if (c.getFilterOp() == Wire.ViewConfig.FilterReducer.OR) {
      m.put("filter_op", "or");
    }
    if (c.hasGroupByDepth()) {
      m.put("group_by_depth", c.getGroupByDepth());
    }
    if (c.hasGroupRollupMode()) {
      m.put("group_rollup_mode", c.getGroupRollupMode().name().toLowerCase());
    }
    if (c.hasSplitRollupMode()) {
      m.put("split_rollup_mode",
          c.getSplitRollupMode() == Wire.SplitRollupMode.SPLIT_ROLLUP_MODE_ROLLUP ? "rollup" : "flat");
    }
    if (c.getWindowsCount() > 0) {
      Map<String, Object> windows = new LinkedHashMap<>();
      for (Map.Entry<String, Wire.WindowSpec> e : c.getWindowsMap().entrySet()) {
        windows.put(e.getKey(), WindowSpecs.toMap(e.getValue()));
      }
      m.put("windows", windows);
    }
    return m;
  }

  /** The wire form of a config in its JSON form (as the engine's {@code ViewConfig.toMap} gives it). */
  @SuppressWarnings("unchecked")
  public static Wire.ViewConfig fromMap(Map<String, Object> m) {
    Wire.ViewConfig.Builder b = Wire.ViewConfig.newBuilder();
    b.addAllGroupBy(strings(m.get("group_by")));
    b.addAllSplitBy(strings(m.get("split_by")));
    Object columns = m.get("columns");
    if (columns != null) {
      b.setColumns(Wire.ColumnsUpdate.newBuilder()
          .setColumns(Wire.ColumnsUpdate.Columns.newBuilder().addAllColumns(strings(columns))));
    }
    for (Object o : list(m.get("filter"))) {
      List<Object> clause = (List<Object>) o;
      Wire.ViewConfig.Filter.Builder f = Wire.ViewConfig.Filter.newBuilder()
          .setColumn(String.valueOf(clause.get(0))).setOp(String.valueOf(clause.get(1)));
      if (clause.size() > 2) {
        addOperand(f, clause.get(2));
      }
      b.addFilter(f);
    }
    for (Object o : list(m.get("sort"))) {
      List<Object> s = (List<Object>) o;
      b.addSort(Wire.ViewConfig.Sort.newBuilder().setColumn(String.valueOf(s.get(0)))
          .setOpValue(sortNumber(String.valueOf(s.get(1)))));
    }
    Object expressions = m.get("expressions");
    if (expressions instanceof Map) {
      for (Map.Entry<String, Object> e : ((Map<String, Object>) expressions).entrySet()) {
        b.putExpressions(e.getKey(), String.valueOf(e.getValue()));
      }
    }
    Object aggregates = m.get("aggregates");
    if (aggregates instanceof Map) {
      for (Map.Entry<String, Object> e : ((Map<String, Object>) aggregates).entrySet()) {
        Wire.ViewConfig.AggList.Builder a = Wire.ViewConfig.AggList.newBuilder();
        if (e.getValue() instanceof List) {
          for (Object x : (List<Object>) e.getValue()) {
            a.addAggregations(String.valueOf(x));
          }
        } else {
          a.addAggregations(String.valueOf(e.getValue()));
        }
        b.putAggregates(e.getKey(), a.build());
      }
    }
    if ("or".equals(m.get("filter_op"))) {
      b.setFilterOp(Wire.ViewConfig.FilterReducer.OR);
    }
    if (m.get("group_by_depth") instanceof Number) {
      b.setGroupByDepth(((Number) m.get("group_by_depth")).intValue());
    }
    Object rollup = m.get("group_rollup_mode");
    b.setGroupRollupMode(rollup == null ? Wire.GroupRollupMode.ROLLUP
        : Wire.GroupRollupMode.valueOf(String.valueOf(rollup).toUpperCase()));
    b.setSplitRollupMode("rollup".equals(m.get("split_rollup_mode"))
        ? Wire.SplitRollupMode.SPLIT_ROLLUP_MODE_ROLLUP : Wire.SplitRollupMode.SPLIT_ROLLUP_MODE_FLAT);
    for (Map.Entry<String, WindowSpec> e : WindowSpec.parseAll(m.get("windows")).entrySet()) {
      b.putWindows(e.getKey(), WindowSpecs.fromSpec(e.getValue()));
    }
    return b.build();
  }

  /**
   * A filter operand as Perspective 5.5.1's server sends it, which its client reads
   * back as the same JSON: the values of an "in"/"not in" list each preceded by a
   * null (one value alone would read back as a scalar, not a list), a unary
   * operator's null as one null scalar.
   */
  @SuppressWarnings("unchecked")
  private static void addOperand(Wire.ViewConfig.Filter.Builder f, Object v) {
    if (!isListOperator(f.getOp())) {
      f.addValue(scalar(v));
      return;
    }
    List<Object> values = v instanceof List ? (List<Object>) v : v == null ? List.of() : List.of(v);
    for (int i = 0; i < values.size(); i++) {
      f.addValue(scalar((Object) null));
    }
    for (Object e : values) {
      f.addValue(scalar(e));
    }
  }

  /** A filter operand or min/max value as a wire scalar: numbers travel as doubles. */
  public static Wire.Scalar scalar(Object v) {
    Wire.Scalar.Builder s = Wire.Scalar.newBuilder();
    if (v == null) {
      return s.setNull(NullValue.NULL_VALUE).build();
    } else if (v instanceof Boolean) {
      return s.setBool((Boolean) v).build();
    } else if (v instanceof Number) {
      return s.setFloat(((Number) v).doubleValue()).build();
    } else {
      return s.setString(String.valueOf(v)).build();
    }
  }

  static Object scalar(Wire.Scalar s) {
    switch (s.getScalarCase()) {
      case BOOL:
        return s.getBool();
      case FLOAT:
        return s.getFloat();
      case STRING:
        return s.getString();
      default:
        return null;
    }
  }

  private static boolean isListOperator(String op) {
    return "in".equals(op) || "not in".equals(op);
  }

  private static int sortNumber(String label) {
    for (int i = 0; i < SORT_LABELS.length; i++) {
      if (SORT_LABELS[i].equals(label)) {
        return i;
      }
    }
    throw new ParallaxException("Unknown sort direction '" + label + "'");
  }

  private static List<?> list(Object o) {
    return o instanceof List ? (List<?>) o : List.of();
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    for (Object e : list(o)) {
      out.add(String.valueOf(e));
    }
    return out;
  }
}
