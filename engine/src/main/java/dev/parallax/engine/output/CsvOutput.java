package dev.parallax.engine.output;

import dev.parallax.engine.view.ViewWindow;
import dev.parallax.engine.view.WindowColumn;
import java.util.List;

/**
 * A window as CSV the way Perspective writes it: a quoted header, every string
 * quoted (quotes doubled), nulls and NaN empty, infinities {@code inf}/{@code -inf}, dates and datetimes
 * as UTC text, one {@code \n} after every row. A pivot's row path comes first as
 * columns named {@code "<column> (Group by N)"}, empty on rows above that level.
 */
final class CsvOutput {
  private CsvOutput() {
  }

  static String write(ViewWindow w) {
    List<WindowColumn> path = w.rowPath();
    List<WindowColumn> cols = w.columns();
    if (path.isEmpty() && cols.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(64 + w.rowCount() * 12 * (path.size() + cols.size()));
    boolean first = true;
    for (int level = 0; level < path.size(); level++) {
      first = comma(out, first);
      quoted(out, path.get(level).name() + " (Group by " + (level + 1) + ")");
    }
    for (WindowColumn c : cols) {
      first = comma(out, first);
      quoted(out, c.name());
    }
    out.append('\n');
    for (int r = 0; r < w.rowCount(); r++) {
      first = true;
      int depth = w.depth(r);
      for (int level = 0; level < path.size(); level++) {
        first = comma(out, first);
        if (level < depth) {
          value(out, path.get(level), r);
        }
      }
      for (WindowColumn c : cols) {
        first = comma(out, first);
        value(out, c, r);
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static boolean comma(StringBuilder out, boolean first) {
    if (!first) {
      out.append(',');
    }
    return false;
  }

  private static void value(StringBuilder out, WindowColumn c, int r) {
    if (c.isNull(r)) {
      return;
    }
    switch (c.type()) {
      case INTEGER:
        out.append(c.getLong(r));
        break;
      case FLOAT:
        double d = c.getDouble(r);
        if (NumberText.isFinite(d)) {
          NumberText.appendCsv(out, d);
        } else if (!Double.isNaN(d)) {
          out.append(d > 0 ? "inf" : "-inf");
        }
        break;
      case BOOLEAN:
        out.append(c.getBoolean(r));
        break;
      case DATE:
        CalendarText.appendDate(out, c.getInt(r));
        break;
      case DATETIME:
        CalendarText.appendDatetime(out, c.getLong(r));
        break;
      case STRING:
        quoted(out, c.getString(r));
        break;
      default:
        throw new AssertionError(c.type());
    }
  }

  private static void quoted(StringBuilder out, String s) {
    out.append('"');
    int start = 0;
    for (int i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) {
      out.append(s, start, i + 1).append('"');
      start = i + 1;
    }
    out.append(s, start, s.length()).append('"');
  }
}
