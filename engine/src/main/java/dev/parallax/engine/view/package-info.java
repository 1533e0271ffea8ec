/**
 * Views of a table, flat or pivoted, kept current batch by batch; the public
 * face is {@link dev.parallax.engine.view.View} (made from a
 * {@link dev.parallax.engine.view.ViewConfig}), read through
 * {@link dev.parallax.engine.view.ViewWindow}s and followed through
 * {@link dev.parallax.engine.view.ViewUpdate}s.
 *
 * <p>A flat view ({@code FlatBody}) is a filtered, sorted list of row ids
 * ({@code RowOrder}). A pivot ({@code PivotBody}) compiles its config to a
 * {@code PivotPlan}, groups rows into a row tree and a split tree
 * ({@code KeyTree}, one {@code KeyLevel} per column), keeps one aggregate store
 * per shown column over the cells the two trees make ({@code PivotCells},
 * {@code CellAggregates}, built column-parallel on the shared ForkJoin pool),
 * lays rows and columns out ({@code RowLayout}, {@code ColumnLayout}) and applies
 * each table delta incrementally ({@code CellUpdater}, {@code ChangedRows}).
 */
package dev.parallax.engine.view;
