package dev.parallax.engine.view;

/**
 * What one table batch changed in a view, as Perspective's row-mode
 * {@code on_update} reports it (verified against 5.5.1).
 *
 * <p>A flat view reports every added or updated table row that is in the view
 * after the batch, with every view column, in view order, even when its values
 * did not change; rows that left the view or were removed are not reported, so
 * a {@code remove()} yields an update with no rows.
 *
 * <p>A pivot reports the rows whose shown aggregates changed, or that are new,
 * total first, with every output column and without row path; groups that
 * emptied are gone and not reported. A split-only view's total row is hidden,
 * yet reported (first, at position -1) when it changed.
 *
 * <p>Every batch yields one update, even one that changed nothing. After a
 * {@code replace} or {@code clear} every row that holds data is new.
 */
public final class ViewUpdate {
  private final ViewWindow rows;
  private final int[] positions;
  private final boolean reset;

  ViewUpdate(ViewWindow rows, int[] positions, boolean reset) {
    this.rows = rows;
    this.positions = positions;
    this.reset = reset;
  }

  /** The changed rows, in view order; read it before the table next changes. */
  public ViewWindow rows() {
    return rows;
  }

  /**
   * The view position of each changed row, ascending: {@code positions()[i]} is
   * row {@code i} of {@link #rows()}; -1 for a split-only pivot's hidden total.
   */
  public int[] positions() {
    return positions.clone();
  }

  /** Whether the table was cleared or replaced, so the view was rebuilt. */
  public boolean isReset() {
    return reset;
  }
}
