package dev.parallax.engine.aggregate;

import dev.parallax.engine.column.ColumnType;
import java.util.Arrays;

/**
 * The aggregates that pick a row by its place in the {@link RowSequence}, for
 * every column type, in the input's type. Observed in Perspective 5.5.1, where
 * "key order" is the primary key's (insertion order without an index), whatever
 * the view's sort and whenever a row was last updated, and "tree order" is the
 * key order within each leaf group, leaf groups in the view's group order:
 * <ul>
 * <li>"first": the value of the first row in key order, null if that row is null.
 * <li>"last by index": the value of the last row in key order, null if null.
 * <li>"last": the value of the last row in tree order, null if null. At a leaf
 *     group it equals "last by index"; above, it is the last child's "last".
 * <li>"any": the first non-null value in tree order, skipping the zeros of
 *     integers, floats and booleans (a group [0, 2] gives 2, [false, true]
 *     true); for a group of only nulls and zeros the type's zero ({@code ""},
 *     false, 0, 0000-00-00).
 * <li>"last minus first" (integer, float): "last by index" − "first"; null if
 *     either is null.
 * </ul>
 * Not invertible; the state is the sequence and value of the chosen rows.
 */
final class OrderStore extends AggregateStore {
  private final ValueDomain domain;
  private final boolean wantFirst;
  private final boolean wantLast;
  private final Pick first;
  private final Pick last;
  private final Pick any;
  /** Whether "any" passes over zero values, as it does for numbers and booleans. */
  private final boolean skipsZero;

  OrderStore(AggregateSpec spec, int groups) {
    super(spec, groups);
    AggregateKind k = spec.kind();
    this.domain = new ValueDomain(spec.valueType());
    this.wantFirst = k == AggregateKind.FIRST || k == AggregateKind.LAST_MINUS_FIRST;
    this.wantLast = k == AggregateKind.LAST || k == AggregateKind.LAST_BY_INDEX
        || k == AggregateKind.LAST_MINUS_FIRST;
    this.first = wantFirst ? new Pick(groups) : null;
    this.last = wantLast ? new Pick(groups) : null;
    this.any = k == AggregateKind.ANY ? new Pick(groups) : null;
    ColumnType t = spec.valueType();
    this.skipsZero = t == ColumnType.INTEGER || t == ColumnType.FLOAT || t == ColumnType.BOOLEAN;
  }

  @Override
  void grow(int groups) {
    for (Pick p : picks()) {
      p.grow(groups);
    }
  }

  /** The picks this aggregate keeps. */
  private Pick[] picks() {
    if (first != null && last != null) {
      return new Pick[] {first, last};
    }
    return new Pick[] {first != null ? first : last != null ? last : any};
  }

  @Override
  public void add(AggregateSource src, int group, int row) {
    rows[group]++;
    long seq = src.sequence.at(row);
    boolean valid = src.value.isValid(row);
    long v = valid ? domain.read(src.value, row) : 0;
    if (wantFirst) {
      first.offer(group, seq, v, !valid, true);
    }
    if (wantLast) {
      last.offer(group, seq, v, !valid, false);
    }
    if (any != null && valid && !(skipsZero && domain.isZero(v))) {
      any.offer(group, seq, v, false, true);
    }
  }

  @Override
  void mergeState(int group, AggregateStore other, int otherGroup) {
    OrderStore o = (OrderStore) other;
    if (wantFirst) {
      first.offerFrom(group, o.first, otherGroup, o.domain, true);
    }
    if (wantLast) {
      last.offerFrom(group, o.last, otherGroup, o.domain, false);
    }
    if (any != null) {
      any.offerFrom(group, o.any, otherGroup, o.domain, true);
    }
  }

  @Override
  void resetState(int group) {
    for (Pick p : picks()) {
      p.set[group] = false;
    }
  }

  @Override
  void writeState(int group, GroupTree tree, AggregateColumn out, int outRow) {
    switch (spec.kind()) {
      case FIRST:
        write(first, group, out, outRow);
        break;
      case ANY:
        domain.write(out, outRow, any.set[group] ? any.value[group] : domain.zero());
        break;
      case LAST_MINUS_FIRST:
        if (first.isNull[group] || last.isNull[group]) {
          out.setNull(outRow);
        } else {
          domain.write(out, outRow, domain.minus(last.value[group], first.value[group]));
        }
        break;
      default:
        write(last, group, out, outRow);
        break;
    }
  }

  private void write(Pick p, int group, AggregateColumn out, int outRow) {
    if (p.isNull[group]) {
      out.setNull(outRow);
    } else {
      domain.write(out, outRow, p.value[group]);
    }
  }

  /** The row chosen so far in each group: the earliest (or latest) offered. */
  private final class Pick {
    boolean[] set;
    long[] seq;
    long[] value;
    boolean[] isNull;

    Pick(int groups) {
      set = new boolean[groups];
      seq = new long[groups];
      value = new long[groups];
      isNull = new boolean[groups];
    }

    void grow(int groups) {
      set = Arrays.copyOf(set, groups);
      seq = Arrays.copyOf(seq, groups);
      value = Arrays.copyOf(value, groups);
      isNull = Arrays.copyOf(isNull, groups);
    }

    void offer(int group, long s, long v, boolean nul, boolean earliest) {
      if (!set[group] || (earliest ? s < seq[group] : s > seq[group])) {
        set[group] = true;
        seq[group] = s;
        value[group] = v;
        isNull[group] = nul;
      }
    }

    void offerFrom(int group, Pick o, int otherGroup, ValueDomain from, boolean earliest) {
      if (o.set[otherGroup]) {
        long v = o.isNull[otherGroup] ? 0 : domain.adopt(from, o.value[otherGroup]);
        offer(group, o.seq[otherGroup], v, o.isNull[otherGroup], earliest);
      }
    }
  }
}
