package dev.parallax.engine.aggregate;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import java.util.Arrays;

/**
 * "and" and "or" over a boolean column, as Perspective 5.5.1 computes them with a
 * null read as false: "and" is true when every row is true (so one null makes it
 * false, and a group of only nulls is false), "or" when some row is. Invertible:
 * the state is the count of true rows.
 */
final class BoolStore extends AggregateStore {
  private final boolean all;
  private long[] trues;

  BoolStore(AggregateSpec spec, int groups) {
    super(spec, groups);
    this.all = spec.kind() == AggregateKind.AND;
    this.trues = new long[groups];
  }

  @Override
  void grow(int groups) {
    trues = Arrays.copyOf(trues, groups);
  }

  @Override
  public void add(AggregateSource src, int group, int row) {
    rows[group]++;
    if (isTrue(src.value, row)) {
      trues[group]++;
    }
  }

  @Override
  public boolean isInvertible() {
    return true;
  }

  @Override
  public void remove(AggregateSource src, int group, int row) {
    rows[group]--;
    if (isTrue(src.value, row)) {
      trues[group]--;
    }
  }

  private static boolean isTrue(Column c, int row) {
    return c.isValid(row) && ((BoolColumn) c).getBoolean(row);
  }

  @Override
  void mergeState(int group, AggregateStore other, int otherGroup) {
    trues[group] += ((BoolStore) other).trues[otherGroup];
  }

  @Override
  void resetState(int group) {
    trues[group] = 0;
  }

  @Override
  void writeState(int group, GroupTree tree, AggregateColumn out, int outRow) {
    out.setBoolean(outRow, all ? trues[group] == rows[group] : trues[group] > 0);
  }
}
