package dev.parallax.engine.view;

import dev.parallax.engine.column.Dictionary;
import dev.parallax.engine.column.StringColumn;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Any operator on a string column. The predicate runs once per distinct string,
 * not per row: its verdict is kept per dictionary code and extended as the
 * dictionary grows, so each row costs one array lookup.
 */
final class StringFilter extends RowFilter {
  private final StringColumn column;
  private final Predicate<String> predicate;
  private final boolean passNull;
  private boolean[] verdicts = new boolean[0];

  StringFilter(StringColumn column, Predicate<String> predicate, boolean passNull) {
    this.column = column;
    this.predicate = predicate;
    this.passNull = passNull;
  }

  private boolean[] verdicts() {
    Dictionary d = column.dictionary();
    int size = d.size();
    if (size > verdicts.length) {
      int from = verdicts.length;
      verdicts = Arrays.copyOf(verdicts, size);
      for (int c = from; c < size; c++) {
        verdicts[c] = predicate.test(d.decode(c));
      }
    }
    return verdicts;
  }

  @Override
  int select(int[] in, int n, int[] out) {
    boolean[] pass = verdicts();
    int[] codes = column.codes();
    int m = 0;
    for (int i = 0; i < n; i++) {
      int r = in[i];
      if (column.isValid(r) ? pass[codes[r]] : passNull) {
        out[m++] = r;
      }
    }
    return m;
  }

  @Override
  boolean test(int row) {
    return column.isValid(row) ? verdicts()[column.getCode(row)] : passNull;
  }
}
