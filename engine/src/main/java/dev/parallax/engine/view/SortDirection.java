package dev.parallax.engine.view;

import dev.parallax.engine.ParallaxException;

/**
 * A sort direction as Perspective spells it. The {@code col …} directions sort
 * the split columns of a pivot and do nothing to a flat view; {@code … abs}
 * sorts by absolute value.
 */
public enum SortDirection {
  NONE("none"),
  ASC("asc"),
  DESC("desc"),
  ASC_ABS("asc abs"),
  DESC_ABS("desc abs"),
  COL_ASC("col asc"),
  COL_DESC("col desc"),
  COL_ASC_ABS("col asc abs"),
  COL_DESC_ABS("col desc abs");

  private static final SortDirection[] VALUES = values();

  private final String label;

  SortDirection(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether this direction orders the split columns rather than the rows. */
  public boolean isColumnSort() {
    return label.startsWith("col ");
  }

  /** Whether this direction orders rows (not {@code none}, not a column sort). */
  public boolean sortsRows() {
    return this != NONE && !isColumnSort();
  }

  public boolean isDescending() {
    return this == DESC || this == DESC_ABS || this == COL_DESC || this == COL_DESC_ABS;
  }

  public boolean isAbsolute() {
    return label.endsWith(" abs");
  }

  public static SortDirection of(String text) {
    for (SortDirection d : VALUES) {
      if (d.label.equals(text)) {
        return d;
      }
    }
    throw new ParallaxException("Unknown sort direction '" + text
        + "': expected one of none, asc, desc, asc abs, desc abs, col asc, col desc, col asc abs, col desc abs");
  }
}
