package dev.parallax.engine.column;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bulk copies agree with copying row by row, for every type, nulls and bit offsets included. */
class TestColumnCopies {
  private static final int N = 200;

  private static Column filled(ColumnType type) {
    Column c = Column.create(type, N);
    for (int r = 0; r < N; r++) {
      if (r % 7 == 3) {
        c.setNull(r);
        continue;
      }
      switch (type) {
        case INTEGER: case DATE: ((IntColumn) c).setInt(r, r * 3 - 50); break;
        case DATETIME: ((LongColumn) c).setLong(r, r * 1_000_000_007L); break;
        case FLOAT: ((DoubleColumn) c).setDouble(r, r / 3.0); break;
        case BOOLEAN: ((BoolColumn) c).setBoolean(r, r % 3 == 0); break;
        case STRING: ((StringColumn) c).setString(r, "s" + (r % 11)); break;
        default: throw new AssertionError(type);
      }
    }
    return c;
  }

  private static Column empty(Column like, int capacity) {
    return like instanceof StringColumn
        ? StringColumn.sharing(((StringColumn) like).dictionary(), capacity)
        : Column.create(like.type(), capacity);
  }

  private static List<Object> values(Column c, int from, int count) {
    List<Object> out = new ArrayList<>();
    for (int r = from; r < from + count; r++) {
      out.add(c.get(r));
    }
    return out;
  }

  @Test
  void copyRangeAtUnalignedOffsetsCopiesValuesAndNulls() {
    for (ColumnType type : ColumnType.values()) {
      Column src = filled(type);
      Column dst = empty(src, N + 64);
      dst.copyRange(src, 5, 37, 150);
      assertEquals(values(src, 5, 150), values(dst, 37, 150), type.label());
    }
  }

  @Test
  void copyRangeOnWordBoundariesCopiesWholeWords() {
    for (ColumnType type : ColumnType.values()) {
      Column src = filled(type);
      Column dst = empty(src, N);
      dst.copyRange(src, 64, 0, 130);
      assertEquals(values(src, 64, 130), values(dst, 0, 130), type.label());
    }
  }

  @Test
  void gatherPicksTheListedRowsInOrder() {
    int[] ids = {199, 3, 0, 64, 63, 10, 3};
    for (ColumnType type : ColumnType.values()) {
      Column src = filled(type);
      Column dst = empty(src, ids.length);
      dst.gather(src, ids, ids.length);
      for (int i = 0; i < ids.length; i++) {
        assertEquals(src.get(ids[i]), dst.get(i), type.label() + " row " + i);
      }
    }
  }

  @Test
  void clearRangeNullsExactlyThoseRows() {
    for (ColumnType type : ColumnType.values()) {
      Column c = filled(type);
      List<Object> before = values(c, 0, N);
      c.clearRange(60, 70);
      for (int r = 0; r < N; r++) {
        assertEquals(r >= 60 && r < 130 ? null : before.get(r), c.get(r), type.label() + " row " + r);
      }
    }
  }

  @Test
  void stringCopiesBetweenDictionariesAreRefused() {
    Column a = filled(ColumnType.STRING);
    Column b = Column.create(ColumnType.STRING, N);
    assertThrows(IllegalArgumentException.class, () -> b.gather(a, new int[] {1}, 1));
  }

  @Test
  void remappedRangeCopyTranslatesCodesBetweenDictionaries() {
    StringColumn src = (StringColumn) filled(ColumnType.STRING);
    StringColumn dst = (StringColumn) Column.create(ColumnType.STRING, N);
    dst.setString(0, "zzz");
    dst.copyRangeRemapped(src, 0, 1, 100, dst.remapFrom(src.dictionary()));
    assertEquals(values(src, 0, 100), values(dst, 1, 100));
    assertEquals("zzz", dst.get(0));
  }
}
