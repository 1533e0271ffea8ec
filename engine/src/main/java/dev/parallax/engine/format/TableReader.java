package dev.parallax.engine.format;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.table.Table;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Parses a table payload (CSV, JSON rows, JSON columns, NDJSON, Arrow IPC) into
 * a {@link ColumnBatch} that {@code Table.create} or {@code Table.update} applies.
 *
 * <p>With no target schema the column types are inferred from the data, as
 * Perspective infers them when a table is made from it (the rules are in
 * {@link CsvTypes}, {@link JsonTypes} and {@link ArrowReader}). With a target
 * schema, as for an update of an existing table, only the columns present in
 * the payload come out, each coerced to the table's type; a column the table
 * lacks or a value that cannot be coerced is a {@link ParallaxException} naming
 * it. Reading never touches a table, so a refused payload changes nothing.
 */
public final class TableReader {
  private TableReader() {
  }

  /**
   * Reads {@code bytes} in {@code format}; text formats are UTF-8.
   *
   * @param target the schema to coerce to, or null to infer one
   */
  public static ColumnBatch read(Format format, byte[] bytes, Schema target) {
    if (bytes == null || bytes.length == 0) {
      throw new ParallaxException("Empty " + format + " payload");
    }
    switch (format) {
      case CSV:
        return CsvReader.read(new String(bytes, StandardCharsets.UTF_8), target);
      case ARROW:
        return ArrowReader.read(bytes, target);
      default:
        return JsonReader.read(format, bytes, target);
    }
  }

  /** {@link #read(Format, byte[], Schema)} for a payload already held as text; not for Arrow. */
  public static ColumnBatch read(Format format, String text, Schema target) {
    if (format == Format.ARROW) {
      throw new ParallaxException("Arrow payloads are binary, not text");
    }
    if (text == null || text.isEmpty()) {
      throw new ParallaxException("Empty " + format + " payload");
    }
    return format == Format.CSV ? CsvReader.read(text, target) : JsonReader.read(format, text, target);
  }

  /**
   * A column of {@code type} holding {@code values} (numbers, strings, booleans
   * or nulls, as decoded from JSON), coerced as an update would coerce them: the
   * keys for {@code Table.remove(Column, int)}.
   */
  public static Column keys(List<?> values, ColumnType type) {
    JsonValues v = new JsonValues("key");
    for (int i = 0; i < values.size(); i++) {
      Object o = values.get(i);
      if (o == null) {
        v.setNull(i);
      } else if (o instanceof Boolean) {
        v.setBoolean(i, (Boolean) o);
      } else if (o instanceof Double || o instanceof Float || o instanceof java.math.BigDecimal
          || o instanceof java.math.BigInteger) {
        v.setDouble(i, ((Number) o).doubleValue());
      } else if (o instanceof Number) {
        v.setLong(i, ((Number) o).longValue());
      } else if (o instanceof CharSequence) {
        v.setString(i, o.toString());
      } else {
        throw new ParallaxException("Key " + i + " is not a number, string or boolean: " + o);
      }
    }
    return JsonTypes.convert(v, values.size(), type, new DateText());
  }

  /**
   * The target type of {@code column}; an error naming it when the table has no
   * such column. {@code __INDEX__}, the implicit key of an unindexed table, is an
   * integer column of row ids (the table decides whether it may be given).
   */
  static ColumnType targetType(Schema target, String column) {
    int i = target.indexOf(column);
    if (i < 0 && Table.IMPLICIT_INDEX.equals(column)) {
      return ColumnType.INTEGER;
    }
    if (i < 0) {
      throw new ParallaxException("Unknown column '" + column + "': the table has " + target.names());
    }
    return target.type(i);
  }

  static ParallaxException badValue(String column, int row, String value, ColumnType type) {
    return new ParallaxException("Column '" + column + "', row " + row + ": cannot read " + quote(value)
        + " as " + type);
  }

  private static String quote(String value) {
    String v = value.length() > 60 ? value.substring(0, 57) + "..." : value;
    return v.startsWith("\"") ? v : "'" + v + "'";
  }
}
