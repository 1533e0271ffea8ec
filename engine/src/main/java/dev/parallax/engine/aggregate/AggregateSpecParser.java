package dev.parallax.engine.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Reads one entry of a view config's {@code aggregates} map. Perspective accepts
 * a name, {@code "median"}, or a list, {@code ["weighted mean", ["w"]]} (5.5.1
 * refuses {@code ["weighted mean", "w"]}; we accept it too). Every way the entry
 * can be wrong is a {@link ParallaxException} that names the column and what was
 * wrong.
 */
public final class AggregateSpecParser {
  private AggregateSpecParser() {
  }

  /**
   * The aggregate for {@code column} given by {@code value}: a {@link String}, a
   * {@link List} or a Jackson {@link JsonNode}, as a JSON config parses.
   */
  public static AggregateSpec parse(String column, Object value, Schema schema) {
    Object v = value instanceof JsonNode ? plain((JsonNode) value) : value;
    if (v instanceof String) {
      return build((String) v, column, null, schema);
    }
    if (!(v instanceof List)) {
      throw bad(column, "must be an aggregate name or [name, [column]], got " + describe(v));
    }
    List<?> list = (List<?>) v;
    if (list.isEmpty() || list.size() > 2) {
      throw bad(column, "must be [name] or [name, [column]], got a list of " + list.size());
    }
    if (!(list.get(0) instanceof String)) {
      throw bad(column, "must start with the aggregate's name, got " + describe(list.get(0)));
    }
    String name = (String) list.get(0);
    if (list.size() == 1) {
      return build(name, column, null, schema);
    }
    Object arg = list.get(1);
    if (arg instanceof List) {
      List<?> args = (List<?>) arg;
      if (args.size() != 1) {
        throw bad(column, "'" + name + "' takes one argument column, got " + args.size());
      }
      arg = args.get(0);
    }
    if (!(arg instanceof String)) {
      throw bad(column, "'" + name + "' takes a column name as argument, got " + describe(arg));
    }
    return build(name, column, (String) arg, schema);
  }

  private static AggregateSpec build(String name, String column, String argument, Schema schema) {
    AggregateKind kind = AggregateKind.byLabel(name);
    if (kind == null) {
      if (!schema.contains(column)) {
        throw new ParallaxException("Invalid column '" + column + "' found in View aggregates");
      }
      throw new ParallaxException("Invalid aggregate '" + name + "' for column '" + column
          + "' found in View aggregates");
    }
    return check(kind, column, argument, schema);
  }

  static AggregateSpec check(AggregateKind kind, String column, String argument, Schema schema) {
    if (!schema.contains(column)) {
      throw new ParallaxException("Invalid column '" + column + "' found in View aggregates");
    }
    ColumnType type = schema.type(column);
    if (!kind.appliesTo(type)) {
      throw bad(column, "'" + kind + "' does not apply to type " + type + "; it applies to "
          + typesOf(kind));
    }
    if (!kind.takesArgument()) {
      if (argument != null) {
        throw bad(column, "'" + kind + "' takes no argument column, got '" + argument + "'");
      }
      return AggregateSpec.checked(kind, column, type, null, null);
    }
    if (argument == null) {
      throw bad(column, "'" + kind + "' needs an argument column: [\"" + kind + "\", [\"<column>\"]]");
    }
    if (!schema.contains(argument)) {
      throw new ParallaxException("Invalid column '" + argument + "' found in the '" + kind
          + "' aggregate for column '" + column + "'");
    }
    ColumnType argType = schema.type(argument);
    if (!argType.isNumeric()) {
      throw bad(column, "'" + kind + "' needs an integer or float argument column, '" + argument
          + "' is " + argType);
    }
    return AggregateSpec.checked(kind, column, type, argument, argType);
  }

  private static ParallaxException bad(String column, String what) {
    return new ParallaxException("Aggregate for column '" + column + "' " + what);
  }

  private static String typesOf(AggregateKind kind) {
    StringJoiner j = new StringJoiner(", ");
    for (ColumnType t : ColumnType.values()) {
      if (kind.appliesTo(t)) {
        j.add(t.label());
      }
    }
    return j.toString();
  }

  private static String describe(Object v) {
    if (v == null) {
      return "null";
    }
    return v instanceof String ? "'" + v + "'" : v.getClass().getSimpleName() + " " + v;
  }

  private static Object plain(JsonNode node) {
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isArray()) {
      List<Object> l = new ArrayList<>(node.size());
      for (JsonNode n : node) {
        l.add(plain(n));
      }
      return l;
    }
    return node.isNull() ? null : node;
  }
}
