package dev.parallax.engine.view;

import dev.parallax.engine.column.Column;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Arrays;

/** A level keyed by wide values (integers, dates, datetimes, floats): a hash map per parent. */
final class HashedKeyLevel extends KeyLevel {
  private Long2IntOpenHashMap[] children = new Long2IntOpenHashMap[8];
  private int[] nullChild = new int[8];

  HashedKeyLevel(Column column) {
    super(column);
    Arrays.fill(nullChild, -1);
  }

  @Override
  int findNull(int parent) {
    return parent < nullChild.length ? nullChild[parent] : -1;
  }

  @Override
  int find(int parent, long code) {
    if (parent >= children.length || children[parent] == null) {
      return -1;
    }
    return children[parent].get(code);
  }

  @Override
  void put(int parent, boolean isNull, long code, int child) {
    if (parent >= children.length) {
      int n = Math.max(parent + 1, children.length * 2);
      int old = nullChild.length;
      children = Arrays.copyOf(children, n);
      nullChild = Arrays.copyOf(nullChild, n);
      Arrays.fill(nullChild, old, n, -1);
    }
    if (isNull) {
      nullChild[parent] = child;
      return;
    }
    if (children[parent] == null) {
      children[parent] = new Long2IntOpenHashMap();
      children[parent].defaultReturnValue(-1);
    }
    children[parent].put(code, child);
  }

  @Override
  void forget(int parent, boolean isNull, long code) {
    if (isNull) {
      nullChild[parent] = -1;
    } else {
      children[parent].remove(code);
    }
  }
}
