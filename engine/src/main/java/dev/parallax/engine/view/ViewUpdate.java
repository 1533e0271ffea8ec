package dev.parallax.engine.view;

/**
 * What one table batch changed in a view: the view rows that were added or
 * written, as Perspective's row-mode {@code on_update} reports them (verified
 * against 5.5.1): every added or updated table row that is in the view after
 * the batch, with every view column, in view order, even when its values did
 * not change; rows that left the view or were removed are not reported, so a
 * {@code remove()} yields an update with no rows. Every batch yields one update,
 * even one that changed nothing. After a {@code replace} every row is new.
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

  /** The view position of each changed row, ascending: {@code positions()[i]} is row {@code i} of {@link #rows()}. */
  public int[] positions() {
    return positions.clone();
  }

  /** Whether the table was cleared or replaced, so the view was rebuilt. */
  public boolean isReset() {
    return reset;
  }
}
