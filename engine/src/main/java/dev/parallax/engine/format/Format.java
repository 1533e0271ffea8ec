package dev.parallax.engine.format;

import dev.parallax.engine.ParallaxException;

/** The payloads a table reads: what {@link TableReader} parses into a column batch. */
public enum Format {
  /** Comma-separated text with a header row. */
  CSV,
  /** A JSON array of row objects: {@code [{"a": 1, "b": "x"}, ...]}. */
  JSON_ROWS,
  /** A JSON object of equal-length column arrays: {@code {"a": [1, 2], "b": ["x", "y"]}}. */
  JSON_COLUMNS,
  /** Newline-delimited JSON: one row object per line. */
  NDJSON,
  /** An Arrow IPC stream or file. */
  ARROW;

  /**
   * Which JSON layout {@code bytes} holds, by its first non-blank byte, as
   * Perspective decides for a JSON payload: {@code [} is rows, {@code {} is
   * columns. Anything else is refused.
   */
  public static Format detectJson(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '[') {
        return JSON_ROWS;
      }
      if (b == '{') {
        return JSON_COLUMNS;
      }
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != (byte) 0xEF && b != (byte) 0xBB
          && b != (byte) 0xBF) {
        break;
      }
    }
    throw new ParallaxException("JSON data must be an array of rows or an object of columns");
  }

  /** {@link #detectJson(byte[])} for text. */
  public static Format detectJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        return JSON_ROWS;
      }
      if (c == '{') {
        return JSON_COLUMNS;
      }
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        break;
      }
    }
    throw new ParallaxException("JSON data must be an array of rows or an object of columns");
  }
}
