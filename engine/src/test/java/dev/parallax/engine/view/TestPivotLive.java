package dev.parallax.engine.view;

import static dev.parallax.engine.view.PivotData.json;
import static dev.parallax.engine.view.PivotData.jsonWithIds;
import static dev.parallax.engine.view.TestData.batch;
import static dev.parallax.engine.view.TestData.partial;
import static dev.parallax.engine.view.TestData.keys;
import static dev.parallax.engine.view.TestData.row;
import static dev.parallax.engine.view.TestData.rows;
import static dev.parallax.engine.view.TestData.schema;
import static dev.parallax.engine.view.TestData.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.column.Schema;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Live pivots against pivots made afresh after the same changes, for every kind
 * of aggregate (those that subtract, those that recompute touched groups, those
 * that follow the tree's row order), with filters, splits, sorts and rollups;
 * and the rows each change reports.
 */
class TestPivotLive {
  private static final Schema KGXY = schema("k", "string", "g", "string", "x", "integer", "y", "float");
  private static final String[] CONFIGS = {
      "{'group_by':['g'],'columns':['x','y']}",
      "{'group_by':['g','k'],'columns':['x','y'],'aggregates':{'x':'avg','y':'count'}}",
      "{'group_by':['g'],'split_by':['k'],'columns':['x']}",
      "{'group_by':['g'],'columns':['x','y','k'],'aggregates':{'x':'max','y':'median','k':'join'},"
          + "'filter':[['x','>',0]]}",
      "{'group_by':['g'],'columns':['x','y','k'],'aggregates':{'x':'first','y':'last','k':'any'},"
          + "'sort':[['x','desc']]}",
      "{'split_by':['g'],'columns':['x','y']}",
      "{'group_by':['g'],'columns':['x','y'],'aggregates':{'x':'distinct count','y':['weighted mean',['x']]}}",
      "{'group_by':['g','k'],'split_by':['g'],'columns':['y'],'aggregates':{'y':'pct sum parent'},"
          + "'split_rollup_mode':'rollup'}",
      "{'group_by':['g'],'columns':['x'],'aggregates':{'x':'dominant'},'group_rollup_mode':'flat'}",
      "{'group_by':['k'],'columns':['x','y'],'aggregates':{'x':'min','y':'var'},'sort':[['x','asc abs']],"
          + "'group_rollup_mode':'total'}",
  };

  private static Table indexed() {
    return table(KGXY, TableOptions.indexed("k"), row("c", "p", 1, 1.0), row("a", "q", 2, 2.0),
        row("b", null, 3, 3.0), row("d", "p", 4, 4.0));
  }

  /** Applies {@code change} under every config and checks each live pivot equals a fresh one. */
  private static void agreesWithFreshViews(Table table, Consumer<Table> change) {
    List<View> live = new ArrayList<>();
    List<List<ViewUpdate>> updates = new ArrayList<>();
    for (String c : CONFIGS) {
      View v = TestData.view(table, c);
      List<ViewUpdate> got = new ArrayList<>();
      v.onUpdate((view, u) -> got.add(u));
      live.add(v);
      updates.add(got);
    }
    change.accept(table);
    for (int i = 0; i < CONFIGS.length; i++) {
      View fresh = TestData.view(table, CONFIGS[i]);
      View v = live.get(i);
      assertEquals(jsonWithIds(fresh), jsonWithIds(v), CONFIGS[i]);
      assertEquals(fresh.columnPaths(), v.columnPaths(), CONFIGS[i]);
      assertEquals(1, updates.get(i).size(), CONFIGS[i]);
      reportedRowsAreTheViewsRows(v, updates.get(i).get(0), CONFIGS[i]);
      fresh.delete();
      v.delete();
    }
  }

  /** Every row a change reports holds the values its position shows now. */
  private static void reportedRowsAreTheViewsRows(View v, ViewUpdate u, String config) {
    List<List<Object>> now = rows(v.window());
    List<List<Object>> reported = rows(u.rows());
    int[] positions = u.positions();
    for (int i = 0; i < positions.length; i++) {
      if (positions[i] >= 0) {
        assertEquals(now.get(positions[i]), reported.get(i), config);
      }
    }
  }

  @Test
  void appendAgrees() {
    agreesWithFreshViews(indexed(), t -> t.update(batch(KGXY, row("e", "q", 0, -9.0), row("aa", "r", 5, null))));
  }

  @Test
  void anUpdateThatMovesARowBetweenGroupsAgrees() {
    agreesWithFreshViews(indexed(), t -> t.update(partial(KGXY, new String[] {"k", "g"}, row("b", "p"))));
  }

  @Test
  void anUpdateToNullTakesTheOldValueOut() {
    // Perspective 5.5.1's live sums keep the old value; a live pivot here agrees with a fresh one.
    Table t = indexed();
    View v = TestData.view(t, "{'group_by':['g'],'columns':['x']}");
    agreesWithFreshViews(t, x -> x.update(partial(KGXY, new String[] {"k", "x"}, row("c", null))));
    assertEquals("[{'__ROW_PATH__':[],'x':9},{'__ROW_PATH__':[null],'x':3},{'__ROW_PATH__':['p'],'x':4},"
        + "{'__ROW_PATH__':['q'],'x':2}]", json(v));
  }

  @Test
  void removeAgreesAndEmptiedGroupsDisappear() {
    Table t = indexed();
    View v = TestData.view(t, "{'group_by':['g'],'columns':['x']}");
    agreesWithFreshViews(t, x -> x.remove(keys("a", "zz", "d"), 3));
    assertEquals("[{'__ROW_PATH__':[],'x':4},{'__ROW_PATH__':[null],'x':3},{'__ROW_PATH__':['p'],'x':1}]", json(v));
  }

  @Test
  void clearAgrees() {
    agreesWithFreshViews(indexed(), Table::clear);
  }

  @Test
  void replaceAgrees() {
    agreesWithFreshViews(indexed(), t -> t.replace(batch(KGXY, row("z", "s", 100, 0.5), row("a", "q", 1, -1.0))));
  }

  @Test
  void updateOfAColumnNoPivotReadsAgrees() {
    Table t = table(schema("k", "string", "g", "string", "x", "integer", "y", "float", "n", "integer"),
        TableOptions.indexed("k"), row("c", "p", 1, 1.0, 0), row("a", "q", 2, 2.0, 0));
    agreesWithFreshViews(t, x -> x.update(TestData.partial(x.schema(), new String[] {"k", "n"}, row("a", 5))));
  }

  @Test
  void unindexedAppendsAgree() {
    Table t = table(KGXY, row("c", "p", 1, 1.0), row("a", null, 2, 2.0));
    agreesWithFreshViews(t, x -> x.update(batch(KGXY, row("q", "p", 4, 0.0), row("a", "r", 4, 0.0))));
  }

  @Test
  void ringOverwritesAgree() {
    Table t = table(KGXY, TableOptions.limited(3), row("c", "p", 1, 1.0), row("a", "q", 2, 2.0));
    agreesWithFreshViews(t, x -> x.update(batch(KGXY, row("e", "q", 9, 9.0), row("f", "p", 0, -1.0))));
    agreesWithFreshViews(t, x -> x.update(batch(KGXY, row("g", null, 3, 3.0))));
  }

  @Test
  void randomChangesAgree() {
    Random random = new Random(11);
    Table t = indexed();
    String[] groups = {"p", "q", "r", null};
    for (int step = 0; step < 80; step++) {
      int kind = random.nextInt(10);
      if (kind < 7) {
        Object[][] rs = new Object[1 + random.nextInt(5)][];
        for (int i = 0; i < rs.length; i++) {
          rs[i] = row(String.valueOf((char) ('a' + random.nextInt(12))), groups[random.nextInt(groups.length)],
              random.nextInt(5) == 0 ? null : random.nextInt(8) - 2,
              random.nextInt(5) == 0 ? null : (double) random.nextInt(7) - 3);
        }
        agreesWithFreshViews(t, x -> x.update(batch(KGXY, rs)));
      } else if (kind < 9) {
        String[] ks = {String.valueOf((char) ('a' + random.nextInt(12))), String.valueOf((char) ('a' + random.nextInt(12)))};
        agreesWithFreshViews(t, x -> x.remove(keys(ks), ks.length));
      } else {
        Object[][] rs = {row(String.valueOf((char) ('a' + random.nextInt(12))), groups[random.nextInt(4)],
            random.nextInt(9), null)};
        agreesWithFreshViews(t, x -> x.update(partial(KGXY, new String[] {"k", "g", "x"},
            row(rs[0][0], rs[0][1], rs[0][2]))));
      }
    }
  }

  @Test
  void aChangeReportsTheChangedRowsTotalFirstWithoutRowPath() {
    Table t = indexed();
    View v = TestData.view(t, "{'group_by':['g'],'columns':['x']}");
    List<ViewUpdate> got = new ArrayList<>();
    v.onUpdate((view, u) -> got.add(u));
    t.update(partial(KGXY, new String[] {"k", "x"}, row("a", 7)));
    ViewWindow w = got.get(0).rows();
    assertEquals(List.of(), w.rowPath());
    assertEquals("[{'x':15},{'x':7}]", json(w));
    assertEquals(List.of(0, 3), List.of(got.get(0).positions()[0], got.get(0).positions()[1]));
  }

  @Test
  void aMoveThatLeavesTheTotalUnchangedReportsOnlyTheGroupsThatChanged() {
    Table t = indexed();
    View v = TestData.view(t, "{'group_by':['g'],'columns':['x']}");
    List<ViewUpdate> got = new ArrayList<>();
    v.onUpdate((view, u) -> got.add(u));
    t.update(partial(KGXY, new String[] {"k", "g"}, row("a", "p")));
    assertEquals("[{'x':7}]", json(got.get(0).rows()));
  }

  @Test
  void aSplitOnlyViewReportsItsHiddenTotalWhenItChanges() {
    Table t = indexed();
    View v = TestData.view(t, "{'split_by':['g'],'columns':['y']}");
    List<ViewUpdate> got = new ArrayList<>();
    v.onUpdate((view, u) -> got.add(u));
    t.update(batch(KGXY, row("e", "s", 5, 5.0)));
    assertEquals("[{'null|y':3.0,'p|y':1.0,'q|y':2.0,'s|y':5.0},{'null|y':null,'p|y':null,'q|y':null,'s|y':5.0}]",
        json(got.get(0).rows()));
    assertEquals(-1, got.get(0).positions()[0]);
  }
}
