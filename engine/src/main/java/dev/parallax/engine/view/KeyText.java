package dev.parallax.engine.view;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.StringColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A group key as Perspective 5.5.1 spells it in a split column path:
 * {@code null}, strings as they are, numbers as JavaScript prints them
 * ({@code 2}, {@code 0.1}, {@code 1e+21}), dates {@code 2024-01-15}, datetimes
 * {@code 2024-01-15 10:00:00.000} (UTC), booleans {@code true}/{@code false}.
 */
final class KeyText {
  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private KeyText() {
  }

  static String of(Column column, long code) {
    switch (column.type()) {
      case STRING:
        return ((StringColumn) column).dictionary().decode((int) code);
      case INTEGER:
        return Long.toString(code);
      case DATE:
        return LocalDate.ofEpochDay(code).toString();
      case DATETIME:
        return DATETIME.format(Instant.ofEpochMilli(code));
      case BOOLEAN:
        return code != 0 ? "true" : "false";
      case FLOAT:
        return number(Double.longBitsToDouble(code));
      default:
        throw new AssertionError(column.type());
    }
  }

  /** A double as JavaScript's {@code String(x)} writes it. */
  static String number(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e21) {
      return Long.toString((long) d);
    }
    String s = Double.toString(d);
    int e = s.indexOf('E');
    if (e < 0) {
      return s;
    }
    String mantissa = s.substring(0, e);
    int exp = Integer.parseInt(s.substring(e + 1));
    if (mantissa.endsWith(".0")) {
      mantissa = mantissa.substring(0, mantissa.length() - 2);
    }
    if (exp >= -7 && exp < 21) {
      return new java.math.BigDecimal(s).toPlainString();
    }
    return mantissa + "e" + (exp > 0 ? "+" : "") + exp;
  }
}
