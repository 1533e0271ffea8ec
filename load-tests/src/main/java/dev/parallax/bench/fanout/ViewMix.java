package dev.parallax.bench.fanout;

import dev.parallax.server.protocol.wire.Wire;

/**
 * The views the subscribers make, in turn: subscriber {@code i} makes
 * {@code values()[i % 3]}. The Node harness ({@code fanout.mjs}) makes the same three.
 */
enum ViewMix {
  /** Every column, sorted by price descending. */
  FLAT_SORTED("flat, sort price desc", "price"),
  /** group_by sym: sum of qty, average of price, and sym's unique value (the row's key). */
  GROUPED("group_by sym (sum qty, avg price, unique sym)", "price"),
  /** group_by sym × split_by side: as {@link #GROUPED}, per side. */
  GROUPED_SPLIT("group_by sym x split_by side (sum qty, avg price, unique sym)", "buy|price");

  /**
   * The column keying a grouped view's rows. A row delta carries no row path
   * (as in Perspective), so the grouped views show sym's unique value: a
   * group's own name, null on the total row.
   */
  static final String KEY_COLUMN = "sym";

  private final String title;
  private final String markerColumn;

  ViewMix(String title, String markerColumn) {
    this.title = title;
    this.markerColumn = markerColumn;
  }

  static ViewMix of(int subscriber) {
    return values()[subscriber % values().length];
  }

  String title() {
    return title;
  }

  /** The column whose one negative value is the marker's price (see {@link FanOutData}). */
  String markerColumn() {
    return markerColumn;
  }

  boolean grouped() {
    return this != FLAT_SORTED;
  }

  Wire.ViewConfig config() {
    Wire.ViewConfig.Builder b = Wire.ViewConfig.newBuilder();
    if (this == FLAT_SORTED) {
      return b.addSort(Wire.ViewConfig.Sort.newBuilder().setColumn("price").setOp(Wire.SortOp.SORT_DESC)).build();
    }
    b.addGroupBy("sym")
        .setColumns(Wire.ColumnsUpdate.newBuilder().setColumns(
            Wire.ColumnsUpdate.Columns.newBuilder().addColumns(KEY_COLUMN).addColumns("qty").addColumns("price")))
        .putAggregates(KEY_COLUMN, Wire.ViewConfig.AggList.newBuilder().addAggregations("unique").build())
        .putAggregates("qty", Wire.ViewConfig.AggList.newBuilder().addAggregations("sum").build())
        .putAggregates("price", Wire.ViewConfig.AggList.newBuilder().addAggregations("avg").build());
    if (this == GROUPED_SPLIT) {
      b.addSplitBy("side");
    }
    return b.build();
  }
}
