package dev.parallax.engine.aggregate;

import dev.parallax.engine.column.Column;
import java.util.Arrays;

/**
 * "max by" and "min by": the value (integer, float or string column) of the row
 * whose argument (an integer or float column) is greatest, or least. Written
 * {@code ["max by", ["w"]]}. As in Perspective 5.5.1 (for a table made from data)
 * a null argument orders below every number, so "min by" picks a row whose
 * argument is null when there is one;
 * ties go to the earliest row in the {@link RowSequence}, which follows the tree
 * (leaf groups in group order); the picked row's value may be null. Not invertible.
 */
final class ByStore extends AggregateStore {
  private final ValueDomain domain;
  /** The argument's values, as exact as the value's: an integer argument past 2^53 orders exactly. */
  private final ValueDomain argument;
  private final boolean greatest;
  private boolean[] set;
  private long[] seq;
  private long[] key;
  private boolean[] keyNull;
  private long[] value;
  private boolean[] valueNull;

  ByStore(AggregateSpec spec, int groups) {
    super(spec, groups);
    this.domain = new ValueDomain(spec.valueType());
    this.argument = new ValueDomain(spec.argumentType());
    this.greatest = spec.kind() == AggregateKind.MAX_BY;
    this.set = new boolean[groups];
    this.seq = new long[groups];
    this.key = new long[groups];
    this.keyNull = new boolean[groups];
    this.value = new long[groups];
    this.valueNull = new boolean[groups];
  }

  @Override
  void grow(int groups) {
    set = Arrays.copyOf(set, groups);
    seq = Arrays.copyOf(seq, groups);
    key = Arrays.copyOf(key, groups);
    keyNull = Arrays.copyOf(keyNull, groups);
    value = Arrays.copyOf(value, groups);
    valueNull = Arrays.copyOf(valueNull, groups);
  }

  @Override
  public void add(AggregateSource src, int group, int row) {
    rows[group]++;
    Column a = src.argument;
    boolean kn = a.isNull(row);
    long k = kn ? 0 : argument.read(a, row);
    boolean vn = src.value.isNull(row);
    offer(group, src.sequence.at(row), kn, k, vn, vn ? 0 : domain.read(src.value, row));
  }

  private void offer(int group, long s, boolean kn, long k, boolean vn, long v) {
    if (set[group]) {
      int c = compareKeys(kn, k, keyNull[group], key[group]);
      boolean better = greatest ? c > 0 : c < 0;
      if (!better && !(c == 0 && s < seq[group])) {
        return;
      }
    }
    set[group] = true;
    seq[group] = s;
    keyNull[group] = kn;
    key[group] = k;
    valueNull[group] = vn;
    value[group] = v;
  }

  /** Orders arguments with null below every number. */
  private int compareKeys(boolean an, long a, boolean bn, long b) {
    if (an || bn) {
      return Boolean.compare(bn, an);
    }
    return argument.compare(a, b);
  }

  @Override
  void mergeState(int group, AggregateStore other, int otherGroup) {
    ByStore o = (ByStore) other;
    if (o.set[otherGroup]) {
      boolean vn = o.valueNull[otherGroup];
      offer(group, o.seq[otherGroup], o.keyNull[otherGroup], o.key[otherGroup], vn,
          vn ? 0 : domain.adopt(o.domain, o.value[otherGroup]));
    }
  }

  @Override
  void resetState(int group) {
    set[group] = false;
  }

  @Override
  void writeState(int group, GroupTree tree, AggregateColumn out, int outRow) {
    if (valueNull[group]) {
      out.setNull(outRow);
    } else {
      domain.write(out, outRow, value[group]);
    }
  }
}
