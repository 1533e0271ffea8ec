package dev.parallax.engine.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** Compares results: integers exactly, floats to a relative tolerance, the rest equal. */
final class Check {
  private Check() {
  }

  static void results(String what, List<?> expected, List<Object> actual, double tolerance) {
    assertEquals(expected.size(), actual.size(), what + ": group count");
    for (int i = 0; i < expected.size(); i++) {
      value(what + " group " + i + " " + actual, expected.get(i), actual.get(i), tolerance);
    }
  }

  static void results(String what, List<?> expected, List<Object> actual) {
    results(what, expected, actual, 1e-12);
  }

  static void value(String what, Object expected, Object actual, double tolerance) {
    if (expected == null || actual == null) {
      assertEquals(expected, actual, what);
    } else if (expected instanceof Double || actual instanceof Double) {
      if (!(expected instanceof Number) || !(actual instanceof Double)) {
        fail(what + ": expected " + expected + " (" + expected.getClass().getSimpleName() + "), got " + actual);
      }
      double e = ((Number) expected).doubleValue();
      double a = (Double) actual;
      assertTrue(Math.abs(e - a) <= tolerance * Math.max(1, Math.abs(e)), what + ": expected " + e + ", got " + a);
    } else if (expected instanceof Number) {
      assertTrue(actual instanceof Long || actual instanceof Integer, what + ": expected an integer, got " + actual);
      assertEquals(((Number) expected).longValue(), ((Number) actual).longValue(), what);
    } else {
      assertEquals(expected, actual, what);
    }
  }
}
