package dev.parallax.engine.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;

/**
 * The recorder's Arrow input, {@code {"columns": [{"name", "type", "values"}]}},
 * as an IPC stream of one batch: the same bytes apache-arrow writes in Node for
 * it, up to layout. 64-bit values come as strings, to stay exact in JSON.
 */
final class ArrowInput {
  private ArrowInput() {
  }

  static byte[] bytes(JsonNode data) {
    try (BufferAllocator alloc = new RootAllocator()) {
      List<FieldVector> vectors = new ArrayList<>();
      int rows = 0;
      for (JsonNode c : data.get("columns")) {
        JsonNode values = c.get("values");
        rows = values.size();
        vectors.add(vector(alloc, c.get("name").asText(), c.get("type").asText(), values));
      }
      try (VectorSchemaRoot root = new VectorSchemaRoot(vectors)) {
        root.setRowCount(rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArrowStreamWriter w = new ArrowStreamWriter(root, null, out)) {
          w.start();
          w.writeBatch();
          w.end();
        }
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FieldVector vector(BufferAllocator alloc, String name, String type, JsonNode values) {
    int n = values.size();
    switch (type) {
      case "int32":
      case "uint32":
        return fixed(type.equals("int32") ? new IntVector(name, alloc) : new UInt4Vector(name, alloc), 4, values);
      case "int64":
      case "uint64":
        return fixed(type.equals("int64") ? new BigIntVector(name, alloc) : new UInt8Vector(name, alloc), 8, values);
      case "float64": {
        Float8Vector v = new Float8Vector(name, alloc);
        v.allocateNew(n);
        for (int i = 0; i < n; i++) {
          if (!values.get(i).isNull()) {
            v.set(i, values.get(i).asDouble());
          }
        }
        v.setValueCount(n);
        return v;
      }
      case "utf8": {
        VarCharVector v = new VarCharVector(name, alloc);
        v.allocateNew(n);
        for (int i = 0; i < n; i++) {
          if (!values.get(i).isNull()) {
            v.setSafe(i, values.get(i).asText().getBytes(StandardCharsets.UTF_8));
          }
        }
        v.setValueCount(n);
        return v;
      }
      default:
        throw new IllegalArgumentException("no arrow input of type " + type);
    }
  }

  /** Integers of {@code width} bytes, signed or not: the bits of the value (uint64 beyond 2^63 wraps). */
  private static FieldVector fixed(BaseFixedWidthVector v, int width, JsonNode values) {
    int n = values.size();
    v.allocateNew(n);
    for (int i = 0; i < n; i++) {
      JsonNode x = values.get(i);
      if (x.isNull()) {
        continue;
      }
      long bits = new java.math.BigInteger(x.asText()).longValue();
      if (width == 4) {
        v.getDataBuffer().setInt(4L * i, (int) bits);
      } else {
        v.getDataBuffer().setLong(8L * i, bits);
      }
      org.apache.arrow.vector.BitVectorHelper.setBit(v.getValidityBuffer(), i);
    }
    v.setValueCount(n);
    return v;
  }
}
