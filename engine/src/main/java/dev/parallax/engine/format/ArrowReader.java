package dev.parallax.engine.format;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.Schema;
import java.io.IOException;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float2Vector;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.util.ByteArrayReadableSeekableByteChannel;
import org.apache.arrow.vector.util.ValueVectorUtility;

/**
 * Reads an Arrow IPC stream, or an IPC file (told apart by its {@code ARROW1}
 * magic), into a batch; record batches concatenate. Arrow's types map onto the
 * six as Perspective 5.5.1 maps them (checked on the running engine):
 *
 * <ul>
 *   <li>int8, int16, int32, uint8, uint16, time32 → integer.
 *   <li>int64, uint32, uint64, time64 → integer, 64-bit where the values need
 *       it, written back with the width it came in. A uint64 column holding a
 *       value past 2^63-1 is float (Perspective keeps it unsigned).
 *   <li>float32, float64, decimal → float. float16 → float (Perspective 5.5.1
 *       refuses it).
 *   <li>utf8, large utf8, binary, dictionary-encoded strings → string.
 *   <li>bool → boolean; date32, date64 → date; timestamp of any unit, with or
 *       without zone → datetime in milliseconds (finer units truncated toward
 *       negative infinity).
 *   <li>null → a string column of nulls.
 *   <li>list, struct, map, union, duration, interval → refused. (5.5.1 flattens
 *       lists into rows and structs into dotted columns; we do not.)
 * </ul>
 *
 * <p>With a target schema (an update), integer data also fills float columns and
 * float data fills integer columns truncated toward zero, as in Perspective;
 * a value beyond 64 bits is refused. Dates and datetimes
 * also fill each other (Perspective refuses that). Any other type difference
 * is refused, as it is in Perspective.
 */
final class ArrowReader {
  private static final byte[] MAGIC = {'A', 'R', 'R', 'O', 'W', '1'};

  private ArrowReader() {
  }

  static ColumnBatch read(byte[] bytes, Schema target) {
    try (BufferAllocator allocator = new RootAllocator();
        org.apache.arrow.vector.ipc.ArrowReader reader = isFile(bytes)
            ? new ArrowFileReader(new ByteArrayReadableSeekableByteChannel(bytes), allocator)
            : new ArrowStreamReader(new ByteArrayReadableSeekableByteChannel(bytes), allocator)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      List<Field> fields = root.getSchema().getFields();
      ArrowSink[] sinks = new ArrowSink[fields.size()];
      for (int i = 0; i < sinks.length; i++) {
        sinks[i] = sink(fields.get(i), reader);
        if (target != null) {
          TableReader.targetType(target, fields.get(i).getName());
        }
      }
      int rows = 0;
      while (reader.loadNextBatch()) {
        // The sinks read native memory at the offsets and lengths the payload states:
        // check them all first, so that a forged payload is refused rather than read out of bounds.
        int count = root.getRowCount();
        validate(root, count);
        for (int i = 0; i < sinks.length; i++) {
          FieldVector v = root.getVector(i);
          DictionaryEncoding enc = v.getField().getDictionary();
          ValueVector dictionary = enc == null ? null : dictionary(reader, enc);
          sinks[i].append(v, count, dictionary);
        }
        rows += count;
      }
      ColumnBatch.Builder b = ColumnBatch.builder(rows);
      for (ArrowSink s : sinks) {
        Column c = s.finish();
        b.add(s.name, target == null ? c : retype(c, s.name, TableReader.targetType(target, s.name), rows));
      }
      return b.build();
    } catch (IOException | RuntimeException e) {
      if (e instanceof ParallaxException) {
        throw (ParallaxException) e;
      }
      throw new ParallaxException("Malformed Arrow IPC payload: " + e.getMessage(), e);
    }
  }

  private static void validate(VectorSchemaRoot root, int count) {
    for (FieldVector v : root.getFieldVectors()) {
      if (v.getValueCount() < count) {
        throw new ParallaxException("Malformed Arrow IPC payload: column '" + v.getName() + "' has "
            + v.getValueCount() + " values in a batch of " + count + " rows");
      }
      // Buffer sizes only: the string sink checks each offset as it reads it, which is
      // far cheaper than a full validation pass. Arrow's validator does not know
      // float16; those values are read through checked accessors.
      if (!(v instanceof Float2Vector)) {
        ValueVectorUtility.validate(v);
      }
    }
  }

  private static boolean isFile(byte[] bytes) {
    if (bytes.length < MAGIC.length) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private static ValueVector dictionary(org.apache.arrow.vector.ipc.ArrowReader reader, DictionaryEncoding enc) {
    Dictionary d = reader.lookup(enc.getId());
    if (d == null) {
      throw new ParallaxException("Arrow dictionary " + enc.getId() + " is missing");
    }
    ValueVectorUtility.validate(d.getVector());
    return d.getVector();
  }

  private static ArrowSink sink(Field field, org.apache.arrow.vector.ipc.ArrowReader reader) {
    String name = field.getName();
    if (name == null || name.isEmpty()) {
      throw new ParallaxException("Arrow column names must not be empty");
    }
    ArrowType type = field.getType();
    if (field.getDictionary() != null) {
      Dictionary d = reader.lookup(field.getDictionary().getId());
      ArrowType valueType = d == null ? null : d.getVectorType();
      if (!(valueType instanceof ArrowType.Utf8 || valueType instanceof ArrowType.LargeUtf8)) {
        throw new ParallaxException("Arrow column '" + name + "': only string dictionaries are supported");
      }
      return new ArrowSink.Strings(name);
    }
    switch (type.getTypeID()) {
      case Int: {
        ArrowType.Int t = (ArrowType.Int) type;
        int width = t.getBitWidth() / 8;
        if (width == 8 || (width == 4 && !t.getIsSigned())) {
          IntegerWidth w = width == 4 ? IntegerWidth.UINT32 : t.getIsSigned() ? IntegerWidth.INT64 : IntegerWidth.UINT64;
          return new ArrowSink.WideInts(name, width, !t.getIsSigned(), w);
        }
        return new ArrowSink.Ints(name, ColumnType.INTEGER, width, !t.getIsSigned(), 1);
      }
      case Time: {
        ArrowType.Time t = (ArrowType.Time) type;
        return t.getBitWidth() == 32 ? new ArrowSink.Ints(name, ColumnType.INTEGER, 4, false, 1)
            : new ArrowSink.WideInts(name, 8, false, IntegerWidth.INT64);
      }
      case FloatingPoint:
      case Decimal:
        return new ArrowSink.Floats(name);
      case Bool:
        return new ArrowSink.Bools(name);
      case Utf8:
      case LargeUtf8:
      case Binary:
      case LargeBinary:
        return new ArrowSink.Strings(name);
      case Date: {
        boolean days = ((ArrowType.Date) type).getUnit() == org.apache.arrow.vector.types.DateUnit.DAY;
        return days ? new ArrowSink.Ints(name, ColumnType.DATE, 4, false, 1)
            : new ArrowSink.Ints(name, ColumnType.DATE, 8, false, (int) DateText.MS_PER_DAY);
      }
      case Timestamp:
        switch (((ArrowType.Timestamp) type).getUnit()) {
          case SECOND: return new ArrowSink.Timestamps(name, 1000, 1);
          case MILLISECOND: return new ArrowSink.Timestamps(name, 1, 1);
          case MICROSECOND: return new ArrowSink.Timestamps(name, 1, 1000);
          default: return new ArrowSink.Timestamps(name, 1, 1_000_000);
        }
      case Null:
        return new ArrowSink.Nulls(name);
      default:
        throw new ParallaxException("Arrow column '" + name + "' has type " + type
            + ", which a table cannot hold");
    }
  }

  /** {@code c} as a column of {@code type}, where the data converts without loss of meaning. */
  private static Column retype(Column c, String name, ColumnType type, int rows) {
    if (c.type() == type) {
      return c;
    }
    Column out = Column.create(type, rows);
    if (allNull(c, rows)) {
      return out;
    }
    if (c.type() == ColumnType.INTEGER && type == ColumnType.FLOAT) {
      for (int r = 0; r < rows; r++) {
        if (c.isValid(r)) {
          ((DoubleColumn) out).setDouble(r, ((IntColumn) c).getLong(r));
        }
      }
      return out;
    }
    if (c.type() == ColumnType.FLOAT && type == ColumnType.INTEGER) {
      for (int r = 0; r < rows; r++) {
        if (c.isValid(r)) {
          double d = ((DoubleColumn) c).getDouble(r);
          if (!(d >= -0x1p63 && d < 0x1p63)) {
            throw TableReader.badValue(name, r, Double.toString(d), type);
          }
          ((IntColumn) out).setLong(r, (long) d);
        }
      }
      return out;
    }
    if (c.type() == ColumnType.DATE && type == ColumnType.DATETIME) {
      for (int r = 0; r < rows; r++) {
        if (c.isValid(r)) {
          ((LongColumn) out).setLong(r, ((IntColumn) c).getInt(r) * DateText.MS_PER_DAY);
        }
      }
      return out;
    }
    if (c.type() == ColumnType.DATETIME && type == ColumnType.DATE) {
      for (int r = 0; r < rows; r++) {
        if (c.isValid(r)) {
          ((IntColumn) out).setInt(r, DateText.dayOf(((LongColumn) c).getLong(r)));
        }
      }
      return out;
    }
    throw new ParallaxException("Column '" + name + "' is " + type + " in the table but the Arrow data holds "
        + c.type() + " values");
  }

  private static boolean allNull(Column c, int rows) {
    for (int r = 0; r < rows; r++) {
      if (c.isValid(r)) {
        return false;
      }
    }
    return true;
  }
}
