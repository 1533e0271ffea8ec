package dev.parallax.engine.window;

import dev.parallax.engine.ParallaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One window column of a view config, as Perspective 5.5.1 spells it:
 * {@code {"column": "v", "aggregate": "sum", "partition_by": ["g"],
 * "order_by": ["t", "asc"], "cumulative": true}}, with at most one of
 * {@code rows}, {@code range} and {@code cumulative}, and {@code offset} (lag,
 * lead, diff) or {@code alpha} (ema). {@link #parse} checks the shape; whether
 * the columns exist and suit the aggregate is checked against a table by
 * {@link WindowColumns#compile}.
 *
 * @param source the column read (a table column, an expression or another window)
 * @param op the aggregate
 * @param partitionBy table columns whose value tuples split the rows into partitions
 * @param orderBy the table column that orders each partition, or null for the table's own order
 * @param descending whether {@code orderBy} runs high to low (nulls still come first)
 * @param frame the frame given, or null when none is
 * @param rows how many rows before each row a {@code rows} frame reads
 * @param range the interval of a {@code range} frame, in the order column's units (days for a date)
 * @param offset lag, lead and diff's distance in rows, or null when not given (1)
 * @param alpha ema's smoothing factor, or null when not given
 */
public record WindowSpec(String source, WindowOp op, List<String> partitionBy, String orderBy, boolean descending,
    WindowFrame frame, long rows, double range, Long offset, Double alpha) {
  private static final Set<String> KEYS = Set.of("column", "aggregate", "partition_by", "order_by", "rows", "range",
      "cumulative", "offset", "alpha");
  private static final long U32_MAX = 0xFFFF_FFFFL;

  public WindowSpec {
    partitionBy = List.copyOf(partitionBy);
  }

  /** The frame the aggregate runs over: the one given, else cumulative. */
  public WindowFrame effectiveFrame() {
    return frame == null ? WindowFrame.CUMULATIVE : frame;
  }

  /** The offset in rows: the one given, else 1. */
  public int effectiveOffset() {
    return offset == null ? 1 : (int) Math.min(Integer.MAX_VALUE, offset);
  }

  /**
   * Reads one definition (a map as JSON gives it). A missing {@code column} or
   * {@code aggregate}, an unknown key or aggregate, a value of the wrong type, a
   * negative or fractional {@code rows} or {@code offset}, {@code cumulative}
   * other than true, or more than one frame is a {@link ParallaxException}.
   */
  public static WindowSpec parse(String name, Object definition) {
    if (!(definition instanceof Map)) {
      throw bad(name, "must be an object, got " + definition);
    }
    Map<?, ?> m = (Map<?, ?>) definition;
    for (Object k : m.keySet()) {
      if (!KEYS.contains(String.valueOf(k))) {
        throw bad(name, "has unknown field `" + k + "`, expected one of " + KEYS);
      }
    }
    String source = text(name, m, "column");
    WindowOp op = WindowOp.of(text(name, m, "aggregate"));
    List<String> partitionBy = new ArrayList<>();
    Object p = m.get("partition_by");
    if (p != null || m.containsKey("partition_by")) {
      if (!(p instanceof List)) {
        throw bad(name, "`partition_by` must be a list of column names, got " + p);
      }
      for (Object c : (List<?>) p) {
        if (!(c instanceof String)) {
          throw bad(name, "`partition_by` must be a list of column names, got " + p);
        }
        partitionBy.add((String) c);
      }
    }
    String orderBy = null;
    boolean descending = false;
    Object o = m.get("order_by");
    if (o != null) {
      if (!(o instanceof List) || ((List<?>) o).size() != 2 || !(((List<?>) o).get(0) instanceof String)) {
        throw bad(name, "`order_by` must be [column, \"asc\" | \"desc\"], got " + o);
      }
      Object dir = ((List<?>) o).get(1);
      if (!"asc".equals(dir) && !"desc".equals(dir)) {
        throw bad(name, "`order_by` direction must be `asc` or `desc`, got " + dir);
      }
      orderBy = (String) ((List<?>) o).get(0);
      descending = "desc".equals(dir);
    }
    Long rows = whole(name, m, "rows");
    Double range = number(name, m, "range");
    Object cumulative = m.get("cumulative");
    if (cumulative != null && !Boolean.TRUE.equals(cumulative)) {
      throw bad(name, "`cumulative` must be `true` when present, got " + cumulative);
    }
    int frames = (rows != null ? 1 : 0) + (range != null ? 1 : 0) + (cumulative != null ? 1 : 0);
    if (frames > 1) {
      throw bad(name, "`rows`, `range` and `cumulative` are mutually exclusive");
    }
    WindowFrame frame = rows != null ? WindowFrame.ROWS : range != null ? WindowFrame.RANGE
        : cumulative != null ? WindowFrame.CUMULATIVE : null;
    return new WindowSpec(source, op, partitionBy, orderBy, descending, frame, rows == null ? 0 : rows,
        range == null ? 0 : range, whole(name, m, "offset"), number(name, m, "alpha"));
  }

  /** Reads a {@code windows} map (name to definition); null is none. */
  public static Map<String, WindowSpec> parseAll(Object windows) {
    Map<String, WindowSpec> out = new LinkedHashMap<>();
    if (windows == null) {
      return out;
    }
    if (!(windows instanceof Map)) {
      throw new ParallaxException("'windows' must map names to window definitions, got " + windows);
    }
    for (Map.Entry<?, ?> e : ((Map<?, ?>) windows).entrySet()) {
      String name = String.valueOf(e.getKey());
      out.put(name, parse(name, e.getValue()));
    }
    return out;
  }

  /** The definition in its JSON shape, the fields given and no others. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("column", source);
    m.put("aggregate", op.label());
    if (!partitionBy.isEmpty()) {
      m.put("partition_by", partitionBy);
    }
    if (orderBy != null) {
      m.put("order_by", List.of(orderBy, descending ? "desc" : "asc"));
    }
    if (frame == WindowFrame.ROWS) {
      m.put("rows", rows);
    } else if (frame == WindowFrame.RANGE) {
      m.put("range", range);
    } else if (frame == WindowFrame.CUMULATIVE) {
      m.put("cumulative", true);
    }
    if (offset != null) {
      m.put("offset", offset);
    }
    if (alpha != null) {
      m.put("alpha", alpha);
    }
    return m;
  }

  private static String text(String name, Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof String)) {
      throw bad(name, v == null ? "is missing field `" + key + "`" : "`" + key + "` must be a string, got " + v);
    }
    return (String) v;
  }

  private static Double number(String name, Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Number)) {
      throw bad(name, "`" + key + "` must be a number, got " + v);
    }
    return ((Number) v).doubleValue();
  }

  private static Long whole(String name, Map<?, ?> m, String key) {
    Double d = number(name, m, key);
    if (d == null) {
      return null;
    }
    if (d < 0 || d > U32_MAX || d != Math.rint(d)) {
      throw bad(name, "`" + key + "` must be a whole number from 0 to " + U32_MAX + ", got " + m.get(key));
    }
    return d.longValue();
  }

  private static ParallaxException bad(String name, String what) {
    return new ParallaxException("Window '" + name + "' " + what);
  }
}
