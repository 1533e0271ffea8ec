package dev.parallax.engine.view;

import dev.parallax.engine.ParallaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coerces a filter operand to its column's type the way Perspective 5.5.1 does
 * (verified against the engine): numbers from numeric strings, integers
 * truncated ({@code 1.7} filters an integer column as {@code 1}), dates from
 * "2024-01-01", "01/02/2024", ISO datetimes or epoch milliseconds, datetimes from
 * ISO strings (UTC) or epoch milliseconds, booleans from true/false or 1/0.
 */
final class Operands {
  private static final long DAY_MS = 86_400_000L;
  private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private Operands() {
  }

  static double number(String column, Object v) {
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    if (v instanceof String) {
      try {
        return Double.parseDouble(((String) v).trim());
      } catch (NumberFormatException e) {
        throw wrongType(column, v, "a number");
      }
    }
    throw wrongType(column, v, "a number");
  }

  static boolean bool(String column, Object v) {
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    if (v instanceof Number) {
      double d = ((Number) v).doubleValue();
      if (d == 0 || d == 1) {
        return d == 1;
      }
    }
    if (v instanceof String) {
      String s = ((String) v).trim();
      if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
        return s.equalsIgnoreCase("true");
      }
    }
    throw wrongType(column, v, "true or false");
  }

  /** Days since 1970-01-01. */
  static int date(String column, Object v) {
    if (v instanceof Number) {
      return (int) Math.floorDiv(((Number) v).longValue(), DAY_MS);
    }
    if (v instanceof String) {
      String s = ((String) v).trim();
      Matcher us = US_DATE.matcher(s);
      try {
        if (us.matches()) {
          return (int) LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
              Integer.parseInt(us.group(2))).toEpochDay();
        }
        if (s.length() >= 10) {
          return (int) LocalDate.parse(s.substring(0, 10)).toEpochDay();
        }
      } catch (java.time.DateTimeException e) {
        throw wrongType(column, v, "a date such as \"2024-01-31\"");
      }
    }
    throw wrongType(column, v, "a date such as \"2024-01-31\"");
  }

  /** Epoch milliseconds; strings without an offset are UTC. */
  static long datetime(String column, Object v) {
    if (v instanceof Number) {
      return ((Number) v).longValue();
    }
    if (v instanceof String) {
      String s = ((String) v).trim().replace(' ', 'T');
      try {
        if (s.length() == 10) {
          return LocalDate.parse(s).toEpochDay() * DAY_MS;
        }
        if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:?\\d\\d$")) {
          return OffsetDateTime.parse(s).toInstant().toEpochMilli();
        }
        return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli();
      } catch (DateTimeParseException e) {
        throw wrongType(column, v, "a datetime such as \"2024-01-31T12:00:00\" or epoch milliseconds");
      }
    }
    throw wrongType(column, v, "a datetime such as \"2024-01-31T12:00:00\" or epoch milliseconds");
  }

  static String string(String column, Object v) {
    if (v instanceof String) {
      return (String) v;
    }
    throw wrongType(column, v, "a string");
  }

  static ParallaxException wrongType(String column, Object v, String expected) {
    return new ParallaxException("Filter value " + (v instanceof String ? "\"" + v + "\"" : String.valueOf(v))
        + " for column '" + column + "' is not " + expected);
  }
}
