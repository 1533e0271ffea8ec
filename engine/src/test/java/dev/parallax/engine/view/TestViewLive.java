package dev.parallax.engine.view;

import static dev.parallax.engine.view.TestData.batch;
import static dev.parallax.engine.view.TestData.column;
import static dev.parallax.engine.view.TestData.index;
import static dev.parallax.engine.view.TestData.keys;
import static dev.parallax.engine.view.TestData.partial;
import static dev.parallax.engine.view.TestData.row;
import static dev.parallax.engine.view.TestData.rows;
import static dev.parallax.engine.view.TestData.schema;
import static dev.parallax.engine.view.TestData.table;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.column.Schema;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Live views against views made afresh after the same updates, and the rows each
 * update reports. The reported rows were checked against Perspective 5.5.1's
 * {@code on_update(cb, {mode: "row"})} for the same sequence.
 */
class TestViewLive {
  private static final Schema KXY = schema("k", "string", "x", "integer", "y", "float");
  private static final String[] CONFIGS = {
      "{}",
      "{'sort':[['x','asc']]}",
      "{'columns':['y','x'],'filter':[['x','>',3]],'sort':[['y','desc'],['x','asc']]}",
      "{'filter_op':'or','filter':[['x','<',2],['k','contains','a']],'sort':[['y','desc abs']]}",
      "{'filter':[['y','is not null',null]],'sort':[['k','desc']]}",
  };

  private static Table indexed() {
    return table(KXY, TableOptions.indexed("k"), row("c", 1, 1.0), row("a", 2, 2.0), row("b", 3, 3.0),
        row("d", 4, 4.0));
  }

  private static void agreesWithFreshViews(Table table, Consumer<Table> change) {
    TestData.agreesWithFreshViews(table, CONFIGS, change);
  }

  @Test
  void appendAgrees() {
    agreesWithFreshViews(indexed(), t -> t.update(batch(KXY, row("e", 0, -9.0), row("aa", 5, null))));
  }

  @Test
  void upsertThatMovesARowAgrees() {
    agreesWithFreshViews(indexed(), t -> t.update(partial(KXY, new String[] {"k", "x"}, row("b", 0))));
  }

  @Test
  void updateToNullAgreesAndShowsTheNull() {
    // Perspective 5.5.1 live aggregates keep a value updated to null; this view must show the null.
    Table t = indexed();
    View v = TestData.view(t, "{'sort':[['x','asc']]}");
    agreesWithFreshViews(t, x -> x.update(partial(KXY, new String[] {"k", "x", "y"}, row("c", null, null))));
    assertEquals(Arrays.asList(null, 2, 3, 4), column(v, "x"));
    assertEquals(Arrays.asList(null, 2.0, 3.0, 4.0), column(v, "y"));
  }

  @Test
  void updateThatMovesTheIntegerColumnToSixtyFourBitsAgrees() {
    agreesWithFreshViews(indexed(), t -> t.update(partial(KXY, new String[] {"k", "x"},
        row("b", 5_000_000_000L), row("e", -6_000_000_000L))));
  }

  @Test
  void removeAgrees() {
    agreesWithFreshViews(indexed(), t -> t.remove(keys("a", "zz", "d"), 3));
  }

  @Test
  void clearAgrees() {
    agreesWithFreshViews(indexed(), Table::clear);
  }

  @Test
  void replaceAgrees() {
    agreesWithFreshViews(indexed(), t -> t.replace(batch(KXY, row("z", 100, 0.5), row("a", 1, -1.0))));
  }

  @Test
  void updateOfAnUnrelatedColumnAgrees() {
    agreesWithFreshViews(indexed(), t -> t.update(partial(KXY, new String[] {"k", "y"}, row("a", 9.0))));
  }

  @Test
  void unindexedAppendAgrees() {
    Table t = table(KXY, row("c", 1, 1.0), row("a", 2, 2.0), row("b", 5, null));
    agreesWithFreshViews(t, x -> x.update(batch(KXY, row("q", 4, 0.0), row("a", 4, 0.0))));
  }

  @Test
  void ringOverwritesAgree() {
    Table t = table(KXY, TableOptions.limited(4), row("c", 1, 1.0), row("a", 2, 2.0), row("b", 3, 3.0));
    agreesWithFreshViews(t, x -> x.update(batch(KXY, row("e", 9, 9.0), row("f", 0, -1.0))));
    agreesWithFreshViews(t, x -> x.update(batch(KXY, row("g", 3, 3.0))));
    agreesWithFreshViews(t, x -> x.update(batch(KXY, row("h", 1, 1.0), row("i", 8, 2.0), row("j", -1, 3.0),
        row("k", 5, -4.0), row("l", 2, 0.0), row("m", 7, null))));
  }

  @Test
  void randomUpdatesAgree() {
    Random random = new Random(7);
    Table t = indexed();
    for (int step = 0; step < 60; step++) {
      int kind = random.nextInt(10);
      if (kind < 6) {
        Object[][] rs = new Object[1 + random.nextInt(4)][];
        for (int i = 0; i < rs.length; i++) {
          rs[i] = row(String.valueOf((char) ('a' + random.nextInt(12))),
              random.nextInt(5) == 0 ? null : random.nextInt(8) - 2,
              random.nextInt(5) == 0 ? null : (double) random.nextInt(7) - 3);
        }
        agreesWithFreshViews(t, x -> x.update(batch(KXY, rs)));
      } else if (kind < 9) {
        String k = String.valueOf((char) ('a' + random.nextInt(12)));
        agreesWithFreshViews(t, x -> x.remove(keys(k), 1));
      } else {
        agreesWithFreshViews(t, Table::clear);
      }
    }
  }

  /** The rows reported by each update, and their view positions. */
  private static final class Recorder implements ViewUpdateListener {
    final List<List<List<Object>>> rows = new ArrayList<>();
    final List<int[]> positions = new ArrayList<>();

    @Override
    public void onUpdate(View view, ViewUpdate update) {
      rows.add(rows(update.rows()));
      positions.add(update.positions());
    }

    List<List<Object>> last() {
      return rows.get(rows.size() - 1);
    }
  }

  @Test
  void upsertThatMovesARowReportsItAtItsNewPosition() {
    Table t = indexed();
    View v = TestData.view(t, "{'sort':[['x','asc']],'columns':['x','y']}");
    Recorder r = new Recorder();
    v.onUpdate(r);
    t.update(partial(KXY, new String[] {"k", "x"}, row("b", 0)));
    assertEquals(List.of(List.of(0, 3.0)), r.last());
    assertArrayEquals(new int[] {0}, r.positions.get(0));
  }

  @Test
  void updateOfAnUnsortedColumnReportsTheRowInPlace() {
    Table t = indexed();
    View v = TestData.view(t, "{'sort':[['x','asc']],'columns':['x','y']}");
    Recorder r = new Recorder();
    v.onUpdate(r);
    t.update(partial(KXY, new String[] {"k", "y"}, row("a", 9.0)));
    assertEquals(List.of(List.of(2, 9.0)), r.last());
    assertArrayEquals(new int[] {1}, r.positions.get(0));
  }

  @Test
  void updateWithUnchangedValuesIsStillReported() {
    Table t = indexed();
    View v = TestData.view(t, "{'columns':['x']}");
    Recorder r = new Recorder();
    v.onUpdate(r);
    t.update(partial(KXY, new String[] {"k", "x"}, row("d", 4)));
    assertEquals(List.of(List.of(4)), r.last());
  }

  @Test
  void appendReportsTheNewRowsInViewOrder() {
    Table t = indexed();
    View v = TestData.view(t, "{'sort':[['x','desc']],'columns':['x']}");
    Recorder r = new Recorder();
    v.onUpdate(r);
    t.update(batch(KXY, row("e", 10, null), row("f", -5, null), row("g", 3, null)));
    assertEquals(List.of(List.of(10), List.of(3), List.of(-5)), r.last());
    assertArrayEquals(new int[] {0, 3, 6}, r.positions.get(0));
  }

  @Test
  void removeReportsNoRows() {
    Table t = indexed();
    View v = TestData.view(t, "{}");
    Recorder r = new Recorder();
    v.onUpdate(r);
    t.remove(keys("a"), 1);
    assertEquals(1, r.rows.size());
    assertEquals(List.of(), r.last());
  }

  @Test
  void rowsLeavingTheFilterAreNotReported() {
    Table t = indexed();
    View v = TestData.view(t, "{'filter':[['x','>',3]],'columns':['x']}");
    Recorder r = new Recorder();
    v.onUpdate(r);
    t.update(partial(KXY, new String[] {"k", "x"}, row("b", 5)));
    assertEquals(List.of(List.of(5)), r.last());
    t.update(partial(KXY, new String[] {"k", "x"}, row("b", 1)));
    assertEquals(List.of(), r.last());
    t.update(partial(KXY, new String[] {"k", "y"}, row("b", 7.0)));
    assertEquals(List.of(), r.last());
    assertEquals(List.of(4), column(v, "x"));
  }

  @Test
  void clearReportsNothingAndReplaceReportsEveryNewRow() {
    Table t = indexed();
    View v = TestData.view(t, "{'columns':['x']}");
    List<Boolean> resets = new ArrayList<>();
    Recorder r = new Recorder();
    v.onUpdate(r);
    v.onUpdate((view, u) -> resets.add(u.isReset()));
    t.clear();
    assertEquals(List.of(), r.last());
    t.replace(batch(KXY, row("z", 100, 0.0), row("y", 50, 0.0)));
    assertEquals(List.of(List.of(50), List.of(100)), r.last());
    assertEquals(List.of(true, true), resets);
  }

  @Test
  void ringOverwriteReportsTheNewRows() {
    // Verified against Perspective 5.5.1: appending 2 rows to a full ring of 3 reports those 2.
    Table t = table(KXY, TableOptions.limited(3), row("a", 1, null), row("b", 2, null), row("c", 3, null));
    View v = TestData.view(t, "{'columns':['x']}");
    Recorder r = new Recorder();
    v.onUpdate(r);
    t.update(batch(KXY, row("d", 4, null), row("e", 5, null)));
    assertEquals(List.of(List.of(4), List.of(5)), r.last());
    assertArrayEquals(new int[] {1, 2}, r.positions.get(0));
    assertEquals(List.of(3, 4, 5), column(v, "x"));
  }

  @Test
  void reportedWindowHasEveryViewColumnAndTheIndex() {
    Table t = indexed();
    View v = TestData.view(t, "{'columns':['y','x']}");
    List<ViewWindow> seen = new ArrayList<>();
    v.onUpdate((view, u) -> seen.add(u.rows()));
    t.update(partial(KXY, new String[] {"k", "y"}, row("b", 0.5)));
    ViewWindow w = seen.get(0);
    assertEquals(List.of("y", "x"), w.columns().stream().map(WindowColumn::name).toList());
    assertEquals(List.of("b"), index(w));
  }

  @Test
  void deletedViewHearsNoMoreUpdates() {
    Table t = indexed();
    View v = TestData.view(t, "{}");
    Recorder r = new Recorder();
    v.onUpdate(r);
    v.delete();
    t.update(batch(KXY, row("q", 1, 1.0)));
    assertTrue(r.rows.isEmpty());
    assertFalse(t.listenerCount() > 0);
  }
}
