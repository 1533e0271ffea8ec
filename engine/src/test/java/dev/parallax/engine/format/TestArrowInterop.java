package dev.parallax.engine.format;

import static dev.parallax.engine.format.Batches.list;
import static dev.parallax.engine.format.Batches.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arrow written by JavaScript (Perspective itself and apache-arrow) reads as Perspective reads it. */
class TestArrowInterop {

  private static ColumnBatch read(String resource) {
    try (InputStream in = TestArrowInterop.class.getResourceAsStream(resource)) {
      return TableReader.read(Format.ARROW, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void perspectivesOwnArrowOutputReadsBackWithTheSameTypesAndValues() {
    ColumnBatch b = read("perspective-view.arrow");
    assertEquals(List.of(ColumnType.INTEGER, ColumnType.FLOAT, ColumnType.STRING, ColumnType.BOOLEAN,
        ColumnType.DATE, ColumnType.DATETIME), List.of(b.column(0).type(), b.column(1).type(), b.column(2).type(),
        b.column(3).type(), b.column(4).type(), b.column(5).type()));
    assertEquals(list(1, null, -7), values(b, "i"));
    assertEquals(list(1.5, null, -0.25), values(b, "f"));
    assertEquals(list("x", null, "x"), values(b, "s"));
    assertEquals(list(true, null, false), values(b, "b"));
    assertEquals(list(19753, null, -1), values(b, "d"));
    assertEquals(list(1706696430123L, null, -1L), values(b, "t"));
  }

  @Test
  void apacheArrowJsWideTypesReadAsPerspectiveShowsThem() {
    ColumnBatch b = read("js-types.arrow");
    assertEquals(list(1, null, -2), values(b, "i64"));
    assertEquals(list(4294967295L, 0L, null), values(b, "u32"));
    assertEquals(list(1, 2, null), values(b, "u64"));
    assertEquals(list(1706696430123L, null, 0L), values(b, "tus"));
    assertEquals(list(1, null, 0), values(b, "d64"));
    assertEquals(list("a", null, "a"), values(b, "dict8"));
    assertEquals(list("é", "", null), values(b, "lu"));
    assertEquals(list(0.5, null, -1.0), values(b, "f32"));
  }

  @Test
  void apacheArrowJsFileOfTwoBatchesConcatenates() {
    ColumnBatch b = read("js-two-batches.arrow");
    assertEquals(list(1, 2, 3), values(b, "n"));
    assertEquals(list("p", "q", null), values(b, "s"));
  }
}
