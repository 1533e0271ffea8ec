package dev.parallax.engine.aggregate;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import java.util.Arrays;

/**
 * The aggregates that are functions of a group's sums, all invertible. Nulls are
 * skipped; the result has the input's type unless said otherwise. Observed in
 * Perspective 5.5.1:
 * <ul>
 * <li>"sum", "sum not null": the sum; a group of only nulls sums to 0. (5.5.1
 *     shows a negative integer "sum not null" as its 32-bit unsigned wrap, e.g.
 *     -2 as 4294967294; we give -2.)
 * <li>"abs sum": |sum|. "sum abs": the sum of |value|.
 * <li>"gmv": at a leaf group the sum; above, the sum over the children of
 *     |child's sum|.
 * <li>"pct sum parent" (float): sum / parent's sum × 100 (in that order, as Perspective rounds it), 100 at a root;
 *     "pct sum total" (float): 100 × sum / the root's sum. A zero divisor gives null.
 * <li>"avg", "mean" (float): sum / non-null count; null when all are null.
 *     5.5.1 fails on "avg" of a date or datetime; we give the mean instant, in
 *     the input's type, rounded down.
 * <li>"var", "stddev" (float): population variance and its root over the
 *     non-null values; null for fewer than two.
 * </ul>
 * Integer, date and datetime sums are exact 64-bit integers.
 */
final class SumStore extends AggregateStore {
  private final boolean exact;
  private final boolean abs;
  private final boolean squares;
  private long[] nonNull;
  private long[] longSum;
  private double[] doubleSum;
  private double[] sumSq;

  SumStore(AggregateSpec spec, int groups) {
    super(spec, groups);
    AggregateKind k = spec.kind();
    this.exact = spec.valueType() != ColumnType.FLOAT;
    this.abs = k == AggregateKind.SUM_ABS;
    this.squares = k == AggregateKind.VAR || k == AggregateKind.STDDEV;
    this.nonNull = new long[groups];
    this.longSum = exact ? new long[groups] : null;
    this.doubleSum = exact ? null : new double[groups];
    this.sumSq = squares ? new double[groups] : null;
  }

  @Override
  void grow(int groups) {
    nonNull = Arrays.copyOf(nonNull, groups);
    if (exact) {
      longSum = Arrays.copyOf(longSum, groups);
    } else {
      doubleSum = Arrays.copyOf(doubleSum, groups);
    }
    if (squares) {
      sumSq = Arrays.copyOf(sumSq, groups);
    }
  }

  @Override
  public void add(AggregateSource src, int group, int row) {
    rows[group]++;
    Column c = src.value;
    if (c.isValid(row)) {
      accumulate(group, c, row, 1);
    }
  }

  @Override
  public void addAll(AggregateSource src, int[] groups, int n) {
    addAll(src, groups, null, n);
  }

  /** Plain sums get a tight loop per storage type; {@code rowIds} null means rows 0..n-1. */
  @Override
  public void addAll(AggregateSource src, int[] groups, int[] rowIds, int n) {
    Column c = src.value;
    if (abs || squares) {
      for (int i = 0; i < n; i++) {
        add(src, groups[i], rowIds == null ? i : rowIds[i]);
      }
    } else if (c instanceof IntColumn && !((IntColumn) c).isWide()) {
      sumInts(groups, rowIds, ((IntColumn) c).values(), c, n);
    } else if (c instanceof IntColumn) {
      sumLongs(groups, rowIds, ((IntColumn) c).wideValues(), c, n);
    } else if (c instanceof LongColumn) {
      sumLongs(groups, rowIds, ((LongColumn) c).values(), c, n);
    } else {
      sumDoubles(groups, rowIds, ((DoubleColumn) c).values(), c, n);
    }
  }

  private void sumInts(int[] groups, int[] rowIds, int[] values, Column c, int n) {
    long[] r = rows;
    long[] nn = nonNull;
    long[] s = longSum;
    for (int i = 0; i < n; i++) {
      int g = groups[i];
      int row = rowIds == null ? i : rowIds[i];
      r[g]++;
      if (c.isValid(row)) {
        s[g] += values[row];
        nn[g]++;
      }
    }
  }

  private void sumLongs(int[] groups, int[] rowIds, long[] values, Column c, int n) {
    long[] r = rows;
    long[] nn = nonNull;
    long[] s = longSum;
    for (int i = 0; i < n; i++) {
      int g = groups[i];
      int row = rowIds == null ? i : rowIds[i];
      r[g]++;
      if (c.isValid(row)) {
        s[g] += values[row];
        nn[g]++;
      }
    }
  }

  private void sumDoubles(int[] groups, int[] rowIds, double[] values, Column c, int n) {
    long[] r = rows;
    long[] nn = nonNull;
    double[] s = doubleSum;
    for (int i = 0; i < n; i++) {
      int g = groups[i];
      int row = rowIds == null ? i : rowIds[i];
      r[g]++;
      if (c.isValid(row)) {
        s[g] += values[row];
        nn[g]++;
      }
    }
  }

  @Override
  public boolean isInvertible() {
    return true;
  }

  @Override
  public void remove(AggregateSource src, int group, int row) {
    rows[group]--;
    Column c = src.value;
    if (c.isValid(row)) {
      accumulate(group, c, row, -1);
    }
  }

  private void accumulate(int group, Column c, int row, int sign) {
    nonNull[group] += sign;
    if (exact) {
      long v = c instanceof LongColumn ? ((LongColumn) c).getLong(row) : ((IntColumn) c).getLong(row);
      if (abs) {
        v = Math.abs(v);
      }
      longSum[group] += sign * v;
      if (squares) {
        sumSq[group] += sign * (double) v * v;
      }
    } else {
      double v = ((DoubleColumn) c).getDouble(row);
      if (abs) {
        v = Math.abs(v);
      }
      doubleSum[group] += sign * v;
      if (squares) {
        sumSq[group] += sign * v * v;
      }
    }
  }

  @Override
  void mergeState(int group, AggregateStore other, int otherGroup) {
    SumStore o = (SumStore) other;
    nonNull[group] += o.nonNull[otherGroup];
    if (exact) {
      longSum[group] += o.longSum[otherGroup];
    } else {
      doubleSum[group] += o.doubleSum[otherGroup];
    }
    if (squares) {
      sumSq[group] += o.sumSq[otherGroup];
    }
  }

  @Override
  void resetState(int group) {
    nonNull[group] = 0;
    if (exact) {
      longSum[group] = 0;
    } else {
      doubleSum[group] = 0;
    }
    if (squares) {
      sumSq[group] = 0;
    }
  }

  private double sum(int group) {
    return exact ? longSum[group] : doubleSum[group];
  }

  @Override
  void writeState(int group, GroupTree tree, AggregateColumn out, int outRow) {
    switch (spec.kind()) {
      case ABS_SUM:
        writeSum(group, true, out, outRow);
        break;
      case GMV:
        writeGmv(group, tree, out, outRow);
        break;
      case PCT_SUM_PARENT: {
        int parent = tree.parent(group);
        out.setFinite(outRow, parent < 0 ? 100 : sum(group) / sum(parent) * 100);
        break;
      }
      case PCT_SUM_TOTAL: {
        int root = group;
        while (tree.parent(root) >= 0) {
          root = tree.parent(root);
        }
        out.setFinite(outRow, sum(group) / sum(root) * 100);
        break;
      }
      case AVG:
      case MEAN:
        writeMean(group, out, outRow);
        break;
      case VAR:
      case STDDEV:
        writeVariance(group, out, outRow);
        break;
      default:
        writeSum(group, false, out, outRow);
        break;
    }
  }

  private void writeSum(int group, boolean absolute, AggregateColumn out, int outRow) {
    if (exact) {
      long v = longSum[group];
      out.setLong(outRow, absolute ? Math.abs(v) : v);
    } else {
      double v = doubleSum[group];
      out.setDouble(outRow, absolute ? Math.abs(v) : v);
    }
  }

  private void writeGmv(int group, GroupTree tree, AggregateColumn out, int outRow) {
    int children = tree.childCount(group);
    if (children == 0) {
      writeSum(group, false, out, outRow);
    } else if (exact) {
      long total = 0;
      for (int i = 0; i < children; i++) {
        total += Math.abs(longSum[tree.child(group, i)]);
      }
      out.setLong(outRow, total);
    } else {
      double total = 0;
      for (int i = 0; i < children; i++) {
        total += Math.abs(doubleSum[tree.child(group, i)]);
      }
      out.setDouble(outRow, total);
    }
  }

  private void writeMean(int group, AggregateColumn out, int outRow) {
    long n = nonNull[group];
    if (n == 0) {
      out.setNull(outRow);
    } else if (spec.resultType() == ColumnType.FLOAT) {
      out.setDouble(outRow, sum(group) / n);
    } else {
      out.setLong(outRow, Math.floorDiv(longSum[group], n));
    }
  }

  private void writeVariance(int group, AggregateColumn out, int outRow) {
    long n = nonNull[group];
    if (n < 2) {
      out.setNull(outRow);
      return;
    }
    double mean = sum(group) / n;
    double var = Math.max(0, sumSq[group] / n - mean * mean);
    out.setDouble(outRow, spec.kind() == AggregateKind.VAR ? var : Math.sqrt(var));
  }
}
