package dev.parallax.engine.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.window.WindowSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A view's configuration in Perspective's JSON shape: {@code columns},
 * {@code group_by}, {@code split_by}, {@code aggregates}, {@code sort},
 * {@code filter}, {@code filter_op}, {@code expressions}, {@code group_by_depth},
 * {@code group_rollup_mode}, {@code split_rollup_mode}, {@code windows}. Parsing checks the shape
 * only (the names of fields, operators and directions); whether the columns
 * exist is checked when a view is made over a table. Immutable.
 *
 * <p>{@link #toJson()} writes the fields as stored. The configuration a live view
 * reports ({@link View#config()}) is the normalized one Perspective's
 * {@code get_config} returns: columns filled in, filter operands coerced to the
 * column's type.
 */
public final class ViewConfig {
  /** One {@code [column, direction]} entry of {@code sort}. */
  public record Sort(String column, SortDirection direction) { }

  /**
   * One {@code [column, operator, operand]} entry of {@code filter}. The operand
   * is null, a String, a Number, a Boolean, or for {@code in}/{@code not in} a
   * List of those.
   */
  public record Filter(String column, FilterOperator operator, Object operand) { }

  /** How the clauses of {@code filter} combine. */
  public enum FilterOp { AND, OR }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> GROUP_ROLLUP_MODES = List.of("rollup", "flat", "total");
  private static final List<String> SPLIT_ROLLUP_MODES = List.of("flat", "rollup");

  private final List<String> columns;
  private final List<String> groupBy;
  private final List<String> splitBy;
  private final Map<String, Object> aggregates;
  private final List<Sort> sort;
  private final List<Filter> filter;
  private final FilterOp filterOp;
  private final Map<String, String> expressions;
  private final Integer groupByDepth;
  private final String groupRollupMode;
  private final String splitRollupMode;
  private final Map<String, WindowSpec> windows;

  ViewConfig(List<String> columns, List<String> groupBy, List<String> splitBy,
      Map<String, Object> aggregates, List<Sort> sort, List<Filter> filter, FilterOp filterOp,
      Map<String, String> expressions, Integer groupByDepth, String groupRollupMode,
      String splitRollupMode, Map<String, WindowSpec> windows) {
    this.columns = columns == null ? null : List.copyOf(columns);
    this.groupBy = List.copyOf(groupBy);
    this.splitBy = List.copyOf(splitBy);
    this.aggregates = Collections.unmodifiableMap(new LinkedHashMap<>(aggregates));
    this.sort = List.copyOf(sort);
    this.filter = Collections.unmodifiableList(new ArrayList<>(filter));
    this.filterOp = filterOp;
    this.expressions = Collections.unmodifiableMap(new LinkedHashMap<>(expressions));
    this.groupByDepth = groupByDepth;
    this.groupRollupMode = groupRollupMode;
    this.splitRollupMode = splitRollupMode;
    this.windows = Collections.unmodifiableMap(new LinkedHashMap<>(windows));
  }

  /** The default configuration: every column, no pivot, filter or sort. */
  public static ViewConfig defaults() {
    return fromMap(Map.of());
  }

  /** Parses Perspective's view config JSON; a {@link ParallaxException} says what is malformed. */
  public static ViewConfig parse(String json) {
    Object tree;
    try {
      tree = JSON.readValue(json == null || json.isBlank() ? "{}" : json, Object.class);
    } catch (JsonProcessingException e) {
      throw new ParallaxException("View config is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (!(tree instanceof Map)) {
      throw new ParallaxException("View config must be a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) tree;
    return fromMap(map);
  }

  /** Reads a config already parsed into maps, lists, strings, numbers and booleans. */
  public static ViewConfig fromMap(Map<String, ?> map) {
    return ConfigReader.read(map);
  }

  /** The requested columns, or null when absent: then a view shows every column. */
  public List<String> columns() {
    return columns;
  }

  public List<String> groupBy() {
    return groupBy;
  }

  public List<String> splitBy() {
    return splitBy;
  }

  /** Column name to aggregate: a name such as "sum", or a list such as ["weighted mean", "w"]. */
  public Map<String, Object> aggregates() {
    return aggregates;
  }

  public List<Sort> sort() {
    return sort;
  }

  public List<Filter> filter() {
    return filter;
  }

  public FilterOp filterOp() {
    return filterOp;
  }

  /** Expression name to expression text, in the order given. */
  public Map<String, String> expressions() {
    return expressions;
  }

  /** The {@code group_by_depth}, or null when not set. */
  public Integer groupByDepth() {
    return groupByDepth;
  }

  public String groupRollupMode() {
    return groupRollupMode;
  }

  public String splitRollupMode() {
    return splitRollupMode;
  }

  /**
   * Perspective 5.5's window columns ({@code windows}: name to a definition such
   * as {@code {"column": "v", "aggregate": "sum", "partition_by": ["g"],
   * "order_by": ["t", "asc"], "cumulative": true}}), each read into a
   * {@link WindowSpec}. Perspective 5.5.1's {@code get_config} does not report
   * them, so {@link #toMap()} leaves them out; their names join {@code columns}.
   */
  public Map<String, WindowSpec> windows() {
    return windows;
  }

  /** Whether the view is flat: no group_by and no split_by. */
  public boolean isFlat() {
    return groupBy.isEmpty() && splitBy.isEmpty();
  }

  ViewConfig withColumnsFiltersAndSort(List<String> columns, List<Filter> filter, List<Sort> sort,
      Map<String, Object> aggregates) {
    return new ViewConfig(columns, groupBy, splitBy, aggregates, sort, filter, filterOp, expressions,
        groupByDepth, groupRollupMode, splitRollupMode, windows);
  }

  /**
   * The config as Perspective's {@code get_config} lays it out: its keys in
   * Perspective's order, {@code filter_op} only when "or", {@code group_by_depth}
   * only when set, {@code columns} only when known.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("group_by", groupBy);
    m.put("split_by", splitBy);
    List<List<Object>> s = new ArrayList<>();
    for (Sort e : sort) {
      s.add(List.of(e.column(), e.direction().label()));
    }
    m.put("sort", s);
    List<List<Object>> f = new ArrayList<>();
    for (Filter e : filter) {
      List<Object> clause = new ArrayList<>(3);
      clause.add(e.column());
      clause.add(e.operator().label());
      clause.add(jsonNumber(e.operand()));
      f.add(clause);
    }
    m.put("filter", f);
    m.put("group_rollup_mode", groupRollupMode);
    m.put("split_rollup_mode", splitRollupMode);
    if (filterOp == FilterOp.OR) {
      m.put("filter_op", "or");
    }
    m.put("expressions", expressions);
    if (columns != null) {
      m.put("columns", columns);
    }
    m.put("aggregates", aggregates);
    if (groupByDepth != null) {
      m.put("group_by_depth", groupByDepth);
    }
    return m;
  }

  /** {@link #toMap()} as JSON text. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(toMap());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes whole doubles as JavaScript does, {@code 2} rather than {@code 2.0}. */
  private static Object jsonNumber(Object value) {
    if (value instanceof Double) {
      double d = (Double) value;
      if (d == Math.rint(d) && Math.abs(d) < 0x1p53) {
        return (long) d;
      }
    } else if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<?>) value) {
        out.add(jsonNumber(o));
      }
      return out;
    }
    return value;
  }

  static List<String> groupRollupModes() {
    return GROUP_ROLLUP_MODES;
  }

  static List<String> splitRollupModes() {
    return SPLIT_ROLLUP_MODES;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ViewConfig && toMap().equals(((ViewConfig) o).toMap())
        && windows.equals(((ViewConfig) o).windows);
  }

  @Override
  public int hashCode() {
    return toMap().hashCode() * 31 + windows.hashCode();
  }

  @Override
  public String toString() {
    return toJson();
  }
}
