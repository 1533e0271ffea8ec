package dev.parallax.engine.format;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.column.StringColumn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads CSV text (RFC 4180: a header row, comma separated, fields quoted with
 * {@code "} where they hold commas, quotes or line breaks, quotes doubled inside
 * quotes, LF or CRLF line ends, blank lines skipped) into a batch, typed by the
 * rules of {@link CsvTypes}.
 */
final class CsvReader {
  private CsvReader() {
  }

  static ColumnBatch read(String text, Schema target) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    checkQuotesClosed(text);
    List<String> header = new ArrayList<>();
    String[][] fields;
    int rows = 0;
    try (de.siegmar.fastcsv.reader.CsvReader<CsvRecord> csv = de.siegmar.fastcsv.reader.CsvReader.builder()
        .skipEmptyLines(true).ofCsvRecord(text)) {
      var it = csv.iterator();
      if (!it.hasNext()) {
        throw new ParallaxException("Empty CSV: expected a header row");
      }
      header.addAll(names(it.next()));
      fields = new String[header.size()][16];
      while (it.hasNext()) {
        CsvRecord rec = it.next();
        if (rows == fields[0].length) {
          for (int c = 0; c < fields.length; c++) {
            fields[c] = Arrays.copyOf(fields[c], rows * 2);
          }
        }
        for (int c = 0; c < fields.length; c++) {
          fields[c][rows] = rec.getField(c);
        }
        rows++;
      }
    } catch (CsvParseException e) {
      throw new ParallaxException("Malformed CSV: " + describe(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target == null ? inferred(header, fields, rows) : coerced(header, fields, rows, target);
  }

  /**
   * Refuses a quoted field left open. The CSV reader, like Perspective's, would
   * swallow the rest of the payload into that field, which is never what the
   * sender meant.
   */
  private static void checkQuotesClosed(String text) {
    if (text.indexOf('"') < 0) {
      return;
    }
    boolean fieldStart = true;
    boolean quoted = false;
    int line = 1;
    int openedAt = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      }
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
          }
        }
      } else if (c == '"' && fieldStart) {
        quoted = true;
        openedAt = line;
      } else {
        fieldStart = c == ',' || c == '\n' || c == '\r';
        continue;
      }
      fieldStart = false;
    }
    if (quoted) {
      throw new ParallaxException("Malformed CSV: the quoted field opened on line " + openedAt + " is never closed");
    }
  }

  private static String describe(CsvParseException e) {
    Throwable cause = e.getCause();
    return cause != null && cause.getMessage() != null ? e.getMessage() + ": " + cause.getMessage() : e.getMessage();
  }

  private static List<String> names(CsvRecord header) {
    List<String> names = new ArrayList<>(header.getFieldCount());
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < header.getFieldCount(); c++) {
      String name = header.getField(c);
      if (name.isEmpty()) {
        throw new ParallaxException("CSV header: column " + (c + 1) + " has no name");
      }
      // Perspective keeps a repeated name apart by appending '*'.
      while (!seen.add(name)) {
        name = name + "*";
      }
      names.add(name);
    }
    return names;
  }

  private static ColumnBatch inferred(List<String> header, String[][] fields, int rows) {
    ColumnBatch.Builder b = ColumnBatch.builder(rows);
    DateText date = new DateText();
    for (int c = 0; c < header.size(); c++) {
      CsvTypes.Inferred kind = CsvTypes.infer(fields[c], rows, date);
      b.add(header.get(c), convert(header.get(c), fields[c], rows, kind, false, date));
    }
    return b.build();
  }

  private static ColumnBatch coerced(List<String> header, String[][] fields, int rows, Schema target) {
    ColumnBatch.Builder b = ColumnBatch.builder(rows);
    DateText date = new DateText();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      ColumnType type = TableReader.targetType(target, name);
      CsvTypes.Inferred kind = CsvTypes.Inferred.valueOf(type.name());
      b.add(name, convert(name, fields[c], rows, kind, true, date));
    }
    return b.build();
  }

  private static Column convert(String name, String[] f, int rows, CsvTypes.Inferred kind, boolean update,
      DateText date) {
    Column col = Column.create(kind.type, rows);
    switch (kind) {
      case INTEGER: {
        IntColumn ic = (IntColumn) col;
        // Perspective keeps integers it inferred from CSV as 64-bit: Arrow output says Int64.
        ic.setWidth(IntegerWidth.INT64);
        for (int r = 0; r < rows; r++) {
          if (!CsvTypes.isNull(f[r])) {
            long v = CsvTypes.parseLong(f[r]);
            if (!CsvTypes.isInteger(v, f[r])) {
              throw TableReader.badValue(name, r, f[r], ColumnType.INTEGER);
            }
            ic.setLong(r, v);
          }
        }
        break;
      }
      case TIME_OF_DAY: {
        IntColumn ic = (IntColumn) col;
        ic.setWidth(IntegerWidth.UINT32);
        for (int r = 0; r < rows; r++) {
          if (!CsvTypes.isNull(f[r])) {
            ic.setInt(r, CsvTypes.parseTimeOfDay(f[r]));
          }
        }
        break;
      }
      case FLOAT: {
        DoubleColumn dc = (DoubleColumn) col;
        for (int r = 0; r < rows; r++) {
          if (!CsvTypes.isNull(f[r])) {
            double v = CsvTypes.parseDouble(f[r]);
            if (Double.isNaN(v)) {
              throw TableReader.badValue(name, r, f[r], ColumnType.FLOAT);
            }
            dc.setDouble(r, v);
          }
        }
        break;
      }
      case BOOLEAN: {
        BoolColumn bc = (BoolColumn) col;
        for (int r = 0; r < rows; r++) {
          if (!CsvTypes.isNull(f[r])) {
            int v = CsvTypes.parseBoolean(f[r]);
            if (v < 0) {
              throw TableReader.badValue(name, r, f[r], ColumnType.BOOLEAN);
            }
            bc.setBoolean(r, v == 1);
          }
        }
        break;
      }
      case DATE: {
        IntColumn ic = (IntColumn) col;
        for (int r = 0; r < rows; r++) {
          if (!CsvTypes.isNull(f[r])) {
            int v = CsvTypes.parseDate(f[r], date);
            if (v == Integer.MIN_VALUE) {
              throw TableReader.badValue(name, r, f[r], ColumnType.DATE);
            }
            ic.setInt(r, v);
          }
        }
        break;
      }
      case DATETIME: {
        LongColumn lc = (LongColumn) col;
        for (int r = 0; r < rows; r++) {
          if (!CsvTypes.isNull(f[r])) {
            if (!CsvTypes.parseDateTime(f[r], date, update)) {
              throw TableReader.badValue(name, r, f[r], ColumnType.DATETIME);
            }
            lc.setLong(r, date.epochMillis);
          }
        }
        break;
      }
      case STRING: {
        StringColumn sc = (StringColumn) col;
        for (int r = 0; r < rows; r++) {
          sc.setString(r, f[r]);
        }
        break;
      }
      case ALL_NULL:
        break;
      default:
        throw new AssertionError(kind);
    }
    return col;
  }
}
