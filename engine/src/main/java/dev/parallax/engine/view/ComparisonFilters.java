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

  /** A closed range of longs, negated or not, as a filter on one column. */
  private interface Range {
    RowFilter of(long lo, long hi, boolean negate);
  }

  static RowFilter ints(IntColumn column, FilterOperator op, long v) {
    return range(op, v, (lo, hi, negate) -> new IntRangeFilter(column, lo, hi, negate));
  }

  static RowFilter longs(LongColumn column, FilterOperator op, long v) {
    return range(op, v, (lo, hi, negate) -> new LongRangeFilter(column, lo, hi, negate));
  }

  private static RowFilter range(FilterOperator op, long v, Range range) {
    switch (op) {
      case EQ: return range.of(v, v, false);
      case NE: return range.of(v, v, true);
      case GT: return v == Long.MAX_VALUE ? RowFilter.constant(false) : range.of(v + 1, Long.MAX_VALUE, false);
      case GE: return range.of(v, Long.MAX_VALUE, false);
      case LT: return v == Long.MIN_VALUE ? RowFilter.constant(false) : range.of(Long.MIN_VALUE, v - 1, false);
      case LE: return range.of(Long.MIN_VALUE, v, false);
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
