package dev.parallax.engine.format;

import static dev.parallax.engine.format.Batches.list;
import static dev.parallax.engine.format.Batches.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float2Vector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.LargeVarCharVector;
import org.apache.arrow.vector.NullVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeMilliVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.UInt1Vector;
import org.apache.arrow.vector.UInt2Vector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.Test;

/**
 * Arrow IPC in. The type each Arrow type maps to is what Perspective 5.5.1 gave
 * for a one-column table written by apache-arrow 21 in Node, except where a
 * test says otherwise.
 */
class TestArrowReader {

  private static Field field(String name, ArrowType type) {
    return new Field(name, FieldType.nullable(type), null);
  }

  private static ColumnBatch one(ArrowType type, int rows, Consumer<FieldVector> fill) {
    return TableReader.read(Format.ARROW, ArrowBytes.column(field("x", type), rows, fill), null);
  }

  private static void assertColumn(ColumnBatch b, ColumnType type, List<Object> expected) {
    assertEquals(type, b.column(0).type());
    assertEquals(expected, values(b, "x"));
  }

  @Test
  void smallIntegersAreIntegers() {
    assertColumn(one(new ArrowType.Int(8, true), 3, v -> {
      ((TinyIntVector) v).setSafe(0, 1);
      ((TinyIntVector) v).setSafe(1, -2);
      v.setValueCount(3);
    }), ColumnType.INTEGER, list(1, -2, null));
    assertColumn(one(new ArrowType.Int(16, true), 2, v -> {
      ((SmallIntVector) v).setSafe(0, -300);
      v.setValueCount(2);
    }), ColumnType.INTEGER, list(-300, null));
    assertColumn(one(new ArrowType.Int(32, true), 2, v -> {
      ((IntVector) v).setSafe(1, Integer.MIN_VALUE);
      v.setValueCount(2);
    }), ColumnType.INTEGER, list(null, Integer.MIN_VALUE));
  }

  @Test
  void unsignedSmallIntegersKeepTheirFullRange() {
    assertColumn(one(new ArrowType.Int(8, false), 1, v -> {
      ((UInt1Vector) v).setSafe(0, 255);
      v.setValueCount(1);
    }), ColumnType.INTEGER, list(255));
    assertColumn(one(new ArrowType.Int(16, false), 1, v -> {
      ((UInt2Vector) v).setSafe(0, 65535);
      v.setValueCount(1);
    }), ColumnType.INTEGER, list(65535));
  }

  @Test
  void int64ThatFits32BitsIsInteger() {
    assertColumn(one(new ArrowType.Int(64, true), 3, v -> {
      ((BigIntVector) v).setSafe(0, 1);
      ((BigIntVector) v).setSafe(1, -2);
      v.setValueCount(3);
    }), ColumnType.INTEGER, list(1, -2, null));
  }

  @Test
  void int64BeyondThirtyTwoBitsStaysAnExactInteger() {
    assertColumn(one(new ArrowType.Int(64, true), 3, v -> {
      ((BigIntVector) v).setSafe(0, 9_007_199_254_740_993L);
      ((BigIntVector) v).setSafe(2, Long.MIN_VALUE);
      v.setValueCount(3);
    }), ColumnType.INTEGER, list(9_007_199_254_740_993L, null, Long.MIN_VALUE));
  }

  @Test
  void int64ThatFitsThirtyTwoBitsIsHeldInThirtyTwo() {
    ColumnBatch b = one(new ArrowType.Int(64, true), 1, v -> {
      ((BigIntVector) v).setSafe(0, 7L);
      v.setValueCount(1);
    });
    assertFalse(((IntColumn) b.column(0)).isWide());
    assertEquals(IntegerWidth.INT64, ((IntColumn) b.column(0)).width());
  }

  @Test
  void uint32BeyondThirtyTwoSignedBitsStaysAnInteger() {
    ColumnBatch b = one(new ArrowType.Int(32, false), 2, v -> {
      ((UInt4Vector) v).setSafe(0, -1); // 4294967295
      ((UInt4Vector) v).setSafe(1, 1);
      v.setValueCount(2);
    });
    assertColumn(b, ColumnType.INTEGER, list(4294967295L, 1L));
    assertEquals(IntegerWidth.UINT32, ((IntColumn) b.column(0)).width());
  }

  @Test
  void uint64WithinSixtyThreeBitsIsAnInteger() {
    ColumnBatch b = one(new ArrowType.Int(64, false), 1, v -> {
      ((UInt8Vector) v).setSafe(0, Long.MAX_VALUE);
      v.setValueCount(1);
    });
    assertColumn(b, ColumnType.INTEGER, list(Long.MAX_VALUE));
    assertEquals(IntegerWidth.UINT64, ((IntColumn) b.column(0)).width());
  }

  @Test
  void uint64BeyondSixtyThreeBitsIsFloat() {
    // Perspective keeps it as an unsigned 64-bit integer; ours are signed.
    assertColumn(one(new ArrowType.Int(64, false), 1, v -> {
      ((UInt8Vector) v).setSafe(0, -1L); // 2^64 - 1
      v.setValueCount(1);
    }), ColumnType.FLOAT, list(18446744073709551615.0));
  }

  @Test
  void floatsOfEveryWidthAndDecimalsAreFloat() {
    assertColumn(one(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE), 2, v -> {
      ((Float8Vector) v).setSafe(0, 1.5);
      v.setValueCount(2);
    }), ColumnType.FLOAT, list(1.5, null));
    assertColumn(one(new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE), 1, v -> {
      ((Float4Vector) v).setSafe(0, 1.5f);
      v.setValueCount(1);
    }), ColumnType.FLOAT, list(1.5));
    // Perspective 5.5.1 refuses float16; we read it.
    assertColumn(one(new ArrowType.FloatingPoint(FloatingPointPrecision.HALF), 1, v -> {
      ((Float2Vector) v).setSafeWithPossibleTruncate(0, 1.5f);
      v.setValueCount(1);
    }), ColumnType.FLOAT, list(1.5));
    assertColumn(one(new ArrowType.Decimal(10, 2, 128), 2, v -> {
      ((DecimalVector) v).setSafe(0, new BigDecimal("123.45"));
      v.setValueCount(2);
    }), ColumnType.FLOAT, list(123.45, null));
  }

  @Test
  void booleansAreBoolean() {
    assertColumn(one(ArrowType.Bool.INSTANCE, 3, v -> {
      ((BitVector) v).setSafe(0, 1);
      ((BitVector) v).setSafe(1, 0);
      v.setValueCount(3);
    }), ColumnType.BOOLEAN, list(true, false, null));
  }

  @Test
  void utf8LargeUtf8AndBinaryAreStrings() {
    assertColumn(one(ArrowType.Utf8.INSTANCE, 3, v -> {
      ((VarCharVector) v).setSafe(0, "a".getBytes(StandardCharsets.UTF_8));
      ((VarCharVector) v).setSafe(2, "é".getBytes(StandardCharsets.UTF_8));
      v.setValueCount(3);
    }), ColumnType.STRING, list("a", null, "é"));
    assertColumn(one(ArrowType.LargeUtf8.INSTANCE, 2, v -> {
      ((LargeVarCharVector) v).setSafe(1, "b".getBytes(StandardCharsets.UTF_8));
      v.setValueCount(2);
    }), ColumnType.STRING, list(null, "b"));
    assertColumn(one(ArrowType.Binary.INSTANCE, 1, v -> {
      ((VarBinaryVector) v).setSafe(0, "AB".getBytes(StandardCharsets.UTF_8));
      v.setValueCount(1);
    }), ColumnType.STRING, list("AB"));
  }

  @Test
  void repeatedStringsShareOneDictionaryEntry() {
    ColumnBatch b = one(ArrowType.Utf8.INSTANCE, 1000, v -> {
      for (int i = 0; i < 1000; i++) {
        ((VarCharVector) v).setSafe(i, ("k" + i % 3).getBytes(StandardCharsets.UTF_8));
      }
      v.setValueCount(1000);
    });
    assertEquals(3, ((dev.parallax.engine.column.StringColumn) b.column(0)).dictionary().size());
    assertEquals("k2", b.column(0).get(998));
  }

  @Test
  void dictionaryEncodedStringsAreStrings() {
    try (BufferAllocator allocator = new RootAllocator();
        VarCharVector dict = new VarCharVector("dict", allocator)) {
      dict.allocateNew();
      dict.setSafe(0, "red".getBytes(StandardCharsets.UTF_8));
      dict.setSafe(1, "blue".getBytes(StandardCharsets.UTF_8));
      dict.setValueCount(2);
      DictionaryEncoding enc = new DictionaryEncoding(7L, false, new ArrowType.Int(32, true));
      DictionaryProvider.MapDictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider();
      provider.put(new Dictionary(dict, enc));
      Field f = new Field("x", new FieldType(true, new ArrowType.Int(32, true), enc), null);
      byte[] bytes = ArrowBytes.write(List.of(f), false, 2, provider, (root, batch) -> {
        IntVector idx = (IntVector) root.getVector(0);
        idx.setSafe(0, 1);
        idx.setSafe(2, batch);
        idx.setValueCount(3);
        root.setRowCount(3);
      });
      assertColumn(TableReader.read(Format.ARROW, bytes, null), ColumnType.STRING,
          list("blue", null, "red", "blue", null, "blue"));
    }
  }

  @Test
  void date32AndDate64AreDates() {
    assertColumn(one(new ArrowType.Date(DateUnit.DAY), 2, v -> {
      ((DateDayVector) v).setSafe(0, 19723);
      v.setValueCount(2);
    }), ColumnType.DATE, list(19723, null));
    assertColumn(one(new ArrowType.Date(DateUnit.MILLISECOND), 2, v -> {
      ((DateMilliVector) v).setSafe(0, 2 * 86_400_000L);
      v.setValueCount(2);
    }), ColumnType.DATE, list(2, null));
  }

  @Test
  void timestampsOfEveryUnitAreDatetimeMilliseconds() {
    long ms = 1704067200123L;
    assertEquals(list(ms / 1000 * 1000, null), timestamp(TimeUnit.SECOND, null, ms / 1000));
    assertEquals(list(ms, null), timestamp(TimeUnit.MILLISECOND, null, ms));
    assertEquals(list(ms, null), timestamp(TimeUnit.MICROSECOND, null, ms * 1000 + 456));
    assertEquals(list(ms, null), timestamp(TimeUnit.NANOSECOND, null, ms * 1_000_000 + 456_789));
    assertEquals(list(ms, null), timestamp(TimeUnit.MILLISECOND, "America/New_York", ms));
    assertEquals(list(ms, null), timestamp(TimeUnit.NANOSECOND, "UTC", ms * 1_000_000));
  }

  @Test
  void timestampsBeforeTheEpochTruncateTowardsThePast() {
    assertEquals(list(-1L, null), timestamp(TimeUnit.MICROSECOND, null, -1));
  }

  private static List<Object> timestamp(TimeUnit unit, String zone, long raw) {
    ColumnBatch b = one(new ArrowType.Timestamp(unit, zone), 2, v -> {
      ((TimeStampVector) v).setSafe(0, raw);
      v.setValueCount(2);
    });
    assertEquals(ColumnType.DATETIME, b.column(0).type());
    return values(b, "x");
  }

  @Test
  void time32IsIntegerAsInPerspective() {
    assertColumn(one(new ArrowType.Time(TimeUnit.MILLISECOND, 32), 1, v -> {
      ((TimeMilliVector) v).setSafe(0, 1000);
      v.setValueCount(1);
    }), ColumnType.INTEGER, list(1000));
  }

  @Test
  void nullTypeIsAStringColumnOfNulls() {
    assertColumn(one(ArrowType.Null.INSTANCE, 2, v -> ((NullVector) v).setValueCount(2)),
        ColumnType.STRING, list(null, null));
  }

  @Test
  void recordBatchesConcatenateInStreamsAndFiles() {
    for (boolean file : new boolean[] {false, true}) {
      byte[] bytes = ArrowBytes.write(List.of(field("n", new ArrowType.Int(32, true)),
          field("s", ArrowType.Utf8.INSTANCE)), file, 3, null, (root, batch) -> {
            for (int i = 0; i < 2; i++) {
              ((IntVector) root.getVector(0)).setSafe(i, batch * 10 + i);
              ((VarCharVector) root.getVector(1)).setSafe(i, ("b" + batch).getBytes(StandardCharsets.UTF_8));
            }
            root.setRowCount(2);
          });
      if (file) {
        assertEquals("ARROW1", new String(Arrays.copyOf(bytes, 6), StandardCharsets.US_ASCII));
      }
      ColumnBatch b = TableReader.read(Format.ARROW, bytes, null);
      assertEquals(list(0, 1, 10, 11, 20, 21), values(b, "n"));
      assertEquals(list("b0", "b0", "b1", "b1", "b2", "b2"), values(b, "s"));
    }
  }

  private static byte[] people() {
    return ArrowBytes.write(List.of(field("id", new ArrowType.Int(32, true)),
        field("name", ArrowType.Utf8.INSTANCE), field("score", new ArrowType.FloatingPoint(
            FloatingPointPrecision.DOUBLE))), false, 1, null, (root, batch) -> {
              ((IntVector) root.getVector(0)).setSafe(0, 1);
              ((IntVector) root.getVector(0)).setSafe(1, 2);
              ((VarCharVector) root.getVector(1)).setSafe(0, "ann".getBytes(StandardCharsets.UTF_8));
              ((VarCharVector) root.getVector(1)).setSafe(1, "bob".getBytes(StandardCharsets.UTF_8));
              ((Float8Vector) root.getVector(2)).setSafe(0, 2.5);
              ((Float8Vector) root.getVector(2)).setSafe(1, 3);
              root.setRowCount(2);
            });
  }

  @Test
  void roundTripIntoATable() {
    Table t = Table.create(TableReader.read(Format.ARROW, people(), null), TableOptions.indexed("id"));
    assertEquals(list("ann", "bob"), values(t, "name"));
    assertEquals(list(2.5, 3.0), values(t, "score"));
  }

  @Test
  void integerDataFillsAFloatColumnOnUpdate() {
    Table t = Table.create(TableReader.read(Format.ARROW, people(), null), TableOptions.indexed("id"));
    byte[] u = ArrowBytes.write(List.of(field("id", new ArrowType.Int(64, true)),
        field("score", new ArrowType.Int(32, true))), false, 1, null, (root, batch) -> {
          ((BigIntVector) root.getVector(0)).setSafe(0, 2);
          ((IntVector) root.getVector(1)).setSafe(0, 9);
          root.setRowCount(1);
        });
    t.update(TableReader.read(Format.ARROW, u, t.schema()));
    assertEquals(list(2.5, 9.0), values(t, "score"));
  }

  @Test
  void int64BeyondThirtyTwoBitsFillsAnIntegerColumnExactly() {
    Table t = Table.create(TableReader.read(Format.ARROW, people(), null), new TableOptions());
    byte[] u = ArrowBytes.column(field("id", new ArrowType.Int(64, true)), 1, v -> {
      ((BigIntVector) v).setSafe(0, 5_000_000_001L);
      v.setValueCount(1);
    });
    t.update(TableReader.read(Format.ARROW, u, t.schema()));
    assertEquals(list(1L, 2L, 5_000_000_001L), values(t, "id"));
  }

  @Test
  void floatDataFillsAnIntegerColumnTruncatedAsInPerspective() {
    Table t = Table.create(TableReader.read(Format.ARROW, people(), null), new TableOptions());
    byte[] u = ArrowBytes.column(field("id", new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)), 2, v -> {
      ((Float8Vector) v).setSafe(0, 1.7);
      ((Float8Vector) v).setSafe(1, -2.5);
      v.setValueCount(2);
    });
    t.update(TableReader.read(Format.ARROW, u, t.schema()));
    assertEquals(list(1, 2, 1, -2), values(t, "id"));
  }

  // ---- bad input: each refused with a ParallaxException, and the table is left as it was

  private static void assertRefusedAndUnchanged(byte[] payload, String messagePart) {
    Table t = Table.create(TableReader.read(Format.ARROW, people(), null), TableOptions.indexed("id"));
    ParallaxException e = assertThrows(ParallaxException.class,
        () -> t.update(TableReader.read(Format.ARROW, payload, t.schema())));
    assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    assertEquals(list("ann", "bob"), values(t, "name"));
    assertEquals(list(2.5, 3.0), values(t, "score"));
  }

  @Test
  void truncatedStreamIsRefused() {
    byte[] good = people();
    assertRefusedAndUnchanged(Arrays.copyOf(good, good.length / 2), "Malformed Arrow");
  }

  @Test
  void garbledBytesAreRefused() {
    assertRefusedAndUnchanged("this is not arrow at all".getBytes(StandardCharsets.UTF_8), "Malformed Arrow");
  }

  @Test
  void fileWithMagicButGarbledBodyIsRefused() {
    assertRefusedAndUnchanged("ARROW1\0\0garbage-garbage-garbage".getBytes(StandardCharsets.US_ASCII),
        "Malformed Arrow");
  }

  @Test
  void emptyPayloadIsRefused() {
    assertRefusedAndUnchanged(new byte[0], "Empty ARROW payload");
  }

  @Test
  void unknownColumnIsRefusedNamingIt() {
    byte[] u = ArrowBytes.column(field("color", ArrowType.Utf8.INSTANCE), 1, v -> {
      ((VarCharVector) v).setSafe(0, "red".getBytes(StandardCharsets.UTF_8));
      v.setValueCount(1);
    });
    assertRefusedAndUnchanged(u, "Unknown column 'color'");
  }

  @Test
  void stringsIntoAFloatColumnAreRefused() {
    byte[] u = ArrowBytes.column(field("score", ArrowType.Utf8.INSTANCE), 1, v -> {
      ((VarCharVector) v).setSafe(0, "abc".getBytes(StandardCharsets.UTF_8));
      v.setValueCount(1);
    });
    assertRefusedAndUnchanged(u, "Column 'score' is float in the table but the Arrow data holds string");
  }

  @Test
  void floatBeyondSixtyFourBitsIntoAnIntegerColumnIsRefused() {
    byte[] u = ArrowBytes.column(field("id", new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)), 1, v -> {
      ((Float8Vector) v).setSafe(0, 1e19);
      v.setValueCount(1);
    });
    assertRefusedAndUnchanged(u, "Column 'id', row 0: cannot read '1.0E19' as integer");
  }

  @Test
  void forgedStringOffsetsAreRefusedNotReadOutOfBounds() {
    byte[] u = ArrowBytes.column(field("name", ArrowType.Utf8.INSTANCE), 2, v -> {
      VarCharVector s = (VarCharVector) v;
      s.setSafe(0, "a".getBytes(StandardCharsets.UTF_8));
      s.setSafe(1, "b".getBytes(StandardCharsets.UTF_8));
      s.setValueCount(2);
      s.getOffsetBuffer().setInt(4, 1_000_000); // row 0 would end a megabyte past its data
    });
    assertRefusedAndUnchanged(u, "Malformed Arrow");
  }

  @Test
  void dictionaryIndexOutOfRangeIsRefused() {
    try (BufferAllocator allocator = new RootAllocator();
        VarCharVector dict = new VarCharVector("dict", allocator)) {
      dict.allocateNew();
      dict.setSafe(0, "red".getBytes(StandardCharsets.UTF_8));
      dict.setValueCount(1);
      DictionaryEncoding enc = new DictionaryEncoding(3L, false, new ArrowType.Int(32, true));
      DictionaryProvider.MapDictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider();
      provider.put(new Dictionary(dict, enc));
      Field f = new Field("name", new FieldType(true, new ArrowType.Int(32, true), enc), null);
      byte[] bytes = ArrowBytes.write(List.of(f), false, 1, provider, (root, batch) -> {
        ((IntVector) root.getVector(0)).setSafe(0, 5);
        root.setRowCount(1);
      });
      assertRefusedAndUnchanged(bytes, "Malformed Arrow");
    }
  }

  @Test
  void structColumnsAreRefused() {
    Field struct = new Field("x", FieldType.nullable(ArrowType.Struct.INSTANCE),
        List.of(field("a", new ArrowType.Int(32, true))));
    byte[] bytes = ArrowBytes.column(struct, 0, v -> v.setValueCount(0));
    ParallaxException e = assertThrows(ParallaxException.class,
        () -> TableReader.read(Format.ARROW, bytes, null));
    assertTrue(e.getMessage().contains("Arrow column 'x' has type Struct"), e.getMessage());
  }

  @Test
  void listColumnsAreRefused() {
    Field listField = new Field("x", FieldType.nullable(ArrowType.List.INSTANCE),
        List.of(field("item", new ArrowType.Int(32, true))));
    byte[] bytes = ArrowBytes.column(listField, 0, v -> v.setValueCount(0));
    assertThrows(ParallaxException.class, () -> TableReader.read(Format.ARROW, bytes, null));
  }
}
