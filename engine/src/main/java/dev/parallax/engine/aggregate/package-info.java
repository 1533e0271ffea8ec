/**
 * Perspective's aggregate functions as mergeable partial states over primitive
 * storage: the layer a pivot (group_by / split_by) builds on.
 *
 * <p>How a pivot uses it:
 * <ol>
 * <li>{@link dev.parallax.engine.aggregate.AggregateSpecParser#parse} reads each
 *     {@code aggregates} entry of a view config (or
 *     {@link dev.parallax.engine.aggregate.AggregateSpec#defaultFor} gives
 *     Perspective's default), checked against the table schema.
 * <li>{@link dev.parallax.engine.aggregate.AggregateSpec#newStore} makes the
 *     states for the pivot's groups (tree nodes, total included), and
 *     {@link dev.parallax.engine.aggregate.AggregateSpec#source} binds the table's
 *     columns and the row order the function needs
 *     ({@link dev.parallax.engine.aggregate.AggregateKind#ordersRowsByTree()}).
 * <li>Rows go in with {@code add}/{@code addAll}, into their leaf group and its
 *     ancestors — or a parent is built by merging its children. On a table delta,
 *     invertible stores {@code remove} the old values and add the new; the others
 *     {@code reset} the touched groups and add their rows again.
 * <li>Partitions of a table (cluster members) each aggregate their rows; the
 *     stores merge group by group into the state of the whole table.
 * <li>{@code write} turns a group's state into a result in an
 *     {@link dev.parallax.engine.aggregate.AggregateColumn}, which output formats
 *     read as a {@link dev.parallax.engine.view.WindowColumn}.
 * </ol>
 */
package dev.parallax.engine.aggregate;
