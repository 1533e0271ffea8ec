package dev.parallax.engine.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryEncoder;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * An Arrow IPC stream decoded into the recorder's shape: column names, type names
 * as the JS Arrow library prints them ({@code Int32}, {@code Dictionary<Int32, Utf8>},
 * {@code Timestamp<MILLISECOND>}, …) and rows with dates as epoch milliseconds.
 */
final class ArrowRows {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ArrowRows() {
  }

  static ObjectNode decode(byte[] bytes) {
    ObjectNode out = JSON.objectNode();
    ArrayNode names = out.putArray("columns");
    ArrayNode types = out.putArray("types");
    ArrayNode rows = out.putArray("rows");
    try (BufferAllocator alloc = new RootAllocator();
        ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(bytes), alloc)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      for (Field f : root.getSchema().getFields()) {
        names.add(f.getName());
        types.add(f.getDictionary() == null ? typeName(f.getType())
            : "Dictionary<" + typeName(f.getDictionary().getIndexType()) + ", "
                + typeName(reader.getDictionaryVectors().get(f.getDictionary().getId()).getVector().getField().getType())
                + ">");
      }
      while (reader.loadNextBatch()) {
        for (int r = 0; r < root.getRowCount(); r++) {
          ArrayNode row = rows.addArray();
          for (FieldVector v : root.getFieldVectors()) {
            Field f = v.getField();
            if (f.getDictionary() != null) {
              try (ValueVector decoded = DictionaryEncoder.decode(v,
                  reader.getDictionaryVectors().get(f.getDictionary().getId()))) {
                Object o = decoded.getObject(r);
                if (o == null) {
                  row.addNull();
                } else {
                  row.add(o.toString());
                }
              }
            } else {
              add(row, f.getType(), unsigned(v, r));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The value at {@code r}, unsigned integers read as unsigned (Arrow Java's getObject reads them signed). */
  private static Object unsigned(FieldVector v, int r) {
    if (v instanceof UInt4Vector) {
      return v.isNull(r) ? null : ((UInt4Vector) v).getObjectNoOverflow(r);
    }
    if (v instanceof UInt8Vector) {
      return v.isNull(r) ? null : ((UInt8Vector) v).getObjectNoOverflow(r);
    }
    return v.getObject(r);
  }

  private static void add(ArrayNode row, ArrowType type, Object o) {
    if (o == null) {
      row.addNull();
    } else if (o instanceof LocalDateTime) {
      row.add(((LocalDateTime) o).toInstant(ZoneOffset.UTC).toEpochMilli());
    } else if (type instanceof ArrowType.Date) {
      row.add(((Number) o).longValue() * 86_400_000L);
    } else if (o instanceof Boolean) {
      row.add((Boolean) o);
    } else if (o instanceof Double || o instanceof Float) {
      double d = ((Number) o).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        row.add(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity"); // as the recorder writes them
      } else {
        row.add(d);
      }
    } else if (o instanceof java.math.BigInteger) {
      row.add((java.math.BigInteger) o);
    } else if (o instanceof Number) {
      row.add(((Number) o).longValue());
    } else {
      row.add(o.toString());
    }
  }

  static String typeName(ArrowType t) {
    if (t instanceof ArrowType.Int) {
      ArrowType.Int i = (ArrowType.Int) t;
      return (i.getIsSigned() ? "Int" : "Uint") + i.getBitWidth();
    }
    if (t instanceof ArrowType.FloatingPoint) {
      switch (((ArrowType.FloatingPoint) t).getPrecision()) {
        case HALF: return "Float16";
        case SINGLE: return "Float32";
        default: return "Float64";
      }
    }
    if (t instanceof ArrowType.Date) {
      return ((ArrowType.Date) t).getUnit() == org.apache.arrow.vector.types.DateUnit.DAY ? "Date32<DAY>"
          : "Date64<MILLISECOND>";
    }
    if (t instanceof ArrowType.Timestamp) {
      return "Timestamp<" + ((ArrowType.Timestamp) t).getUnit() + ">";
    }
    if (t instanceof ArrowType.Utf8) {
      return "Utf8";
    }
    if (t instanceof ArrowType.Bool) {
      return "Bool";
    }
    return t.toString();
  }
}
