package dev.parallax.engine.aggregate;

/**
 * "count": the rows of the group, nulls included (Perspective 5.5.1 counts a
 * group {@code [1, null, 3]} as 3 and a group of one null as 1), for every column
 * type; the result is an integer. Invertible.
 */
final class CountStore extends AggregateStore {
  CountStore(AggregateSpec spec, int groups) {
    super(spec, groups);
  }

  @Override
  void grow(int groups) {
    // The row count the base keeps is the whole state.
  }

  @Override
  public void add(AggregateSource src, int group, int row) {
    rows[group]++;
  }

  @Override
  public void addAll(AggregateSource src, int[] groups, int[] rowIds, int n) {
    long[] r = rows;
    for (int i = 0; i < n; i++) {
      r[groups[i]]++;
    }
  }

  @Override
  public void addAll(AggregateSource src, int[] groups, int n) {
    long[] r = rows;
    for (int i = 0; i < n; i++) {
      r[groups[i]]++;
    }
  }

  @Override
  public boolean isInvertible() {
    return true;
  }

  @Override
  public void remove(AggregateSource src, int group, int row) {
    rows[group]--;
  }

  @Override
  void mergeState(int group, AggregateStore other, int otherGroup) {
    // The base merged the row counts.
  }

  @Override
  void resetState(int group) {
    // The base reset the row count.
  }

  @Override
  void writeState(int group, GroupTree tree, AggregateColumn out, int outRow) {
    out.setLong(outRow, rows[group]);
  }
}
