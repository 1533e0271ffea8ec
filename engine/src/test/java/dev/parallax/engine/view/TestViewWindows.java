package dev.parallax.engine.view;

import static dev.parallax.engine.view.TestData.batch;
import static dev.parallax.engine.view.TestData.column;
import static dev.parallax.engine.view.TestData.keys;
import static dev.parallax.engine.view.TestData.partial;
import static dev.parallax.engine.view.TestData.row;
import static dev.parallax.engine.view.TestData.rows;
import static dev.parallax.engine.view.TestData.schema;
import static dev.parallax.engine.view.TestData.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnType;
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
 * Window columns in views: what they compute, how bad definitions are refused,
 * and live views kept equal to views made afresh after every kind of batch.
 */
class TestViewWindows {
  private static final Schema KGTV = schema("k", "string", "g", "string", "t", "integer", "v", "float");
  private static final String[] CONFIGS = {
      "{'columns':['k','c'],'windows':{'c':{'column':'v','aggregate':'sum','partition_by':['g'],"
          + "'order_by':['t','asc']}}}",
      "{'columns':['k','r','m'],'sort':[['r','desc']],'filter':[['r','>',0]],'windows':{"
          + "'r':{'column':'v','aggregate':'avg','order_by':['t','desc'],'rows':1},"
          + "'m':{'column':'k','aggregate':'max','partition_by':['g'],'order_by':['t','asc'],'range':2}}}",
      "{'columns':['k','l','d','n'],'windows':{'l':{'column':'t','aggregate':'lag','partition_by':['g']},"
          + "'d':{'column':'v','aggregate':'diff','order_by':['t','asc'],'offset':2},"
          + "'n':{'column':'v','aggregate':'count','partition_by':['g','t']}}}",
      "{'columns':['k','e','s2'],'windows':{'e':{'column':'v','aggregate':'ema','alpha':0.5,"
          + "'partition_by':['g'],'order_by':['t','asc']},'s2':{'column':'e','aggregate':'sum'}}}",
      "{'group_by':['g'],'columns':['c','v'],'windows':{'c':{'column':'v','aggregate':'sum',"
          + "'partition_by':['g'],'order_by':['t','asc']}}}",
  };

  private static Table indexed() {
    return table(KGTV, TableOptions.indexed("k"), row("a", "x", 1, 1.0), row("b", "x", 2, 2.0),
        row("c", "y", 1, 10.0), row("d", "x", 3, null), row("e", null, 2, 20.0), row("f", "y", null, 5.0));
  }

  private static void refused(String windows, String expectedInMessage) {
    Table t = indexed();
    ParallaxException e = assertThrows(ParallaxException.class,
        () -> TestData.view(t, "{'expressions':{'z':'1 + 2'},'windows':" + windows + "}"));
    assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    assertEquals(0, t.listenerCount());
    assertEquals(6, t.size());
  }

  @Test
  void cumulativeSumRunsWithinEachPartitionInOrderNullsFirst() {
    View v = TestData.view(indexed(), CONFIGS[0]);
    assertEquals(Arrays.asList(1.0, 3.0, 15.0, 3.0, 20.0, 5.0), column(v, "c"));
  }

  @Test
  void windowsComeAfterTheOtherColumnsInNameOrder() {
    View v = TestData.view(indexed(), "{'windows':{'zz':{'column':'v','aggregate':'sum'},"
        + "'b':{'column':'v','aggregate':'count'}}}");
    assertEquals(List.of("k", "g", "t", "v", "b", "zz"), v.columnPaths());
    assertEquals(ColumnType.INTEGER, v.schema().get("b"));
    assertEquals(ColumnType.FLOAT, v.schema().get("zz"));
  }

  @Test
  void windowsAreComputedBeforeTheFilter() {
    View v = TestData.view(indexed(), "{'filter':[['g','==','y']],'columns':['k','c'],"
        + "'windows':{'c':{'column':'v','aggregate':'sum'}}}");
    assertEquals(Arrays.asList(13.0, 38.0), column(v, "c"));
  }

  @Test
  void getConfigDoesNotReportWindows() {
    View v = TestData.view(indexed(), CONFIGS[0]);
    assertTrue(!v.config().toMap().containsKey("windows"));
    assertEquals(List.of("k", "c"), v.config().columns());
  }

  @Test
  void nameTakenByATableColumnIsRefused() {
    refused("{'v':{'column':'v','aggregate':'sum'}}", "collides with an existing column: v");
  }

  @Test
  void nameTakenByAnExpressionIsRefused() {
    refused("{'z':{'column':'v','aggregate':'sum'}}", "collides with an existing column: z");
  }

  @Test
  void emptyNameIsRefused() {
    refused("{'':{'column':'v','aggregate':'sum'}}", "must not be empty");
  }

  @Test
  void unknownSourceIsRefused() {
    refused("{'w':{'column':'q','aggregate':'sum'}}", "`source` column not found: q");
  }

  @Test
  void windowsReadingEachOtherInACycleAreRefused() {
    refused("{'w':{'column':'w2','aggregate':'sum'},'w2':{'column':'w','aggregate':'sum'}}",
        "`source` column not found");
  }

  @Test
  void unknownPartitionColumnIsRefused() {
    refused("{'w':{'column':'v','aggregate':'sum','partition_by':['q']}}", "`partition_by` must be a `Table` column: q");
  }

  @Test
  void partitionByAnExpressionIsRefused() {
    refused("{'w':{'column':'v','aggregate':'sum','partition_by':['z']}}", "`partition_by` must be a `Table` column: z");
  }

  @Test
  void unknownOrderColumnIsRefused() {
    refused("{'w':{'column':'v','aggregate':'sum','order_by':['q','asc']}}", "`order_by` must be a `Table` column: q");
  }

  @Test
  void numericAggregateOfAStringIsRefused() {
    refused("{'w':{'column':'g','aggregate':'sum'}}", "requires a numeric `source` column: g");
  }

  @Test
  void frameForAnOffsetAggregateIsRefused() {
    refused("{'w':{'column':'v','aggregate':'lag','rows':1}}", "not applicable to `lag`/`lead`/`diff`");
  }

  @Test
  void rateWithoutARangeIsRefused() {
    refused("{'w':{'column':'v','aggregate':'rate','order_by':['t','asc']}}", "`rate` requires a `range` frame");
  }

  @Test
  void emaOverRowsIsRefused() {
    refused("{'w':{'column':'v','aggregate':'ema','alpha':0.5,'rows':2}}", "does not accept a `rows` or `range`");
  }

  @Test
  void emaWithoutAlphaIsRefused() {
    refused("{'w':{'column':'v','aggregate':'ema'}}", "requires `alpha` in (0, 1]");
  }

  @Test
  void emaWithAlphaAboveOneIsRefused() {
    refused("{'w':{'column':'v','aggregate':'ema','alpha':1.5}}", "requires `alpha` in (0, 1]");
  }

  @Test
  void nonPositiveRangeIsRefused() {
    refused("{'w':{'column':'v','aggregate':'sum','order_by':['t','asc'],'range':0}}", "positive interval");
  }

  @Test
  void rangeWithoutOrderIsRefused() {
    refused("{'w':{'column':'v','aggregate':'sum','range':1}}", "require an explicit `order_by`");
  }

  @Test
  void rangeOverAStringOrderIsRefused() {
    refused("{'w':{'column':'v','aggregate':'sum','order_by':['g','asc'],'range':1}}",
        "numeric or temporal `order_by` column: g");
  }

  private static void agreesWithFreshViews(Table table, Consumer<Table> change) {
    TestData.agreesWithFreshViews(table, CONFIGS, change);
  }

  @Test
  void updateThatMovesARowToAnotherPartitionAgrees() {
    agreesWithFreshViews(indexed(), t -> t.update(partial(KGTV, new String[] {"k", "g"}, row("b", "y"))));
  }

  @Test
  void updateOfTheOrderColumnAgrees() {
    agreesWithFreshViews(indexed(), t -> t.update(partial(KGTV, new String[] {"k", "t"}, row("a", 9))));
  }

  @Test
  void removeAgrees() {
    agreesWithFreshViews(indexed(), t -> t.remove(keys("b", "zz"), 2));
  }

  @Test
  void clearAndReplaceAgree() {
    agreesWithFreshViews(indexed(), Table::clear);
    agreesWithFreshViews(indexed(), t -> t.replace(batch(KGTV, row("q", "x", 1, 1.0))));
  }

  @Test
  void ringOverwritesAgree() {
    Table t = table(KGTV, TableOptions.limited(4), row("a", "x", 1, 1.0), row("b", "y", 2, 2.0));
    agreesWithFreshViews(t, x -> x.update(batch(KGTV, row("c", "x", 0, 3.0), row("d", "x", 5, 4.0),
        row("e", "y", 1, 5.0))));
  }

  @Test
  void randomUpdatesAgree() {
    Random random = new Random(11);
    Table t = indexed();
    for (int step = 0; step < 60; step++) {
      int kind = random.nextInt(10);
      if (kind < 7) {
        Object[][] rs = new Object[1 + random.nextInt(3)][];
        for (int i = 0; i < rs.length; i++) {
          rs[i] = row(String.valueOf((char) ('a' + random.nextInt(10))),
              random.nextInt(6) == 0 ? null : String.valueOf((char) ('x' + random.nextInt(3))),
              random.nextInt(6) == 0 ? null : random.nextInt(5),
              random.nextInt(6) == 0 ? null : (double) random.nextInt(9) - 4);
        }
        agreesWithFreshViews(t, x -> x.update(batch(KGTV, rs)));
      } else if (kind < 9) {
        String k = String.valueOf((char) ('a' + random.nextInt(10)));
        agreesWithFreshViews(t, x -> x.remove(keys(k), 1));
      } else {
        agreesWithFreshViews(t, Table::clear);
      }
    }
  }

  @Test
  void rowsWhoseWindowValuesChangedAreReportedWithTheWrittenOnes() {
    Table t = indexed();
    View v = TestData.view(t, CONFIGS[0]);
    List<List<List<Object>>> reported = new ArrayList<>();
    v.onUpdate((view, update) -> reported.add(rows(update.rows())));
    t.update(partial(KGTV, new String[] {"k", "v"}, row("a", 100.0)));
    assertEquals(List.of(List.of("a", 100.0), List.of("b", 102.0), List.of("d", 102.0)), reported.get(0));
  }

  @Test
  void aBatchNoWindowReadsReportsOnlyItsOwnRows() {
    Schema s = schema("k", "string", "g", "string", "t", "integer", "v", "float", "note", "string");
    Table t = table(s, TableOptions.indexed("k"), row("a", "x", 1, 1.0, "p"), row("b", "x", 2, 2.0, "q"));
    View v = TestData.view(t, "{'columns':['k','c'],'windows':{'c':{'column':'v','aggregate':'sum'}}}");
    List<List<List<Object>>> reported = new ArrayList<>();
    v.onUpdate((view, update) -> reported.add(rows(update.rows())));
    t.update(partial(s, new String[] {"k", "note"}, row("a", "changed")));
    assertEquals(List.of(List.of("a", 1.0)), reported.get(0));
  }
}
