package dev.parallax.engine.window;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;

/**
 * Computes one window column over a table laid out in {@link Partitions}: every
 * partition in one pass over primitive arrays, sliding sums and a monotonic
 * queue over frames, no value boxed and nothing allocated per row.
 */
final class WindowEvaluator {
  private final WindowSpec spec;
  private final Partitions parts;
  private final int n;
  private final int[] lo;
  private final double[] order;

  WindowEvaluator(WindowSpec spec, Partitions parts, Column orderColumn) {
    this.spec = spec;
    this.parts = parts;
    this.n = parts.rows.length;
    this.lo = new int[n];
    this.order = new double[n];
    boolean ranged = spec.effectiveFrame() == WindowFrame.RANGE && spec.op().frames().contains(WindowFrame.RANGE);
    if (ranged) {
      RowCodes.numbers(orderColumn, parts.rows, n, order);
    }
  }

  /** Writes the window's value for every laid-out row into {@code out}. */
  void evaluate(Column source, Column out) {
    int[] rows = parts.rows;
    switch (spec.op()) {
      case LAG:
      case LEAD:
        shift(source, out, spec.op() == WindowOp.LAG ? -spec.effectiveOffset() : spec.effectiveOffset());
        return;
      case MIN:
      case MAX:
        frames();
        extremes(source, out, spec.op() == WindowOp.MAX);
        return;
      default:
        break;
    }
    double[] x = new double[n];
    boolean[] present = new boolean[n];
    if (source.type().isNumeric()) {
      RowCodes.numbers(source, rows, n, x);
    }
    for (int i = 0; i < n; i++) {
      present[i] = source.isValid(rows[i]);
    }
    switch (spec.op()) {
      case DIFF:
        diff(x, present, (DoubleColumn) out);
        return;
      case EMA:
        ema(x, present, (DoubleColumn) out);
        return;
      case RATE:
        frames();
        rate(x, present, (DoubleColumn) out);
        return;
      default:
        frames();
        moments(x, present, out);
    }
  }

  private void frames() {
    for (int p = 0; p < parts.count; p++) {
      Frames.starts(spec, parts.starts[p], parts.starts[p + 1], order, lo);
    }
  }

  /** sum, avg, count, var and stddev over each frame: sums that add the row entering and drop those leaving. */
  private void moments(double[] x, boolean[] present, Column out) {
    int[] rows = parts.rows;
    WindowOp op = spec.op();
    for (int p = 0; p < parts.count; p++) {
      int from = parts.starts[p];
      double s1 = 0;
      double s2 = 0;
      long count = 0;
      int first = from;
      for (int i = from; i < parts.starts[p + 1]; i++) {
        if (present[i]) {
          s1 += x[i];
          s2 += x[i] * x[i];
          count++;
        }
        for (; first < lo[i]; first++) {
          if (present[first]) {
            s1 -= x[first];
            s2 -= x[first] * x[first];
            count--;
          }
        }
        int row = rows[i];
        if (op == WindowOp.COUNT) {
          ((IntColumn) out).setInt(row, (int) count);
          continue;
        }
        double v;
        switch (op) {
          case SUM:
            v = count == 0 ? Double.NaN : s1;
            break;
          case AVG:
            v = count == 0 ? Double.NaN : s1 / count;
            break;
          default:
            v = count < 2 ? Double.NaN : (s2 - s1 * s1 / count) / (count - 1);
            if (op == WindowOp.STDDEV && !Double.isNaN(v)) {
              v = Math.sqrt(Math.max(0, v));
            }
            break;
        }
        put((DoubleColumn) out, row, v);
      }
    }
  }

  /** min and max over each frame: a queue of candidate positions whose codes only rise (min) or fall (max). */
  private void extremes(Column source, Column out, boolean max) {
    int[] rows = parts.rows;
    long[] codes = new long[n];
    RowCodes.fill(source, rows, n, codes);
    int[] queue = new int[n];
    for (int p = 0; p < parts.count; p++) {
      int head = 0;
      int tail = 0;
      for (int i = parts.starts[p]; i < parts.starts[p + 1]; i++) {
        long c = codes[i];
        if (c != RowCodes.NULL) {
          while (tail > head && (max ? codes[queue[tail - 1]] <= c : codes[queue[tail - 1]] >= c)) {
            tail--;
          }
          queue[tail++] = i;
        }
        while (tail > head && queue[head] < lo[i]) {
          head++;
        }
        if (tail > head) {
          out.copyRow(source, rows[queue[head]], rows[i]);
        } else {
          out.setNull(rows[i]);
        }
      }
    }
  }

  /** lag (negative shift) and lead: the value that many rows away in the partition. */
  private void shift(Column source, Column out, int by) {
    int[] rows = parts.rows;
    for (int p = 0; p < parts.count; p++) {
      int from = parts.starts[p];
      int to = parts.starts[p + 1];
      for (int i = from; i < to; i++) {
        long at = (long) i + by;
        if (at >= from && at < to) {
          out.copyRow(source, rows[(int) at], rows[i]);
        } else {
          out.setNull(rows[i]);
        }
      }
    }
  }

  private void diff(double[] x, boolean[] present, DoubleColumn out) {
    int[] rows = parts.rows;
    int k = spec.effectiveOffset();
    for (int p = 0; p < parts.count; p++) {
      int from = parts.starts[p];
      for (int i = from; i < parts.starts[p + 1]; i++) {
        long j = (long) i - k;
        put(out, rows[i], j >= from && present[i] && present[(int) j] ? x[i] - x[(int) j] : Double.NaN);
      }
    }
  }

  /** Change per unit of the order column between the frame's first row and the row. */
  private void rate(double[] x, boolean[] present, DoubleColumn out) {
    int[] rows = parts.rows;
    for (int i = 0; i < n; i++) {
      int j = lo[i];
      double dt = order[i] - order[j];
      boolean defined = j < i && present[i] && present[j] && !Double.isNaN(dt) && dt != 0;
      put(out, rows[i], defined ? (x[i] - x[j]) / dt : Double.NaN);
    }
  }

  /** Exponential moving average; a null keeps the average so far, none so far is null. */
  private void ema(double[] x, boolean[] present, DoubleColumn out) {
    int[] rows = parts.rows;
    double alpha = spec.alpha();
    for (int p = 0; p < parts.count; p++) {
      double e = Double.NaN;
      boolean seen = false;
      for (int i = parts.starts[p]; i < parts.starts[p + 1]; i++) {
        if (present[i]) {
          e = seen ? alpha * x[i] + (1 - alpha) * e : x[i];
          seen = true;
        }
        put(out, rows[i], seen ? e : Double.NaN);
      }
    }
  }

  private static void put(DoubleColumn out, int row, double v) {
    if (Double.isNaN(v)) {
      out.setNull(row);
    } else {
      out.setDouble(row, v);
    }
  }
}
