/**
 * Window columns ({@code windows} in a view config, new in Perspective 5.5): per
 * row aggregates over the row's partition in a given order — running and
 * sliding sums, averages, counts, extremes and variances, lag, lead, diff, rate
 * and exponential averages. {@link dev.parallax.engine.window.WindowSpec} reads
 * one definition; {@link dev.parallax.engine.window.WindowColumns} checks a
 * view's windows against a table and keeps their columns current.
 */
package dev.parallax.engine.window;
