package dev.parallax.engine.view;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;

/**
 * {@code == != > >= < <=} on numbers, dates, datetimes and booleans, each
 * reduced to a range of accepted values (negated for {@code !=}) over the
 * column's primitive type.
 */
final class ComparisonFilters {
  private ComparisonFilters() {
  }

  static RowFilter ints(IntColumn column, FilterOperator op, long operand) {
    // Past the int range every operand acts like its nearest out-of-range neighbour.
    long v = Math.max(Integer.MIN_VALUE - 1L, Math.min(Integer.MAX_VALUE + 1L, operand));
    long lo;
    long hi;
    switch (op) {
      case EQ: case NE: lo = v; hi = v; break;
      case GT: lo = v + 1; hi = Integer.MAX_VALUE; break;
      case GE: lo = v; hi = Integer.MAX_VALUE; break;
      case LT: lo = Integer.MIN_VALUE; hi = v - 1; break;
      case LE: lo = Integer.MIN_VALUE; hi = v; break;
      default: throw new AssertionError(op);
    }
    lo = Math.max(lo, Integer.MIN_VALUE);
    hi = Math.min(hi, Integer.MAX_VALUE);
    if (lo > hi) {
      // An operand beyond the int range: the range is empty, encoded as lo > hi.
      return new IntRangeFilter(column, 1, 0, op == FilterOperator.NE);
    }
    return new IntRangeFilter(column, (int) lo, (int) hi, op == FilterOperator.NE);
  }

  static RowFilter longs(LongColumn column, FilterOperator op, long v) {
    switch (op) {
      case EQ: return new LongRangeFilter(column, v, v, false);
      case NE: return new LongRangeFilter(column, v, v, true);
      case GT: return v == Long.MAX_VALUE ? RowFilter.constant(false) : new LongRangeFilter(column, v + 1, Long.MAX_VALUE, false);
      case GE: return new LongRangeFilter(column, v, Long.MAX_VALUE, false);
      case LT: return v == Long.MIN_VALUE ? RowFilter.constant(false) : new LongRangeFilter(column, Long.MIN_VALUE, v - 1, false);
      case LE: return new LongRangeFilter(column, Long.MIN_VALUE, v, false);
      default: throw new AssertionError(op);
    }
  }

  static RowFilter doubles(DoubleColumn column, FilterOperator op, double v) {
    double inf = Double.POSITIVE_INFINITY;
    switch (op) {
      case EQ: return new DoubleRangeFilter(column, v, v, false);
      case NE: return new DoubleRangeFilter(column, v, v, true);
      case GT: return v == inf ? RowFilter.constant(false) : new DoubleRangeFilter(column, Math.nextUp(v), inf, false);
      case GE: return new DoubleRangeFilter(column, v, inf, false);
      case LT: return v == -inf ? RowFilter.constant(false) : new DoubleRangeFilter(column, -inf, Math.nextDown(v), false);
      case LE: return new DoubleRangeFilter(column, -inf, v, false);
      default: throw new AssertionError(op);
    }
  }

  static RowFilter bools(BoolColumn column, FilterOperator op, boolean v) {
    int x = v ? 1 : 0;
    switch (op) {
      case EQ: return new BoolFilter(column, x == 0, x == 1, false);
      case NE: return new BoolFilter(column, x != 0, x != 1, true);
      case GT: return new BoolFilter(column, false, x < 1, false);
      case GE: return new BoolFilter(column, x <= 0, true, false);
      case LT: return new BoolFilter(column, x > 0, false, false);
      case LE: return new BoolFilter(column, true, x >= 1, false);
      default: throw new AssertionError(op);
    }
  }
}
