package dev.parallax.engine.column;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Arrays;

/**
 * The distinct strings of a column, each given a dense code in order of first
 * appearance. Codes are never reused or renumbered, so a code stored in a row or
 * in a snapshot of old values stays meaningful for the dictionary's lifetime.
 */
public final class Dictionary {
  private String[] values = new String[16];
  private int size;
  private final Object2IntOpenHashMap<String> codes = new Object2IntOpenHashMap<>();
  private int[] ranks;
  private int rankedSize = -1;

  public Dictionary() {
    codes.defaultReturnValue(-1);
  }

  /** The code of {@code value}, adding it when new. */
  public int encode(String value) {
    int code = codes.getInt(value);
    if (code < 0) {
      code = size;
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
      codes.put(value, code);
    }
    return code;
  }

  /** The code of {@code value}, or -1 when the dictionary does not hold it. */
  public int lookup(String value) {
    return codes.getInt(value);
  }

  public String decode(int code) {
    return values[code];
  }

  public int size() {
    return size;
  }

  /**
   * The rank of each code in lexicographic order of its string: {@code ranks()[a] <
   * ranks()[b]} exactly when {@code decode(a).compareTo(decode(b)) < 0}. Recomputed
   * only after new strings arrive; the caller must not modify the array.
   */
  public int[] ranks() {
    if (rankedSize != size) {
      int[] order = new int[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      final String[] v = values;
      IntArrays.quickSort(order, (a, b) -> v[a].compareTo(v[b]));
      int[] r = new int[size];
      for (int i = 0; i < size; i++) {
        r[order[i]] = i;
      }
      ranks = r;
      rankedSize = size;
    }
    return ranks;
  }

  long heapBytes() {
    long b = 16L + values.length * 8L + codes.size() * 24L;
    for (int i = 0; i < size; i++) {
      b += 40L + values[i].length();
    }
    return b;
  }
}
