package dev.parallax.engine.aggregate;

import java.util.Arrays;

/**
 * The partial states of one aggregate for groups {@code 0..groupCount()-1}, held
 * column-wise in primitive arrays indexed by group id.
 *
 * <p>States are <em>mergeable</em>: merging the stores of the parts of a table,
 * group by group, gives exactly the state of the whole table (the order of
 * floating additions aside), which is how a cluster combines the partitions of a
 * view and how a pivot builds a parent from its children. Stores whose
 * {@link #isInvertible()} is true also take rows back out with {@link #remove};
 * for the others a pivot {@link #reset}s the groups a change touched and adds
 * their rows again.
 *
 * <p>A group to which no row was added has no value: every aggregate writes it as
 * null (so does Perspective for the total of an empty table). Not thread-safe.
 */
public abstract class AggregateStore {
  final AggregateSpec spec;
  /** Rows added to each group, nulls included; may be longer than {@link #groupCount()}. */
  long[] rows;
  private int groupCount;

  AggregateStore(AggregateSpec spec, int groups) {
    this.spec = spec;
    this.rows = new long[groups];
    this.groupCount = groups;
  }

  public final AggregateSpec spec() {
    return spec;
  }

  /** How many groups the store holds: ids {@code 0..groupCount()-1}. */
  public final int groupCount() {
    return groupCount;
  }

  /** Makes room for groups below {@code groups}; new groups are empty. */
  public final void ensureGroups(int groups) {
    if (groups > rows.length) {
      // Grow by half again so that adding groups one by one stays linear.
      int grown = Math.max(groups, rows.length + (rows.length >> 1) + 8);
      rows = Arrays.copyOf(rows, grown);
      grow(grown);
    }
    groupCount = Math.max(groupCount, groups);
  }

  /** Grows the subclass's arrays to {@code groups}, keeping their contents. */
  abstract void grow(int groups);

  /** How many rows, nulls included, went into {@code group}. */
  public final long rowCount(int group) {
    return rows[group];
  }

  /** Adds table row {@code row} of {@code src} to {@code group}. */
  public abstract void add(AggregateSource src, int group, int row);

  /** Adds {@code rows[i]} to group {@code groups[i]} for each {@code i < n}. */
  public void addAll(AggregateSource src, int[] groups, int[] rows, int n) {
    for (int i = 0; i < n; i++) {
      add(src, groups[i], rows[i]);
    }
  }

  /** Adds rows {@code 0..n-1}, row {@code i} to group {@code groups[i]}: a full scan. */
  public void addAll(AggregateSource src, int[] groups, int n) {
    for (int i = 0; i < n; i++) {
      add(src, groups[i], i);
    }
  }

  /** Whether {@link #remove} is supported. */
  public boolean isInvertible() {
    return false;
  }

  /**
   * Takes back a row added earlier to {@code group}; {@code src} holds the row's
   * values as they were added (e.g. a delta's old values).
   *
   * @throws UnsupportedOperationException when the store is not invertible
   */
  public void remove(AggregateSource src, int group, int row) {
    throw new UnsupportedOperationException("'" + spec.kind() + "' cannot remove rows; reset and re-add the group");
  }

  /**
   * Folds group {@code otherGroup} of {@code other} into {@code group} of this store.
   *
   * @throws IllegalArgumentException when {@code other} is not a store of the same
   *     aggregate over the same types
   */
  public final void merge(int group, AggregateStore other, int otherGroup) {
    if (other.getClass() != getClass() || !spec.sameFunction(other.spec)) {
      throw new IllegalArgumentException("cannot merge " + other.spec + " into " + spec);
    }
    rows[group] += other.rows[otherGroup];
    mergeState(group, other, otherGroup);
  }

  abstract void mergeState(int group, AggregateStore other, int otherGroup);

  /** Empties {@code group}. */
  public final void reset(int group) {
    rows[group] = 0;
    resetState(group);
  }

  abstract void resetState(int group);

  /**
   * Writes the result of {@code group} into row {@code outRow} of {@code out}, a
   * column of this aggregate's result type; {@code tree} places the group in its
   * pivot where the result depends on it.
   */
  public final void write(int group, GroupTree tree, AggregateColumn out, int outRow) {
    if (out.type() != spec.resultType()) {
      throw new IllegalArgumentException("result of " + spec + " is " + spec.resultType()
          + ", not " + out.type());
    }
    if (rows[group] == 0) {
      out.setNull(outRow);
    } else {
      writeState(group, tree, out, outRow);
    }
  }

  abstract void writeState(int group, GroupTree tree, AggregateColumn out, int outRow);
}
