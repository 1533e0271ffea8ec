package dev.parallax.engine.output;

import dev.parallax.engine.view.ViewWindow;

/**
 * Every output format of a view window, byte for byte as Perspective writes it:
 * {@code to_json}, {@code to_columns}, {@code to_ndjson}, {@code to_csv} and
 * {@code to_arrow}. Row deltas are windows too, so they go through here as Arrow.
 */
public final class ViewOutput {
  private static final OutputOptions PLAIN = new OutputOptions();

  private ViewOutput() {
  }

  /** A JSON array of row objects. */
  public static String toJson(ViewWindow window, OutputOptions options) {
    return JsonOutput.rows(window, options == null ? PLAIN : options);
  }

  /** A JSON object of column arrays. */
  public static String toColumns(ViewWindow window, OutputOptions options) {
    return JsonOutput.columns(window, options == null ? PLAIN : options);
  }

  /**
   * One JSON row object per line, no trailing newline. The options are taken and
   * ignored: Perspective 5.5.1's to_ndjson writes no {@code __ID__} or
   * {@code __INDEX__} whatever it is asked.
   */
  public static String toNdjson(ViewWindow window, OutputOptions options) {
    return JsonOutput.ndjson(window);
  }

  public static String toCsv(ViewWindow window) {
    return CsvOutput.write(window);
  }

  /** An Arrow IPC stream of one record batch. */
  public static byte[] toArrow(ViewWindow window) {
    return ArrowOutput.write(window);
  }
}
