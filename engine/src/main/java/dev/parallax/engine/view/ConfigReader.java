package dev.parallax.engine.view;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.window.WindowSpec;
import dev.parallax.engine.expression.Expressions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the shape of a view config map and builds the {@link ViewConfig}. */
final class ConfigReader {
  private static final Set<String> FIELDS = Set.of("columns", "group_by", "split_by", "aggregates",
      "sort", "filter", "filter_op", "expressions", "group_by_depth", "group_rollup_mode",
      "split_rollup_mode", "windows");

  private ConfigReader() {
  }

  static ViewConfig read(Map<String, ?> map) {
    for (String key : map.keySet()) {
      if (!FIELDS.contains(key)) {
        throw new ParallaxException("Unknown view config field '" + key + "': expected one of "
            + "columns, group_by, split_by, aggregates, sort, filter, filter_op, expressions, "
            + "group_by_depth, group_rollup_mode, split_rollup_mode");
      }
    }
    Object cols = map.get("columns");
    List<String> columns = null;
    if (cols != null) {
      // A viewer sends null for an empty column slot; Perspective drops it.
      List<Object> named = new ArrayList<>(list(cols, "columns"));
      named.removeIf(java.util.Objects::isNull);
      columns = strings(named, "columns");
    }
    return new ViewConfig(columns,
        strings(map.get("group_by"), "group_by"),
        strings(map.get("split_by"), "split_by"),
        aggregates(map.get("aggregates")),
        sorts(map.get("sort")),
        filters(map.get("filter")),
        filterOp(map.get("filter_op")),
        Expressions.definitions(map.get("expressions")),
        depth(map.get("group_by_depth")),
        mode(map.get("group_rollup_mode"), "group_rollup_mode", ViewConfig.groupRollupModes()),
        mode(map.get("split_rollup_mode"), "split_rollup_mode", ViewConfig.splitRollupModes()),
        WindowSpec.parseAll(map.get("windows")));
  }

  private static List<String> strings(Object value, String field) {
    List<String> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    for (Object o : list(value, field)) {
      if (!(o instanceof String)) {
        throw new ParallaxException("'" + field + "' must list column names, got " + o);
      }
      out.add((String) o);
    }
    return out;
  }

  private static List<?> list(Object value, String field) {
    if (!(value instanceof List)) {
      throw new ParallaxException("'" + field + "' must be a list, got " + value);
    }
    return (List<?>) value;
  }

  private static Map<String, Object> aggregates(Object value) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (value == null) {
      return out;
    }
    if (!(value instanceof Map)) {
      throw new ParallaxException("'aggregates' must map column names to aggregates, got " + value);
    }
    for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
      Object agg = e.getValue();
      if (agg instanceof String) {
        out.put((String) e.getKey(), agg);
      } else if (agg instanceof List && !((List<?>) agg).isEmpty()) {
        out.put((String) e.getKey(), aggregateList((List<?>) agg, (String) e.getKey()));
      } else {
        throw new ParallaxException("Aggregate of '" + e.getKey() + "' must be a name or a list, got " + agg);
      }
    }
    return out;
  }

  /**
   * A list-form aggregate, {@code ["weighted mean", ["w"]]}: its name, then its
   * argument columns, a name or a list of names. What the names mean is the
   * aggregate parser's to check.
   */
  private static List<Object> aggregateList(List<?> agg, String column) {
    List<Object> out = new ArrayList<>(agg.size());
    for (Object o : agg) {
      if (o instanceof String) {
        out.add(o);
      } else if (o instanceof List) {
        out.add(List.copyOf(strings(o, "aggregates." + column)));
      } else {
        throw new ParallaxException("Aggregate of '" + column + "' must list a name and column names, got " + agg);
      }
    }
    return List.copyOf(out);
  }

  private static List<ViewConfig.Sort> sorts(Object value) {
    List<ViewConfig.Sort> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    for (Object o : list(value, "sort")) {
      if (!(o instanceof List) || ((List<?>) o).size() != 2) {
        throw new ParallaxException("Each sort entry must be [column, direction], got " + o);
      }
      List<?> e = (List<?>) o;
      if (!(e.get(0) instanceof String) || !(e.get(1) instanceof String)) {
        throw new ParallaxException("Each sort entry must be [column, direction] strings, got " + o);
      }
      out.add(new ViewConfig.Sort((String) e.get(0), SortDirection.of((String) e.get(1))));
    }
    return out;
  }

  private static List<ViewConfig.Filter> filters(Object value) {
    List<ViewConfig.Filter> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    for (Object o : list(value, "filter")) {
      if (!(o instanceof List) || ((List<?>) o).size() < 2 || ((List<?>) o).size() > 3) {
        throw new ParallaxException("Each filter entry must be [column, operator, value], got " + o);
      }
      List<?> e = (List<?>) o;
      if (!(e.get(0) instanceof String) || !(e.get(1) instanceof String)) {
        throw new ParallaxException("A filter's column and operator must be strings, got " + o);
      }
      Object operand = e.size() == 3 ? e.get(2) : null;
      if (operand instanceof Map) {
        throw new ParallaxException("A filter's value must be a string, number, boolean or list, got " + operand);
      }
      out.add(new ViewConfig.Filter((String) e.get(0), FilterOperator.of((String) e.get(1)), operand));
    }
    return out;
  }

  private static ViewConfig.FilterOp filterOp(Object value) {
    if (value == null || "and".equals(value)) {
      return ViewConfig.FilterOp.AND;
    }
    if ("or".equals(value)) {
      return ViewConfig.FilterOp.OR;
    }
    throw new ParallaxException("Unknown filter_op '" + value + "': expected and or or");
  }

  private static Integer depth(Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number) || ((Number) value).doubleValue() < 0
        || ((Number) value).doubleValue() != Math.rint(((Number) value).doubleValue())) {
      throw new ParallaxException("group_by_depth must be a non-negative integer, got " + value);
    }
    return ((Number) value).intValue();
  }

  private static String mode(Object value, String field, List<String> allowed) {
    if (value == null) {
      return allowed.get(0);
    }
    if (!allowed.contains(value)) {
      throw new ParallaxException("Unknown " + field + " '" + value + "': expected one of " + allowed);
    }
    return (String) value;
  }
}
