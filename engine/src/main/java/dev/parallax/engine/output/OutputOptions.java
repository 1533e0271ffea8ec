package dev.parallax.engine.output;

/** What a text output adds beside the view's columns: Perspective's {@code id} and {@code index} flags. */
public final class OutputOptions {
  private boolean id;
  private boolean index;

  public boolean isId() {
    return id;
  }

  /** Adds {@code __ID__}: a flat row's key, or a pivot row's path. */
  public OutputOptions setId(boolean id) {
    this.id = id;
    return this;
  }

  public boolean isIndex() {
    return index;
  }

  /** Adds {@code __INDEX__}: the primary key (or implicit row index) of each row. */
  public OutputOptions setIndex(boolean index) {
    this.index = index;
    return this;
  }
}
