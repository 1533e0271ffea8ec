package dev.parallax.engine.aggregate;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import java.util.Arrays;

/**
 * "weighted mean" (float) of an integer or float column by an integer or float
 * weight column, written {@code ["weighted mean", ["w"]]}: Σ value × weight / Σ
 * weight over the rows where both are non-null, as Perspective 5.5.1 computes
 * it; null when the weights sum to zero. Invertible.
 */
final class WeightedMeanStore extends AggregateStore {
  private double[] weighted;
  private double[] weights;
  /** Rows with both a value and a weight: a sum of weights left near zero by removes is not a weight. */
  private long[] pairs;

  WeightedMeanStore(AggregateSpec spec, int groups) {
    super(spec, groups);
    this.weighted = new double[groups];
    this.weights = new double[groups];
    this.pairs = new long[groups];
  }

  @Override
  void grow(int groups) {
    weighted = Arrays.copyOf(weighted, groups);
    weights = Arrays.copyOf(weights, groups);
    pairs = Arrays.copyOf(pairs, groups);
  }

  @Override
  public void add(AggregateSource src, int group, int row) {
    rows[group]++;
    accumulate(src, group, row, 1);
  }

  @Override
  public boolean isInvertible() {
    return true;
  }

  @Override
  public void remove(AggregateSource src, int group, int row) {
    rows[group]--;
    accumulate(src, group, row, -1);
  }

  private void accumulate(AggregateSource src, int group, int row, int sign) {
    if (src.value.isValid(row) && src.argument.isValid(row)) {
      double w = number(src.argument, row);
      weighted[group] += sign * number(src.value, row) * w;
      weights[group] += sign * w;
      pairs[group] += sign;
    }
  }

  private static double number(Column c, int row) {
    return c instanceof IntColumn ? ((IntColumn) c).getLong(row) : ((DoubleColumn) c).getDouble(row);
  }

  @Override
  void mergeState(int group, AggregateStore other, int otherGroup) {
    WeightedMeanStore o = (WeightedMeanStore) other;
    weighted[group] += o.weighted[otherGroup];
    weights[group] += o.weights[otherGroup];
    pairs[group] += o.pairs[otherGroup];
  }

  @Override
  void resetState(int group) {
    weighted[group] = 0;
    weights[group] = 0;
    pairs[group] = 0;
  }

  @Override
  void writeState(int group, GroupTree tree, AggregateColumn out, int outRow) {
    if (pairs[group] == 0) {
      out.setNull(outRow);
    } else {
      out.setFinite(outRow, weighted[group] / weights[group]);
    }
  }
}
