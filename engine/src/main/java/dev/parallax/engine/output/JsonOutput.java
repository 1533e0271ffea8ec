package dev.parallax.engine.output;

import dev.parallax.engine.view.ViewWindow;
import dev.parallax.engine.view.WindowColumn;
import java.util.List;

/**
 * A window as JSON text in Perspective's three layouts: rows (to_json), columns
 * (to_columns) and one row object per line (to_ndjson). Dates and datetimes are
 * epoch milliseconds; NaN and infinities are null.
 */
final class JsonOutput {
  static final String ROW_PATH = "__ROW_PATH__";
  static final String ID = "__ID__";
  static final String INDEX = "__INDEX__";

  private JsonOutput() {
  }

  /**
   * Perspective builds rows from columns: a window with no columns, no row path
   * and no {@code __ID__}/{@code __INDEX__} asked for has no rows.
   */
  static boolean isEmpty(ViewWindow w, OutputOptions o) {
    return w.columns().isEmpty() && w.rowPath().isEmpty() && !o.isId() && !(o.isIndex() && w.index() != null);
  }

  static String rows(ViewWindow w, OutputOptions o) {
    if (isEmpty(w, o)) {
      return "[]";
    }
    StringBuilder out = new StringBuilder(64 + w.rowCount() * 16 * (1 + w.columns().size()));
    out.append('[');
    for (int r = 0; r < w.rowCount(); r++) {
      if (r > 0) {
        out.append(',');
      }
      row(out, w, o, r);
    }
    return out.append(']').toString();
  }

  static String ndjson(ViewWindow w) {
    // Unlike to_json, Perspective's to_ndjson writes neither __ID__ nor __INDEX__, even when asked for them.
    if (w.columns().isEmpty() && w.rowPath().isEmpty()) {
      return "";
    }
    OutputOptions none = new OutputOptions();
    StringBuilder out = new StringBuilder(64 + w.rowCount() * 16 * (1 + w.columns().size()));
    for (int r = 0; r < w.rowCount(); r++) {
      if (r > 0) {
        out.append('\n');
      }
      row(out, w, none, r);
    }
    return out.toString();
  }

  static String columns(ViewWindow w, OutputOptions o) {
    StringBuilder out = new StringBuilder(64 + w.rowCount() * 16 * (1 + w.columns().size()));
    out.append('{');
    boolean first = true;
    if (!w.rowPath().isEmpty()) {
      first = false;
      string(out, ROW_PATH).append(":[");
      for (int r = 0; r < w.rowCount(); r++) {
        if (r > 0) {
          out.append(',');
        }
        path(out, w, r);
      }
      out.append(']');
    }
    // Perspective puts a flat view's __ID__ last in the column layout, a pivot's after __ROW_PATH__.
    if (o.isId() && !w.isFlat()) {
      first = idColumn(out, w, first);
    }
    for (WindowColumn c : w.columns()) {
      first = comma(out, first);
      string(out, c.name()).append(":[");
      for (int r = 0; r < w.rowCount(); r++) {
        if (r > 0) {
          out.append(',');
        }
        value(out, c, r);
      }
      out.append(']');
    }
    // Perspective puts __INDEX__ last in the column layout, unlike the row layout.
    if (o.isIndex() && w.index() != null) {
      comma(out, first);
      string(out, INDEX).append(":[");
      for (int r = 0; r < w.rowCount(); r++) {
        if (r > 0) {
          out.append(',');
        }
        indexList(out, w, r);
      }
      out.append(']');
      first = false;
    }
    if (o.isId() && w.isFlat()) {
      idColumn(out, w, first);
    }
    return out.append('}').toString();
  }

  private static boolean idColumn(StringBuilder out, ViewWindow w, boolean first) {
    comma(out, first);
    string(out, ID).append(":[");
    for (int r = 0; r < w.rowCount(); r++) {
      if (r > 0) {
        out.append(',');
      }
      id(out, w, r);
    }
    out.append(']');
    return false;
  }

  private static void row(StringBuilder out, ViewWindow w, OutputOptions o, int r) {
    out.append('{');
    boolean first = true;
    if (!w.rowPath().isEmpty()) {
      first = false;
      string(out, ROW_PATH).append(':');
      path(out, w, r);
    }
    if (o.isId()) {
      first = comma(out, first);
      string(out, ID).append(':');
      id(out, w, r);
    }
    if (o.isIndex() && w.index() != null) {
      first = comma(out, first);
      string(out, INDEX).append(':');
      indexList(out, w, r);
    }
    List<WindowColumn> cols = w.columns();
    for (int c = 0; c < cols.size(); c++) {
      first = comma(out, first);
      string(out, cols.get(c).name()).append(':');
      value(out, cols.get(c), r);
    }
    out.append('}');
  }

  private static void id(StringBuilder out, ViewWindow w, int r) {
    WindowColumn keys = w.rowKeys();
    if (!w.rowPath().isEmpty() || keys == null) {
      path(out, w, r);
    } else {
      out.append('[');
      value(out, keys, r);
      out.append(']');
    }
  }

  /** Row {@code r}'s {@code __INDEX__}: one key for a flat row, every aggregated row's for a pivot row. */
  private static void indexList(StringBuilder out, ViewWindow w, int r) {
    out.append('[');
    int end = w.indexEnd(r);
    for (int i = w.indexStart(r); i < end; i++) {
      if (i > w.indexStart(r)) {
        out.append(',');
      }
      value(out, w.index(), i);
    }
    out.append(']');
  }

  private static void path(StringBuilder out, ViewWindow w, int r) {
    out.append('[');
    int depth = w.depth(r);
    for (int level = 0; level < depth; level++) {
      if (level > 0) {
        out.append(',');
      }
      value(out, w.rowPath().get(level), r);
    }
    out.append(']');
  }

  private static boolean comma(StringBuilder out, boolean first) {
    if (!first) {
      out.append(',');
    }
    return false;
  }

  /** Appends one value of {@code c} as a JSON literal. */
  static void value(StringBuilder out, WindowColumn c, int r) {
    if (c.isNull(r)) {
      out.append("null");
      return;
    }
    switch (c.type()) {
      case INTEGER:
      case DATETIME:
        out.append(c.getLong(r));
        break;
      case DATE:
        out.append(c.getInt(r) * CalendarText.MILLIS_PER_DAY);
        break;
      case FLOAT:
        double d = c.getDouble(r);
        if (NumberText.isFinite(d)) {
          NumberText.appendJson(out, d);
        } else {
          out.append("null");
        }
        break;
      case BOOLEAN:
        out.append(c.getBoolean(r));
        break;
      case STRING:
        string(out, c.getString(r));
        break;
      default:
        throw new AssertionError(c.type());
    }
  }

  /** Appends {@code s} as a JSON string, escaping quotes, backslashes and control characters. */
  static StringBuilder string(StringBuilder out, String s) {
    out.append('"');
    int start = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (ch >= 0x20 && ch != '"' && ch != '\\') {
        continue;
      }
      out.append(s, start, i);
      start = i + 1;
      switch (ch) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
          out.append("\\u00").append(Character.forDigit(ch >> 4, 16)).append(Character.forDigit(ch & 15, 16));
      }
    }
    return out.append(s, start, n).append('"');
  }
}
