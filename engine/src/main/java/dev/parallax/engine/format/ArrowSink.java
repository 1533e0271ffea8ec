package dev.parallax.engine.format;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseLargeVariableWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.Decimal256Vector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float2Vector;
import org.apache.arrow.vector.ValueVector;

/**
 * Appends the values of one Arrow vector, batch after batch, to one of our
 * columns. Fixed-width values are read straight from the vector's native memory
 * in a primitive loop; validity is read a byte at a time and skipped entirely
 * when a batch has no nulls.
 */
abstract class ArrowSink {
  final String name;
  int rows;

  ArrowSink(String name) {
    this.name = name;
  }

  /** Appends the first {@code count} values of {@code vector}. */
  abstract void append(FieldVector vector, int count, ValueVector dictionary);

  /** The column holding every appended row. */
  abstract Column finish();

  static boolean valid(long validityAddr, int i) {
    return (MemoryUtil.getByte(validityAddr + (i >>> 3)) & (1 << (i & 7))) != 0;
  }

  static long validityAddress(FieldVector v) {
    return v.getNullCount() == 0 ? 0L : v.getValidityBuffer().memoryAddress();
  }

  /** Integers that fit 32 bits (int8/16/32, uint8/16, time32) and dates as days (date32). */
  static final class Ints extends ArrowSink {
    private final IntColumn col;
    private final int width;
    private final boolean unsigned;
    private final int divisor;

    /** {@code divisor} scales the raw value (86400000 for date64 milliseconds to days). */
    Ints(String name, ColumnType type, int width, boolean unsigned, int divisor) {
      super(name);
      this.col = (IntColumn) Column.create(type, 0);
      this.width = width;
      this.unsigned = unsigned;
      this.divisor = divisor;
    }

    @Override
    void append(FieldVector v, int count, ValueVector dictionary) {
      col.ensureCapacity(rows + count);
      long data = ((BaseFixedWidthVector) v).getDataBuffer().memoryAddress();
      long validity = validityAddress(v);
      for (int i = 0; i < count; i++) {
        if (validity == 0 || valid(validity, i)) {
          col.setInt(rows + i, read(data, i));
        }
      }
      rows += count;
    }

    private int read(long data, int i) {
      switch (width) {
        case 1:
          return unsigned ? MemoryUtil.getByte(data + i) & 0xFF : MemoryUtil.getByte(data + i);
        case 2:
          return unsigned ? MemoryUtil.getShort(data + 2L * i) & 0xFFFF : MemoryUtil.getShort(data + 2L * i);
        case 4:
          return MemoryUtil.getInt(data + 4L * i);
        default:
          return (int) Math.floorDiv(MemoryUtil.getLong(data + 8L * i), (long) divisor);
      }
    }

    @Override
    Column finish() {
      return col;
    }
  }

  /**
   * 64-bit integers (int64, uint32, uint64, time64): an integer column, in 32-bit
   * storage while the values fit it, typed back as the Arrow width they came in.
   * A uint64 column holding a value beyond the signed 64-bit range is float.
   */
  static final class WideInts extends ArrowSink {
    private final IntColumn col = (IntColumn) Column.create(ColumnType.INTEGER, 0);
    private final int width;
    private final boolean unsigned;
    private boolean beyondLong;

    WideInts(String name, int width, boolean unsigned, IntegerWidth arrowWidth) {
      super(name);
      this.width = width;
      this.unsigned = unsigned;
      col.setWidth(arrowWidth);
    }

    @Override
    void append(FieldVector v, int count, ValueVector dictionary) {
      col.ensureCapacity(rows + count);
      long data = ((BaseFixedWidthVector) v).getDataBuffer().memoryAddress();
      long valid = validityAddress(v);
      for (int i = 0; i < count; i++) {
        if (valid == 0 || valid(valid, i)) {
          long x = width == 4 ? MemoryUtil.getInt(data + 4L * i) & 0xFFFFFFFFL : MemoryUtil.getLong(data + 8L * i);
          if (unsigned && width == 8 && x < 0) {
            beyondLong = true;
          }
          col.setLong(rows + i, x);
        }
      }
      rows += count;
    }

    @Override
    Column finish() {
      if (!beyondLong) {
        return col;
      }
      DoubleColumn out = (DoubleColumn) Column.create(ColumnType.FLOAT, rows);
      for (int r = 0; r < rows; r++) {
        if (col.isValid(r)) {
          long x = col.getLong(r);
          out.setDouble(r, x < 0 ? (double) (x >>> 1) * 2.0 : (double) x);
        }
      }
      return out;
    }
  }

  /** float16/32/64 and decimals. */
  static final class Floats extends ArrowSink {
    private final DoubleColumn col = (DoubleColumn) Column.create(ColumnType.FLOAT, 0);

    Floats(String name) {
      super(name);
    }

    @Override
    void append(FieldVector v, int count, ValueVector dictionary) {
      col.ensureCapacity(rows + count);
      long validity = validityAddress(v);
      if (v instanceof DecimalVector || v instanceof Decimal256Vector || v instanceof Float2Vector) {
        for (int i = 0; i < count; i++) {
          if (!v.isNull(i)) {
            col.setDouble(rows + i, v instanceof Float2Vector ? ((Float2Vector) v).getValueAsDouble(i)
                : ((java.math.BigDecimal) v.getObject(i)).doubleValue());
          }
        }
      } else {
        int width = ((BaseFixedWidthVector) v).getTypeWidth();
        long data = ((BaseFixedWidthVector) v).getDataBuffer().memoryAddress();
        for (int i = 0; i < count; i++) {
          if (validity == 0 || valid(validity, i)) {
            double d = width == 8 ? Double.longBitsToDouble(MemoryUtil.getLong(data + 8L * i))
                : Float.intBitsToFloat(MemoryUtil.getInt(data + 4L * i));
            col.setDouble(rows + i, d);
          }
        }
      }
      rows += count;
    }

    @Override
    Column finish() {
      return col;
    }
  }

  static final class Bools extends ArrowSink {
    private final BoolColumn col = (BoolColumn) Column.create(ColumnType.BOOLEAN, 0);

    Bools(String name) {
      super(name);
    }

    @Override
    void append(FieldVector v, int count, ValueVector dictionary) {
      col.ensureCapacity(rows + count);
      long data = ((BitVector) v).getDataBuffer().memoryAddress();
      long validity = validityAddress(v);
      for (int i = 0; i < count; i++) {
        if (validity == 0 || valid(validity, i)) {
          col.setBoolean(rows + i, valid(data, i));
        }
      }
      rows += count;
    }

    @Override
    Column finish() {
      return col;
    }
  }

  /** Timestamps of any unit, with or without zone, as epoch milliseconds. */
  static final class Timestamps extends ArrowSink {
    private final LongColumn col = (LongColumn) Column.create(ColumnType.DATETIME, 0);
    private final long multiply;
    private final long divide;

    Timestamps(String name, long multiply, long divide) {
      super(name);
      this.multiply = multiply;
      this.divide = divide;
    }

    @Override
    void append(FieldVector v, int count, ValueVector dictionary) {
      col.ensureCapacity(rows + count);
      long data = ((BaseFixedWidthVector) v).getDataBuffer().memoryAddress();
      long validity = validityAddress(v);
      for (int i = 0; i < count; i++) {
        if (validity == 0 || valid(validity, i)) {
          long x = MemoryUtil.getLong(data + 8L * i);
          col.setLong(rows + i, divide == 1 ? x * multiply : Math.floorDiv(x, divide));
        }
      }
      rows += count;
    }

    @Override
    Column finish() {
      return col;
    }
  }

  /** utf8, large utf8, binary (read as UTF-8), and any of these dictionary-encoded. */
  static final class Strings extends ArrowSink {
    private final StringColumn col = (StringColumn) Column.create(ColumnType.STRING, 0);
    private final Utf8Interner interner = new Utf8Interner(col.dictionary());

    Strings(String name) {
      super(name);
    }

    @Override
    void append(FieldVector v, int count, ValueVector dictionary) {
      col.ensureCapacity(rows + count);
      long validity = validityAddress(v);
      if (dictionary != null) {
        int[] remap = codes(dictionary);
        BaseFixedWidthVector idx = (BaseFixedWidthVector) v;
        int width = idx.getTypeWidth();
        long data = idx.getDataBuffer().memoryAddress();
        for (int i = 0; i < count; i++) {
          if (validity == 0 || valid(validity, i)) {
            long k = width == 1 ? MemoryUtil.getByte(data + i) : width == 2 ? MemoryUtil.getShort(data + 2L * i)
                : width == 4 ? MemoryUtil.getInt(data + 4L * i) : MemoryUtil.getLong(data + 8L * i);
            col.setCode(rows + i, remap[(int) k]);
          }
        }
      } else {
        appendValues(v, count, validity);
      }
      rows += count;
    }

    private void appendValues(FieldVector v, int count, long validity) {
      boolean large = v instanceof BaseLargeVariableWidthVector;
      long offsets = v.getOffsetBuffer().memoryAddress();
      long data = v.getDataBuffer().memoryAddress();
      long limit = v.getDataBuffer().capacity();
      for (int i = 0; i < count; i++) {
        if (validity == 0 || valid(validity, i)) {
          long start = large ? MemoryUtil.getLong(offsets + 8L * i) : MemoryUtil.getInt(offsets + 4L * i);
          long end = large ? MemoryUtil.getLong(offsets + 8L * i + 8) : MemoryUtil.getInt(offsets + 4L * i + 4);
          checkRange(start, end, limit, i);
          col.setCode(rows + i, interner.code(data + start, (int) (end - start)));
        }
      }
    }

    /** Refuses a forged offset before it is used to read native memory. */
    private void checkRange(long start, long end, long limit, int i) {
      if (start < 0 || end < start || end > limit || end - start > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("column '" + name + "', value " + i + " has offsets " + start + ".." + end
            + " outside its " + limit + "-byte data buffer");
      }
    }

    private int[] codes(ValueVector dictionary) {
      int n = dictionary.getValueCount();
      int[] remap = new int[n];
      for (int i = 0; i < n; i++) {
        remap[i] = dictionary.isNull(i) ? 0 : code((FieldVector) dictionary, i);
      }
      return remap;
    }

    private int code(FieldVector v, int i) {
      long start;
      long end;
      if (v instanceof BaseLargeVariableWidthVector) {
        long offsets = v.getOffsetBuffer().memoryAddress();
        start = MemoryUtil.getLong(offsets + 8L * i);
        end = MemoryUtil.getLong(offsets + 8L * (i + 1));
      } else {
        long offsets = ((BaseVariableWidthVector) v).getOffsetBuffer().memoryAddress();
        start = MemoryUtil.getInt(offsets + 4L * i);
        end = MemoryUtil.getInt(offsets + 4L * (i + 1));
      }
      ArrowBuf data = v.getDataBuffer();
      checkRange(start, end, data.capacity(), i);
      return interner.code(data.memoryAddress() + start, (int) (end - start));
    }

    @Override
    Column finish() {
      return col;
    }
  }

  /** A column of Arrow's null type: a string column with every row null, as Perspective makes it. */
  static final class Nulls extends ArrowSink {
    Nulls(String name) {
      super(name);
    }

    @Override
    void append(FieldVector v, int count, ValueVector dictionary) {
      rows += count;
    }

    @Override
    Column finish() {
      return Column.create(ColumnType.STRING, rows);
    }
  }
}
