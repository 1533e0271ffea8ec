package dev.parallax.engine.column;

import java.util.Arrays;

/** Strings, stored as codes into a {@link Dictionary} the column owns. */
public final class StringColumn extends Column {
  private final Dictionary dictionary;
  private int[] codes;

  StringColumn(Dictionary dictionary, int capacity) {
    super(ColumnType.STRING, capacity);
    this.dictionary = dictionary;
    this.codes = new int[capacity];
  }

  /**
   * A column that shares {@code dictionary}, so that codes copy between the two
   * without translation: how snapshots of a table's old values are kept.
   */
  public static StringColumn sharing(Dictionary dictionary, int capacity) {
    return new StringColumn(dictionary, capacity);
  }

  public Dictionary dictionary() {
    return dictionary;
  }

  /** The dictionary code at {@code row}; meaningless when the row is null. */
  public int getCode(int row) {
    return codes[row];
  }

  public String getString(int row) {
    return isValid(row) ? dictionary.decode(codes[row]) : null;
  }

  public void setString(int row, String value) {
    if (value == null) {
      setNull(row);
    } else {
      setCode(row, dictionary.encode(value));
    }
  }

  /** Sets a code of this column's own dictionary. */
  public void setCode(int row, int code) {
    codes[row] = code;
    markValid(row);
  }

  /** The backing array of codes, for tight loops that check validity themselves. */
  public int[] codes() {
    return codes;
  }

  /**
   * Copies row {@code from} of {@code src} into row {@code to}, translating its
   * code through {@code remap} (source code to this column's code), as built by
   * {@link #remapFrom}.
   */
  public void copyRemapped(StringColumn src, int from, int to, int[] remap) {
    if (src.isValid(from)) {
      setCode(to, remap[src.codes[from]]);
    } else {
      setNull(to);
    }
  }

  /** For each code of {@code other}, the code of the same string in this column's dictionary. */
  public int[] remapFrom(Dictionary other) {
    int n = other.size();
    int[] remap = new int[n];
    for (int i = 0; i < n; i++) {
      remap[i] = dictionary.encode(other.decode(i));
    }
    return remap;
  }

  @Override
  public int capacity() {
    return codes.length;
  }

  @Override
  void resize(int capacity) {
    codes = Arrays.copyOf(codes, capacity);
  }

  @Override
  void clearValue(int row) {
    codes[row] = 0;
  }

  @Override
  public void copyRow(Column src, int from, int to) {
    StringColumn s = (StringColumn) src;
    if (s.dictionary != dictionary) {
      throw new IllegalArgumentException("string columns do not share a dictionary");
    }
    if (s.isValid(from)) {
      setCode(to, s.codes[from]);
    } else {
      setNull(to);
    }
  }

  @Override
  void copyValues(Column src, int from, int to, int count) {
    StringColumn s = (StringColumn) src;
    if (s.dictionary != dictionary) {
      throw new IllegalArgumentException("string columns do not share a dictionary");
    }
    System.arraycopy(s.codes, from, codes, to, count);
  }

  /**
   * {@link #copyRange} from a column with another dictionary: codes pass through
   * {@code remap} (as built by {@link #remapFrom}) in one tight loop.
   */
  public void copyRangeRemapped(StringColumn src, int from, int to, int count, int[] remap) {
    int[] in = src.codes;
    for (int i = 0; i < count; i++) {
      // A null row's code is 0, a valid index into any non-empty remap; its validity bit stays clear.
      codes[to + i] = remap.length == 0 ? 0 : remap[in[from + i]];
    }
    copyValidity(src, from, to, count);
  }

  @Override
  void gatherValues(Column src, int[] ids, int n) {
    StringColumn s = (StringColumn) src;
    if (s.dictionary != dictionary) {
      throw new IllegalArgumentException("string columns do not share a dictionary");
    }
    int[] in = s.codes;
    for (int i = 0; i < n; i++) {
      codes[i] = in[ids[i]];
    }
  }

  @Override
  void clearValues(int from, int count) {
    java.util.Arrays.fill(codes, from, from + count, 0);
  }

  @Override
  public Object get(int row) {
    return getString(row);
  }

  @Override
  public long heapBytes() {
    return super.heapBytes() + 16L + codes.length * 4L + dictionary.heapBytes();
  }
}
