package dev.parallax.engine.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.engine.column.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The merge property every aggregate must have: the rows split into k parts
 * (contiguous, interleaved, one part empty, at random), each part aggregated on
 * its own — string dictionaries and all — and the parts' states merged, give the
 * results of aggregating every row at once.
 */
class TestAggregateMerge {
  private static final RandomRows ROWS = new RandomRows(42, 300);

  private static void checkSplit(String how, int[] partOfRow, int parts) {
    Data whole = ROWS.all();
    List<Data> pieces = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      int n = 0;
      for (int part : partOfRow) {
        n += part == p ? 1 : 0;
      }
      int[] ids = new int[n];
      n = 0;
      for (int row = 0; row < partOfRow.length; row++) {
        if (partOfRow[row] == p) {
          ids[n++] = row;
        }
      }
      pieces.add(ROWS.subset(ids));
    }
    for (AggregateSpec spec : ROWS.everySpec()) {
      AggregateStore merged = spec.newStore(0);
      merged.ensureGroups(whole.tree.size());
      for (Data piece : pieces) {
        AggregateStore part = piece.aggregate(spec);
        for (int g = 0; g < whole.tree.size(); g++) {
          merged.merge(g, part, g);
        }
      }
      Check.results(spec + " split " + how + " in " + parts,
          Data.results(spec, whole.aggregate(spec), whole.tree), Data.results(spec, merged, whole.tree), 1e-9);
    }
  }

  @Test
  void contiguousPartsMergeToTheWhole() {
    for (int k = 1; k <= 4; k++) {
      int[] part = new int[ROWS.rows];
      for (int row = 0; row < ROWS.rows; row++) {
        part[row] = row * k / ROWS.rows;
      }
      checkSplit("contiguously", part, k);
    }
  }

  @Test
  void interleavedPartsMergeToTheWhole() {
    for (int k = 1; k <= 4; k++) {
      int[] part = new int[ROWS.rows];
      for (int row = 0; row < ROWS.rows; row++) {
        part[row] = row % k;
      }
      checkSplit("interleaved", part, k);
    }
  }

  @Test
  void anEmptyPartMergesAsNothing() {
    for (int k = 2; k <= 4; k++) {
      int[] part = new int[ROWS.rows];
      for (int row = 0; row < ROWS.rows; row++) {
        part[row] = 1 + row * (k - 1) / ROWS.rows;
      }
      checkSplit("with part 0 empty", part, k);
    }
  }

  @Test
  void randomPartsMergeToTheWhole() {
    Random r = new Random(7);
    for (int k = 1; k <= 4; k++) {
      int[] part = new int[ROWS.rows];
      for (int row = 0; row < ROWS.rows; row++) {
        part[row] = r.nextInt(k);
      }
      checkSplit("at random", part, k);
    }
  }

  /** How a pivot may build a parent: the merge of its children equals the rows added to it. */
  @Test
  void mergingTheLeavesGivesTheRoot() {
    Data whole = ROWS.all();
    for (AggregateSpec spec : ROWS.everySpec()) {
      AggregateStore store = whole.aggregate(spec);
      AggregateStore rebuilt = spec.newStore(whole.tree.size());
      for (int g = 1; g < whole.tree.size(); g++) {
        rebuilt.merge(g, store, g);
        rebuilt.merge(0, store, g);
      }
      Check.results(spec.toString(), Data.results(spec, store, whole.tree),
          Data.results(spec, rebuilt, whole.tree), 1e-9);
    }
  }

  @Test
  void storesOfDifferentAggregatesDoNotMerge() {
    Data d = ROWS.all();
    AggregateStore sum = d.aggregate(d.spec("integer", "sum"));
    AggregateStore avg = d.aggregate(d.spec("integer", "avg"));
    AggregateStore floatSum = d.aggregate(d.spec("float", "sum"));
    assertThrows(IllegalArgumentException.class, () -> sum.merge(0, avg, 0));
    assertThrows(IllegalArgumentException.class, () -> sum.merge(0, floatSum, 0));
    assertEquals(ColumnType.INTEGER, sum.spec().resultType());
  }
}
