package dev.parallax.engine.output;

import static dev.parallax.engine.column.ColumnType.BOOLEAN;
import static dev.parallax.engine.column.ColumnType.DATE;
import static dev.parallax.engine.column.ColumnType.DATETIME;
import static dev.parallax.engine.column.ColumnType.FLOAT;
import static dev.parallax.engine.column.ColumnType.INTEGER;
import static dev.parallax.engine.column.ColumnType.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.format.Format;
import dev.parallax.engine.format.TableReader;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import dev.parallax.engine.view.View;
import dev.parallax.engine.view.ViewConfig;
import dev.parallax.engine.view.WindowColumn;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryEncoder;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.Test;

class TestArrowOutput {
  private static List<String> read(byte[] bytes, List<List<Object>> rows) throws Exception {
    List<String> types = new ArrayList<>();
    try (BufferAllocator alloc = new RootAllocator();
        ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(bytes), alloc)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      assertTrue(reader.loadNextBatch());
      for (Field f : root.getSchema().getFields()) {
        types.add(f.getDictionary() != null
            ? "Dictionary<" + f.getDictionary().getIndexType() + ", "
                + reader.getDictionaryVectors().get(f.getDictionary().getId()).getVector().getField().getType() + ">"
            : f.getType().toString());
      }
      for (int r = 0; r < root.getRowCount(); r++) {
        List<Object> row = new ArrayList<>();
        for (FieldVector v : root.getFieldVectors()) {
          Field f = v.getField();
          if (f.getDictionary() != null) {
            try (ValueVector decoded = DictionaryEncoder.decode(v,
                reader.getDictionaryVectors().get(f.getDictionary().getId()))) {
              Object o = decoded.getObject(r);
              row.add(o == null ? null : o.toString());
            }
          } else {
            row.add(v.getObject(r));
          }
        }
        rows.add(row);
      }
    }
    return types;
  }

  @Test
  void columnsTakePerspectivesArrowTypes() throws Exception {
    ArrayWindow w = new ArrayWindow(2)
        .column("i", INTEGER, 3, null)
        .column("f", FLOAT, 1.5, null)
        .column("s", STRING, "a", null)
        .column("b", BOOLEAN, true, null)
        .column("d", DATE, 19737, null)
        .column("dt", DATETIME, 1705312800000L, null)
        .wide("sum", IntegerWidth.INT64, 5L, null)
        .wide("distinct", IntegerWidth.UINT32, 2L, null);
    List<List<Object>> rows = new ArrayList<>();
    List<String> types = read(ViewOutput.toArrow(w), rows);
    assertEquals(List.of("Int(32, true)", "FloatingPoint(DOUBLE)", "Dictionary<Int(32, true), Utf8>", "Bool",
        "Date(DAY)", "Timestamp(MILLISECOND, null)", "Int(64, true)", "Int(32, false)"), types);
    assertEquals(3, rows.get(0).get(0));
    assertEquals(1.5, rows.get(0).get(1));
    assertEquals("a", rows.get(0).get(2));
    assertEquals(true, rows.get(0).get(3));
    assertEquals(5L, rows.get(0).get(6));
    for (Object o : rows.get(1)) {
      assertEquals(null, o);
    }
  }

  @Test
  void sixtyFourBitIntegersKeepEveryBit() throws Exception {
    ArrayWindow w = new ArrayWindow(2).wide("n", IntegerWidth.INT64, 9007199254740993L, Long.MIN_VALUE);
    List<List<Object>> rows = new ArrayList<>();
    assertEquals(List.of("Int(64, true)"), read(ViewOutput.toArrow(w), rows));
    assertEquals(List.of(List.of(9007199254740993L), List.of(Long.MIN_VALUE)), rows);
  }

  @Test
  void unsignedSixtyFourBitIntegersAreUint64() throws Exception {
    ArrayWindow w = new ArrayWindow(2).wide("u", IntegerWidth.UINT64, Long.MAX_VALUE, null);
    List<List<Object>> rows = new ArrayList<>();
    assertEquals(List.of("Int(64, false)"), read(ViewOutput.toArrow(w), rows));
    assertEquals(Long.MAX_VALUE, rows.get(0).get(0));
    assertEquals(null, rows.get(1).get(0));
  }

  @Test
  void unsignedThirtyTwoBitIntegersPast2To31KeepTheirBits() throws Exception {
    ArrayWindow w = new ArrayWindow(1).wide("u", IntegerWidth.UINT32, 4294967295L);
    List<List<Object>> rows = new ArrayList<>();
    assertEquals(List.of("Int(32, false)"), read(ViewOutput.toArrow(w), rows));
    assertEquals(-1, rows.get(0).get(0)); // UInt4Vector.getObject reads the bits signed
  }

  @Test
  void pivotRowPathLeadsAsGroupColumnsNullAboveTheirLevel() throws Exception {
    ArrayWindow w = new ArrayWindow(2)
        .path("g", STRING, null, "a")
        .depths(0, 1)
        .wide("x", IntegerWidth.INT64, 6L, 5L);
    List<List<Object>> rows = new ArrayList<>();
    List<String> types = read(ViewOutput.toArrow(w), rows);
    assertEquals(2, types.size());
    assertEquals(java.util.Arrays.asList(null, 6L), rows.get(0));
    assertEquals(List.of("a", 5L), rows.get(1));
  }

  @Test
  void emptyWindowIsAValidStreamWithASchema() throws Exception {
    ArrayWindow w = new ArrayWindow(0).column("i", INTEGER);
    List<List<Object>> rows = new ArrayList<>();
    assertEquals(List.of("Int(32, true)"), read(ViewOutput.toArrow(w), rows));
    assertTrue(rows.isEmpty());
  }

  @Test
  void stringsOfATableColumnAreNumberedInOrderOfAppearanceKeepingOnlyThoseShown() throws Exception {
    Table t = Table.create(TableReader.read(Format.JSON_ROWS,
        "[{\"s\":\"pear\"},{\"s\":\"fig\"},{\"s\":null},{\"s\":\"fig\"},{\"s\":\"kiwi\"}]", null),
        new TableOptions());
    View view = View.create(t, ViewConfig.defaults());
    List<List<Object>> rows = new ArrayList<>();
    assertEquals(List.of("Dictionary<Int(32, true), Utf8>"), read(ViewOutput.toArrow(view.window(1, 4, 0, 1)), rows));
    assertEquals(Arrays.asList(Arrays.asList("fig"), Arrays.asList((Object) null), Arrays.asList("fig")), rows);
    try (BufferAllocator alloc = new RootAllocator();
        ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(ViewOutput.toArrow(
            view.window(1, 4, 0, 1))), alloc)) {
      assertTrue(reader.loadNextBatch());
      assertEquals(1, reader.getDictionaryVectors().values().iterator().next().getVector().getValueCount(),
          "only the strings the window shows");
    }
  }
}
