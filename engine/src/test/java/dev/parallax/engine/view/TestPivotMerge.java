package dev.parallax.engine.view;

import static dev.parallax.engine.view.TestData.row;
import static dev.parallax.engine.view.TestData.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.aggregate.AggregateColumn;
import dev.parallax.engine.aggregate.AggregateKind;
import dev.parallax.engine.aggregate.AggregateStore;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mergeability at the level of a pivot, what a cluster relies on: the table's
 * rows split at random into k parts, each part aggregated on its own into the
 * pivot's cells (its leaf cells, then the merge plan), the parts' stores merged
 * with {@link AggregateStore#merge}, give every cell of the pivot the result the
 * pivot over the whole table has — for every aggregate on every column type it
 * applies to, with a group_by of two levels and a split_by.
 */
class TestPivotMerge {
  private static final Schema SCHEMA = schema("id", "integer", "g", "string", "h", "string", "sp", "boolean",
      "x", "integer", "y", "float", "s", "string", "d", "date", "t", "datetime", "b", "boolean", "w", "float");
  private static final String[] COLUMNS = {"x", "y", "s", "d", "t", "b"};

  private static Table table(long seed) {
    Random r = new Random(seed);
    String[] gs = {"a", "b", "c", null};
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      rows.add(row(i, gs[r.nextInt(4)], gs[r.nextInt(3)], r.nextInt(4) == 0 ? null : r.nextBoolean(),
          maybe(r, r.nextInt(9) - 4), maybe(r, (r.nextInt(13) - 6) / 2.0), maybe(r, "v" + r.nextInt(5)),
          maybe(r, LocalDate.of(2024, 1, 1 + r.nextInt(9))), maybe(r, 1_700_000_000_000L + r.nextInt(7) * 1000L),
          maybe(r, r.nextBoolean()), maybe(r, (double) r.nextInt(4))));
    }
    return TestData.table(SCHEMA, TableOptions.indexed("id"), rows.toArray(new Object[0][]));
  }

  private static Object maybe(Random r, Object v) {
    return r.nextInt(6) == 0 ? null : v;
  }

  static Stream<Arguments> aggregates() {
    List<Arguments> out = new ArrayList<>();
    for (String c : COLUMNS) {
      ColumnType type = SCHEMA.type(c);
      for (AggregateKind k : AggregateKind.values()) {
        if (k.appliesTo(type)) {
          out.add(Arguments.of(k.takesArgument() ? "['" + k.label() + "',['w']]" : "'" + k.label() + "'", c));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("aggregates")
  void partsMergedEqualTheWhole(String aggregate, String column) {
    Table t = table(aggregate.hashCode() * 31L + column.hashCode());
    ViewConfig config = ViewConfig.parse(("{'group_by':['g','h'],'split_by':['sp'],'columns':['" + column + "'],"
        + "'aggregates':{'" + column + "':" + aggregate + "}}").replace('\'', '"'));
    ColumnSource source = ColumnSource.of(t);
    PivotBody whole = new PivotBody(t, source, PivotPlan.compile(t, config, source));
    PivotCells cells = whole.cells();
    CellAggregates aggregates = whole.aggregates();
    int count = cells.cells.count();
    for (int k : new int[] {1, 2, 3, 7}) {
      AggregateStore merged = aggregates.spec(0).newStore(count);
      for (int[] part : parts(t, k, new Random(k))) {
        AggregateStore store = partStore(aggregates, cells, part);
        for (int cell = 1; cell < count; cell++) {
          if (cells.cells.isLive(cell) && store.rowCount(cell) > 0) {
            merged.merge(cell, store, cell);
          }
        }
      }
      for (int cell = 1; cell < count; cell++) {
        if (cells.cells.isLive(cell)) {
          assertEquals(result(aggregates.store(0), cells, cell), result(merged, cells, cell),
              aggregate + " of " + column + " in " + k + " parts, cell " + cell);
        }
      }
    }
  }

  /** The table's rows dealt at random into {@code k} parts. */
  private static List<int[]> parts(Table t, int k, Random random) {
    List<List<Integer>> parts = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      parts.add(new ArrayList<>());
    }
    for (int r = t.nextLiveRow(0); r >= 0; r = t.nextLiveRow(r + 1)) {
      parts.get(random.nextInt(k)).add(r);
    }
    List<int[]> out = new ArrayList<>();
    for (List<Integer> p : parts) {
      out.add(p.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  /** One part's rows aggregated on their own: into their leaf cells, then up the merge plan. */
  private static AggregateStore partStore(CellAggregates aggregates, PivotCells cells, int[] rows) {
    AggregateStore store = aggregates.spec(0).newStore(cells.cells.count());
    int[] leaves = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      leaves[i] = cells.leafCellOf(rows[i]);
    }
    store.addAll(aggregates.source(0), leaves, rows, rows.length);
    int[] from = cells.mergeFrom();
    int[] into = cells.mergeInto();
    for (int i = 0; i < from.length; i++) {
      if (store.rowCount(from[i]) > 0) {
        store.merge(into[i], store, from[i]);
      }
    }
    return store;
  }

  private static Object result(AggregateStore store, PivotCells cells, int cell) {
    AggregateColumn out = AggregateColumn.of(store.spec(), 1);
    store.write(cell, cells.groupTree(store.spec().kind()), out, 0);
    Object v = out.get(0);
    // Float sums merged in another order may differ in the last bits.
    return v instanceof Double ? Math.round((Double) v * 1e9) / 1e9 : v;
  }
}
