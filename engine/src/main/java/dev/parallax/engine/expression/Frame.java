package dev.parallax.engine.expression;

import java.util.Arrays;

/**
 * The variables of one compiled expression ({@code var x := …}, {@code var v[3]}), one slot each.
 * A row's evaluation starts from its first statement, so every {@code var}
 * re-initialises its slot: no value leaks from one row into the next.
 */
final class Frame {
  static final int NONE = 0;
  static final int BREAK = 1;
  static final int CONTINUE = 2;

  double[] nums = new double[0];
  /** A pending {@code break} or {@code continue}: statement lists stop, the enclosing loop acts on it. */
  int jump = NONE;
  String[] strs = new String[0];
  /** Vector variables, each an array of its declared size. */
  double[][] vecs = new double[0][];

  int addNum() {
    nums = Arrays.copyOf(nums, nums.length + 1);
    return nums.length - 1;
  }

  int addVec(int size) {
    vecs = Arrays.copyOf(vecs, vecs.length + 1);
    vecs[vecs.length - 1] = new double[size];
    return vecs.length - 1;
  }

  int addStr() {
    strs = Arrays.copyOf(strs, strs.length + 1);
    return strs.length - 1;
  }
}
