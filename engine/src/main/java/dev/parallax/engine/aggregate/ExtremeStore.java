package dev.parallax.engine.aggregate;

import java.util.Arrays;

/**
 * The extremes of integer, float, date and datetime columns, in the input's type.
 * Perspective 5.5.1 treats nulls three ways here, reproduced:
 * <ul>
 * <li>"high", "low": a null reads as the type's zero (0; for a date 0000-00-00,
 *     shown as -62167305600000 ms), so {@code [1, null, 3]} has low 0 and a
 *     group of only nulls gives that zero.
 * <li>"min": nulls order below every value, so one null makes the min null;
 *     "max": the greatest non-null value, null when all are null. (This is
 *     Perspective's order for a table made from data; for the first batch of a
 *     table made from a schema it orders nulls above every value instead, and
 *     the two swap. Parallax orders null lowest everywhere.)
 * <li>"high minus low": max − min as above, so null when the group holds a null.
 * </ul>
 * Not invertible; the state is the least and greatest non-null values.
 */
final class ExtremeStore extends AggregateStore {
  private final ValueDomain domain;
  private long[] nonNull;
  private long[] min;
  private long[] max;

  ExtremeStore(AggregateSpec spec, int groups) {
    super(spec, groups);
    this.domain = new ValueDomain(spec.valueType());
    this.nonNull = new long[groups];
    this.min = new long[groups];
    this.max = new long[groups];
  }

  @Override
  void grow(int groups) {
    nonNull = Arrays.copyOf(nonNull, groups);
    min = Arrays.copyOf(min, groups);
    max = Arrays.copyOf(max, groups);
  }

  @Override
  public void add(AggregateSource src, int group, int row) {
    rows[group]++;
    if (src.value.isValid(row)) {
      long v = domain.read(src.value, row);
      include(group, v, v, 1);
    }
  }

  private void include(int group, long lo, long hi, long count) {
    if (nonNull[group] == 0) {
      min[group] = lo;
      max[group] = hi;
    } else {
      min[group] = domain.min(min[group], lo);
      max[group] = domain.max(max[group], hi);
    }
    nonNull[group] += count;
  }

  @Override
  void mergeState(int group, AggregateStore other, int otherGroup) {
    ExtremeStore o = (ExtremeStore) other;
    if (o.nonNull[otherGroup] > 0) {
      include(group, o.min[otherGroup], o.max[otherGroup], o.nonNull[otherGroup]);
    }
  }

  @Override
  void resetState(int group) {
    nonNull[group] = 0;
  }

  @Override
  void writeState(int group, GroupTree tree, AggregateColumn out, int outRow) {
    boolean none = nonNull[group] == 0;
    boolean anyNull = nonNull[group] < rows[group];
    long zero = domain.zero();
    switch (spec.kind()) {
      case HIGH:
        domain.write(out, outRow, none ? zero : anyNull ? domain.max(max[group], zero) : max[group]);
        break;
      case LOW:
        domain.write(out, outRow, none ? zero : anyNull ? domain.min(min[group], zero) : min[group]);
        break;
      case MAX:
        writeUnlessNull(out, outRow, none, max[group]);
        break;
      case MIN:
        writeUnlessNull(out, outRow, anyNull, min[group]);
        break;
      default:
        writeUnlessNull(out, outRow, anyNull, domain.minus(max[group], min[group]));
        break;
    }
  }

  private void writeUnlessNull(AggregateColumn out, int outRow, boolean isNull, long v) {
    if (isNull) {
      out.setNull(outRow);
    } else {
      domain.write(out, outRow, v);
    }
  }
}
