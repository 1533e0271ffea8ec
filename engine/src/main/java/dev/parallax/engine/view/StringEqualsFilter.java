package dev.parallax.engine.view;

import dev.parallax.engine.column.StringColumn;

/**
 * {@code ==} and {@code !=} on a string column as a comparison of dictionary
 * codes. A string the dictionary does not hold yet has no code; it is looked up
 * again only when the dictionary has grown.
 */
final class StringEqualsFilter extends RowFilter {
  private final StringColumn column;
  private final String value;
  private final boolean negate;
  private int code = -1;
  private int lookedUpAt = -1;

  StringEqualsFilter(StringColumn column, String value, boolean negate) {
    this.column = column;
    this.value = value;
    this.negate = negate;
  }

  private int code() {
    if (code < 0 && lookedUpAt != column.dictionary().size()) {
      code = column.dictionary().lookup(value);
      lookedUpAt = column.dictionary().size();
    }
    return code;
  }

  @Override
  int select(int[] in, int n, int[] out) {
    int c = code();
    int[] codes = column.codes();
    int m = 0;
    for (int i = 0; i < n; i++) {
      int r = in[i];
      boolean equal = codes[r] == c && column.isValid(r);
      if (equal != negate) {
        out[m++] = r;
      }
    }
    return m;
  }

  @Override
  boolean test(int row) {
    return (column.getCode(row) == code() && column.isValid(row)) != negate;
  }
}
