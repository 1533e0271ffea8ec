package dev.parallax.engine.aggregate;

import dev.parallax.engine.column.Column;

/**
 * The columns an aggregate reads: the aggregated column, the argument column of
 * "weighted mean", "max by" and "min by", and the row order. Built by
 * {@link AggregateSpec#source}, which checks the column types; for a remove it
 * wraps the columns holding the rows' old values.
 */
public final class AggregateSource {
  final Column value;
  final Column argument;
  final RowSequence sequence;

  AggregateSource(Column value, Column argument, RowSequence sequence) {
    this.value = value;
    this.argument = argument;
    this.sequence = sequence;
  }
}
