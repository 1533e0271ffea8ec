package dev.parallax.engine.column;

import dev.parallax.engine.ParallaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An ordered, immutable list of column names and their types. */
public final class Schema {
  private final String[] names;
  private final ColumnType[] types;
  private final Map<String, Integer> positions;

  private Schema(String[] names, ColumnType[] types) {
    this.names = names;
    this.types = types;
    this.positions = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      if (names[i] == null || names[i].isEmpty()) {
        throw new ParallaxException("Column names must not be empty");
      }
      if (positions.put(names[i], i) != null) {
        throw new ParallaxException("Duplicate column '" + names[i] + "'");
      }
    }
  }

  /** A schema with the columns of {@code columns}, in its iteration order. */
  public static Schema of(Map<String, ColumnType> columns) {
    String[] n = new String[columns.size()];
    ColumnType[] t = new ColumnType[columns.size()];
    int i = 0;
    for (Map.Entry<String, ColumnType> e : columns.entrySet()) {
      n[i] = e.getKey();
      t[i] = e.getValue();
      i++;
    }
    return new Schema(n, t);
  }

  /** A schema from parallel lists of names and types. */
  public static Schema of(List<String> names, List<ColumnType> types) {
    if (names.size() != types.size()) {
      throw new IllegalArgumentException("names and types differ in length");
    }
    return new Schema(names.toArray(new String[0]), types.toArray(new ColumnType[0]));
  }

  /** A schema from Perspective's JSON form, {@code {"name": "integer", ...}}. */
  public static Schema parse(Map<String, String> labels) {
    Map<String, ColumnType> m = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : labels.entrySet()) {
      m.put(e.getKey(), ColumnType.of(e.getValue()));
    }
    return of(m);
  }

  public int size() {
    return names.length;
  }

  public String name(int i) {
    return names[i];
  }

  public ColumnType type(int i) {
    return types[i];
  }

  /** The position of column {@code name}, or -1 when the schema has none. */
  public int indexOf(String name) {
    Integer i = positions.get(name);
    return i == null ? -1 : i;
  }

  /** The type of column {@code name}; a {@link ParallaxException} when there is none. */
  public ColumnType type(String name) {
    return types[require(name)];
  }

  /** The position of column {@code name}; a {@link ParallaxException} when there is none. */
  public int require(String name) {
    int i = indexOf(name);
    if (i < 0) {
      throw new ParallaxException("Unknown column '" + name + "'");
    }
    return i;
  }

  public boolean contains(String name) {
    return positions.containsKey(name);
  }

  public List<String> names() {
    List<String> l = new ArrayList<>(names.length);
    Collections.addAll(l, names);
    return Collections.unmodifiableList(l);
  }

  /** Perspective's JSON form: names to type labels, in column order. */
  public Map<String, String> toLabels() {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], types[i].label());
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Schema)) {
      return false;
    }
    Schema s = (Schema) o;
    return java.util.Arrays.equals(names, s.names) && java.util.Arrays.equals(types, s.types);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(names) * 31 + java.util.Arrays.hashCode(types);
  }

  @Override
  public String toString() {
    return toLabels().toString();
  }
}
