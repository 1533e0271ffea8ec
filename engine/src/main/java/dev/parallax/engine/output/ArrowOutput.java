package dev.parallax.engine.output;

import dev.parallax.engine.view.ViewWindow;
import dev.parallax.engine.view.WindowColumn;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVectorHelper;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMilliVector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * A window as one Arrow IPC stream with Perspective's types: integer Int32 (Int64
 * or UInt32 where the column says so), float Float64, string
 * Dictionary&lt;Int32, Utf8&gt;, boolean Bool, date Date32, datetime Timestamp(ms).
 * A pivot's row path leads as columns named {@code "<column> (Group by N)"}.
 */
final class ArrowOutput {
  private static final BufferAllocator ROOT = new RootAllocator();
  private static final ArrowType.Int INDEX_TYPE = new ArrowType.Int(32, true);

  private ArrowOutput() {
  }

  static byte[] write(ViewWindow w) {
    try (BufferAllocator alloc = ROOT.newChildAllocator("arrow-output", 0, Long.MAX_VALUE)) {
      List<FieldVector> vectors = new ArrayList<>();
      DictionaryProvider.MapDictionaryProvider dictionaries = new DictionaryProvider.MapDictionaryProvider();
      try {
        List<WindowColumn> path = w.rowPath();
        // Perspective builds batches from columns: with none there are no rows either.
        int n = path.isEmpty() && w.columns().isEmpty() ? 0 : w.rowCount();
        for (int level = 0; level < path.size(); level++) {
          String name = path.get(level).name() + " (Group by " + (level + 1) + ")";
          vectors.add(vector(alloc, name, path.get(level), n, w, level, dictionaries));
        }
        for (WindowColumn c : w.columns()) {
          vectors.add(vector(alloc, c.name(), c, n, w, -1, dictionaries));
        }
        List<Field> fields = new ArrayList<>(vectors.size());
        for (FieldVector v : vectors) {
          fields.add(v.getField());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + n * 8 * vectors.size());
        try (VectorSchemaRoot root = new VectorSchemaRoot(fields, vectors, n);
            ArrowStreamWriter writer = new ArrowStreamWriter(root, dictionaries, bytes)) {
          writer.start();
          writer.writeBatch();
          writer.end();
        }
        return bytes.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        for (FieldVector v : vectors) {
          v.close();
        }
        for (long id : dictionaries.getDictionaryIds()) {
          dictionaries.lookup(id).getVector().close();
        }
      }
    }
  }

  /** Whether row {@code r} has a value: null, or above its level on a pivot row path, has none. */
  private static boolean present(WindowColumn c, ViewWindow w, int level, int r) {
    return (level < 0 || level < w.depth(r)) && !c.isNull(r);
  }

  private static FieldVector vector(BufferAllocator alloc, String name, WindowColumn c, int n, ViewWindow w,
      int level, DictionaryProvider.MapDictionaryProvider dictionaries) {
    switch (c.type()) {
      case INTEGER:
        return integers(alloc, name, c, n, w, level);
      case FLOAT: {
        Float8Vector v = new Float8Vector(name, alloc);
        v.allocateNew(n);
        for (int r = 0; r < n; r++) {
          if (present(c, w, level, r)) {
            v.set(r, c.getDouble(r));
          }
        }
        v.setValueCount(n);
        return v;
      }
      case BOOLEAN: {
        BitVector v = new BitVector(name, alloc);
        v.allocateNew(n);
        for (int r = 0; r < n; r++) {
          if (present(c, w, level, r)) {
            v.set(r, c.getBoolean(r) ? 1 : 0);
          }
        }
        v.setValueCount(n);
        return v;
      }
      case DATE: {
        DateDayVector v = new DateDayVector(name, FieldType.nullable(new ArrowType.Date(DateUnit.DAY)), alloc);
        v.allocateNew(n);
        for (int r = 0; r < n; r++) {
          if (present(c, w, level, r)) {
            v.set(r, c.getInt(r));
          }
        }
        v.setValueCount(n);
        return v;
      }
      case DATETIME:
        return longs(new TimeStampMilliVector(name,
            FieldType.nullable(new ArrowType.Timestamp(TimeUnit.MILLISECOND, null)), alloc), c, n, w, level);
      case STRING:
        return strings(alloc, name, c, n, w, level, dictionaries);
      default:
        throw new AssertionError(c.type());
    }
  }

  /** A vector of 4-byte integers (signed or not: the bits are the same) of {@code c}'s integer values. */
  private static FieldVector ints(BaseFixedWidthVector v, WindowColumn c, int n, ViewWindow w, int level) {
    v.allocateNew(n);
    ArrowBuf data = v.getDataBuffer();
    ArrowBuf validity = v.getValidityBuffer();
    for (int r = 0; r < n; r++) {
      if (present(c, w, level, r)) {
        data.setInt(4L * r, (int) c.getLong(r));
        BitVectorHelper.setBit(validity, r);
      }
    }
    v.setValueCount(n);
    return v;
  }

  /** A vector of 8-byte integers (signed or not: the bits are the same) of {@code c}'s values. */
  private static FieldVector longs(BaseFixedWidthVector v, WindowColumn c, int n, ViewWindow w, int level) {
    v.allocateNew(n);
    ArrowBuf data = v.getDataBuffer();
    ArrowBuf validity = v.getValidityBuffer();
    for (int r = 0; r < n; r++) {
      if (present(c, w, level, r)) {
        data.setLong(8L * r, c.getLong(r));
        BitVectorHelper.setBit(validity, r);
      }
    }
    v.setValueCount(n);
    return v;
  }

  private static FieldVector integers(BufferAllocator alloc, String name, WindowColumn c, int n, ViewWindow w,
      int level) {
    switch (c.integerWidth()) {
      case INT64:
        return longs(new BigIntVector(name, alloc), c, n, w, level);
      case UINT64:
        return longs(new UInt8Vector(name, alloc), c, n, w, level);
      case UINT32:
        return ints(new UInt4Vector(name, alloc), c, n, w, level);
      default:
        return ints(new IntVector(name, alloc), c, n, w, level);
    }
  }

  private static FieldVector strings(BufferAllocator alloc, String name, WindowColumn c, int n, ViewWindow w,
      int level, DictionaryProvider.MapDictionaryProvider dictionaries) {
    long id = dictionaries.getDictionaryIds().size();
    DictionaryEncoding encoding = new DictionaryEncoding(id, false, INDEX_TYPE);
    IntVector indices = new IntVector(name, new FieldType(true, INDEX_TYPE, encoding), alloc);
    indices.allocateNew(n);
    List<String> values = c.dictionary() != null
        ? encodeByCode(indices, c, n, w, level)
        : encodeByValue(indices, c, n, w, level);
    indices.setValueCount(n);
    VarCharVector dict = new VarCharVector(name + "-dictionary", alloc);
    dict.allocateNew(values.size());
    for (int i = 0; i < values.size(); i++) {
      dict.setSafe(i, values.get(i).getBytes(StandardCharsets.UTF_8));
    }
    dict.setValueCount(values.size());
    dictionaries.put(new Dictionary(dict, encoding));
    return indices;
  }

  /**
   * Numbers the strings of a column read from a table in the order they first
   * appear, through the table's own dictionary codes: an array lookup a row.
   */
  private static List<String> encodeByCode(IntVector indices, WindowColumn c, int n, ViewWindow w, int level) {
    dev.parallax.engine.column.Dictionary source = c.dictionary();
    int[] outCode = new int[source.size()];
    Arrays.fill(outCode, -1);
    List<String> values = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      if (present(c, w, level, r)) {
        int code = c.getCode(r);
        int out = outCode[code];
        if (out < 0) {
          out = values.size();
          outCode[code] = out;
          values.add(source.decode(code));
        }
        indices.set(r, out);
      }
    }
    return values;
  }

  /** Numbers the strings of any other column in the order they first appear, by value. */
  private static List<String> encodeByValue(IntVector indices, WindowColumn c, int n, ViewWindow w, int level) {
    Object2IntOpenHashMap<String> codes = new Object2IntOpenHashMap<>();
    codes.defaultReturnValue(-1);
    List<String> values = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      if (present(c, w, level, r)) {
        String s = c.getString(r);
        int code = codes.getInt(s);
        if (code < 0) {
          code = values.size();
          codes.put(s, code);
          values.add(s);
        }
        indices.set(r, code);
      }
    }
    return values;
  }
}
