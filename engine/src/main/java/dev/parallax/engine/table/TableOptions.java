package dev.parallax.engine.table;

import dev.parallax.engine.ParallaxException;

/**
 * How a table keeps its rows: by a primary key ({@code index}), as a ring of at
 * most {@code limit} rows, or, by default, appending every row.
 */
public final class TableOptions {
  private String index;
  private int limit;
  private boolean limited;

  public TableOptions() {
  }

  public static TableOptions indexed(String column) {
    return new TableOptions().setIndex(column);
  }

  public static TableOptions limited(int rows) {
    return new TableOptions().setLimit(rows);
  }

  /** The primary-key column, or null. */
  public String getIndex() {
    return index;
  }

  /**
   * Makes {@code column} the primary key: an update whose key exists overwrites
   * that row's values (only those the update carries), and {@code remove} deletes
   * by key.
   */
  public TableOptions setIndex(String column) {
    this.index = column;
    return this;
  }

  /** The ring size, or 0 when the table is unbounded. */
  public int getLimit() {
    return limited ? limit : 0;
  }

  /** Keeps at most {@code rows} rows, overwriting the oldest when full. */
  public TableOptions setLimit(int rows) {
    this.limit = rows;
    this.limited = true;
    return this;
  }

  /** Refuses contradictory or out-of-range options. */
  void validate() {
    if (index != null && limited) {
      throw new ParallaxException("Cannot specify both index and limit");
    }
    if (limited && limit < 1) {
      // Perspective accepts 0 and then drops every row; a ring that holds nothing is a mistake.
      throw new ParallaxException("limit must be at least 1, got " + limit);
    }
    if (index != null && index.isEmpty()) {
      throw new ParallaxException("index must name a column");
    }
  }
}
