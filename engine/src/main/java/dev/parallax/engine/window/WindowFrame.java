package dev.parallax.engine.window;

/**
 * The rows a framed window aggregate reads for each row, always ending at the
 * row itself: every row of its partition before it ({@code cumulative}, the
 * default), a number of rows before it ({@code rows}), or the rows before it
 * whose order value lies within an interval of its own ({@code range}).
 */
public enum WindowFrame {
  ROWS("rows"),
  RANGE("range"),
  CUMULATIVE("cumulative");

  private final String label;

  WindowFrame(String label) {
    this.label = label;
  }

  /** The config key that selects it. */
  public String label() {
    return label;
  }
}
