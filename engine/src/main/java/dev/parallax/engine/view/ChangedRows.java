package dev.parallax.engine.view;

import dev.parallax.engine.aggregate.AggregateColumn;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Which pivot rows a batch changed, the way Perspective 5.5.1's row deltas tell
 * it: the values of the row groups a batch may touch are written before it is
 * applied; afterwards a row is reported when it is new or when any shown value
 * differs (a group whose rows moved but whose values did not is not reported;
 * a group that emptied is gone and not reported either). Output columns are
 * matched by split group and aggregate, so columns that appeared compare with
 * nothing before them.
 */
final class ChangedRows {
  /** Writes output column {@code i} for the row groups {@code nodes}. */
  @FunctionalInterface
  interface Writer {
    AggregateColumn write(int[] nodes, int i);
  }

  private final int[] nodes;
  private final int nodesBefore;
  private final Map<Long, AggregateColumn> values = new HashMap<>();

  /**
   * Writes the values of the groups in {@code touched} that exist before the
   * batch (ids below {@code nodesBefore}; newer ones are new).
   */
  ChangedRows(IntArrayList touched, int nodesBefore, ColumnLayout columns, Writer writer) {
    IntArrayList old = new IntArrayList();
    for (int i = 0; i < touched.size(); i++) {
      if (touched.getInt(i) < nodesBefore) {
        old.add(touched.getInt(i));
      }
    }
    this.nodes = old.toIntArray();
    this.nodesBefore = nodesBefore;
    for (int i = 0; i < columns.size(); i++) {
      values.put(key(columns.node(i), columns.spec(i)), writer.write(nodes, i));
    }
  }

  private static long key(int colNode, int spec) {
    return ((long) colNode << 20) | spec;
  }

  /**
   * The groups of {@code touched} that still exist, pass {@code reported}, and are
   * new or show other values now, in the order {@code position} gives (-1 first).
   */
  int[] changed(IntArrayList touched, KeyTree tree, ColumnLayout columns, Writer writer,
      IntPredicate reported, IntUnaryOperator position) {
    Int2IntOpenHashMap was = new Int2IntOpenHashMap();
    was.defaultReturnValue(-1);
    for (int i = 0; i < nodes.length; i++) {
      was.put(nodes[i], i);
    }
    int[] candidates = touched.toIntArray();
    AggregateColumn[] now = new AggregateColumn[columns.size()];
    for (int i = 0; i < now.length; i++) {
      now[i] = writer.write(candidates, i);
    }
    IntArrayList changed = new IntArrayList();
    for (int k = 0; k < candidates.length; k++) {
      int node = candidates[k];
      if (!tree.isAlive(node) || !reported.test(node)) {
        continue;
      }
      int at = was.get(node);
      boolean differs = node >= nodesBefore || at < 0;
      for (int i = 0; i < now.length && !differs; i++) {
        AggregateColumn old = values.get(key(columns.node(i), columns.spec(i)));
        differs = old == null ? !now[i].isNull(k) : !ValueOrder.same(old, at, now[i], k);
      }
      if (differs) {
        changed.add(node);
      }
    }
    long[] keyed = new long[changed.size()];
    for (int i = 0; i < keyed.length; i++) {
      keyed[i] = ((long) (position.applyAsInt(changed.getInt(i)) + 1) << 32) | changed.getInt(i);
    }
    Arrays.sort(keyed);
    int[] out = new int[keyed.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) keyed[i];
    }
    return out;
  }
}
