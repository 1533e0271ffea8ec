package dev.parallax.engine.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Compares two JSON trees as Perspective's outputs mean them: objects as maps (the
 * recorder sorted some keys, and key order carries no meaning), numbers by value
 * whatever their JSON spelling (1 and 1.0 are the same number to a JS client),
 * everything else exactly.
 */
final class JsonMatch {
  private JsonMatch() {
  }

  /** Null when equal, else the path and values of the first difference. */
  static String diff(JsonNode expected, JsonNode actual, String path) {
    if (expected == null || expected.isMissingNode()) {
      return actual == null || actual.isMissingNode() ? null : path + ": expected nothing, got " + actual;
    }
    if (actual == null || actual.isMissingNode()) {
      return path + ": expected " + brief(expected) + ", got nothing";
    }
    if (expected.isNumber() && actual.isNumber()) {
      double e = expected.asDouble();
      double a = actual.asDouble();
      return e == a || Math.abs(e - a) <= 1e-9 * Math.max(Math.abs(e), Math.abs(a))
          ? null : path + ": expected " + expected + ", got " + actual;
    }
    if (expected.isObject() && actual.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        String d = diff(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey());
        if (d != null) {
          return d;
        }
      }
      for (Iterator<String> it = actual.fieldNames(); it.hasNext();) {
        String k = it.next();
        if (!expected.has(k)) {
          return path + "." + k + ": not expected, got " + brief(actual.get(k));
        }
      }
      return null;
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        return path + ": expected " + expected.size() + " elements " + brief(expected) + ", got "
            + actual.size() + " " + brief(actual);
      }
      for (int i = 0; i < expected.size(); i++) {
        String d = diff(expected.get(i), actual.get(i), path + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (expected.isTextual() && actual.isTextual() && !expected.equals(actual)) {
      return path + ": " + firstDifferentLine(expected.asText(), actual.asText());
    }
    return expected.equals(actual) ? null : path + ": expected " + brief(expected) + ", got " + brief(actual);
  }

  private static String firstDifferentLine(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String el = i < e.length ? e[i] : "<none>";
      String al = i < a.length ? a[i] : "<none>";
      if (!el.equals(al)) {
        return "line " + (i + 1) + " expected <" + el + "> got <" + al + ">";
      }
    }
    return "texts differ";
  }

  private static String brief(JsonNode n) {
    String s = n.toString();
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
