package dev.parallax.engine.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON rows, JSON columns and NDJSON with Jackson's streaming parser into
 * raw {@link JsonValues}, then types them by {@link JsonTypes}. Column order is
 * the order in which names first appear. A row that omits a column leaves it
 * absent (an indexed update keeps the stored value); an explicit null is null.
 * In the columns layout a shorter column is null in the rows it lacks.
 * Nested objects and arrays as values are refused.
 */
final class JsonReader {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final Map<String, JsonValues> columns = new LinkedHashMap<>();
  private int rows;

  private JsonReader() {
  }

  static ColumnBatch read(Format format, byte[] bytes, Schema target) {
    try {
      return read(format, FACTORY.createParser(bytes), target);
    } catch (IOException e) {
      throw new ParallaxException("Unreadable JSON: " + e.getMessage(), e);
    }
  }

  static ColumnBatch read(Format format, String text, Schema target) {
    try {
      return read(format, FACTORY.createParser(text), target);
    } catch (IOException e) {
      throw new ParallaxException("Unreadable JSON: " + e.getMessage(), e);
    }
  }

  private static ColumnBatch read(Format format, JsonParser parser, Schema target) {
    JsonReader r = new JsonReader();
    try (JsonParser p = parser) {
      r.parse(format, p);
    } catch (InputCoercionException e) {
      throw new ParallaxException("Number out of range in JSON: " + e.getOriginalMessage(), e);
    } catch (JsonParseException e) {
      throw new ParallaxException("Malformed JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ParallaxException("Unreadable JSON: " + e.getMessage(), e);
    }
    return r.batch(target);
  }

  private void parse(Format format, JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new ParallaxException("Empty JSON payload");
    }
    switch (format) {
      case JSON_ROWS:
        expect(t == JsonToken.START_ARRAY, "JSON rows must be an array of objects", p);
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          readRow(t, p);
        }
        break;
      case JSON_COLUMNS:
        expect(t == JsonToken.START_OBJECT, "JSON columns must be an object of arrays", p);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          readColumn(p);
        }
        if (rows == 0) {
          // As Perspective refuses them; JSON rows may be an empty array, though.
          throw new ParallaxException("JSON columns hold no values: a table cannot be made or updated from empty columns");
        }
        padColumns();
        break;
      case NDJSON:
        while (t != null) {
          readRow(t, p);
          t = p.nextToken();
        }
        break;
      default:
        throw new AssertionError(format);
    }
    if (format != Format.NDJSON && p.nextToken() != null) {
      throw new ParallaxException("Unexpected data after the end of the JSON "
          + (format == Format.JSON_ROWS ? "array" : "object") + " at line " + p.currentLocation().getLineNr());
    }
  }

  private void readRow(JsonToken t, JsonParser p) throws IOException {
    expect(t == JsonToken.START_OBJECT, "Row " + rows + " is not a JSON object", p);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      JsonValues v = column(p.currentName());
      readScalar(p.nextToken(), p, v, rows);
    }
    rows++;
  }

  private void readColumn(JsonParser p) throws IOException {
    JsonValues v = column(p.currentName());
    expect(p.nextToken() == JsonToken.START_ARRAY, "Column '" + v.name + "' is not a JSON array", p);
    int r = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      readScalar(t, p, v, r++);
    }
    rows = Math.max(rows, r);
  }

  /** Perspective reads the rows a shorter column lacks as null. */
  private void padColumns() {
    for (JsonValues v : columns.values()) {
      for (int r = 0; r < rows; r++) {
        if (v.kind(r) == JsonValues.ABSENT) {
          v.setNull(r);
        }
      }
    }
  }

  private JsonValues column(String name) {
    if (name.isEmpty()) {
      throw new ParallaxException("JSON column names must not be empty");
    }
    return columns.computeIfAbsent(name, JsonValues::new);
  }

  private static void readScalar(JsonToken t, JsonParser p, JsonValues v, int row) throws IOException {
    switch (t) {
      case VALUE_NULL:
        v.setNull(row);
        break;
      case VALUE_TRUE:
        v.setBoolean(row, true);
        break;
      case VALUE_FALSE:
        v.setBoolean(row, false);
        break;
      case VALUE_STRING:
        v.setString(row, p.getText());
        break;
      case VALUE_NUMBER_INT:
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          v.setDouble(row, p.getDoubleValue());
        } else {
          v.setLong(row, p.getLongValue());
        }
        break;
      case VALUE_NUMBER_FLOAT:
        v.setDouble(row, p.getDoubleValue());
        break;
      default:
        throw new ParallaxException("Column '" + v.name + "', row " + row
            + ": nested objects and arrays are not supported as values");
    }
  }

  private static void expect(boolean ok, String message, JsonParser p) {
    if (!ok) {
      throw new ParallaxException(message + " (line " + p.currentLocation().getLineNr() + ")");
    }
  }

  private ColumnBatch batch(Schema target) {
    ColumnBatch.Builder b = ColumnBatch.builder(rows);
    DateText date = new DateText();
    List<JsonValues> list = new ArrayList<>(columns.values());
    for (JsonValues v : list) {
      ColumnType type = target == null ? JsonTypes.infer(v, rows, date) : TableReader.targetType(target, v.name);
      b.add(v.name, JsonTypes.convert(v, rows, type, date), present(v));
    }
    return b.build();
  }

  /** The rows that carry the column, or null when all do. */
  private long[] present(JsonValues v) {
    long[] bits = null;
    for (int r = 0; r < rows; r++) {
      if (v.kind(r) == JsonValues.ABSENT) {
        if (bits == null) {
          bits = new long[(rows + 63) >>> 6];
          for (int i = 0; i < r; i++) {
            bits[i >>> 6] |= 1L << i;
          }
        }
      } else if (bits != null) {
        bits[r >>> 6] |= 1L << r;
      }
    }
    return bits;
  }
}
