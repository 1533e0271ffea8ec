package dev.parallax.engine.aggregate;

import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import java.util.Objects;

/**
 * One aggregate of a view: the function, the column it aggregates and, for
 * "weighted mean", "max by" and "min by", the column it takes as argument; valid
 * for a given table schema. Parsed from a view config's {@code aggregates} entry
 * by {@link AggregateSpecParser}, or made directly with {@link #of}.
 */
public final class AggregateSpec {
  private final AggregateKind kind;
  private final String column;
  private final ColumnType valueType;
  private final String argument;
  private final ColumnType argumentType;

  private AggregateSpec(AggregateKind kind, String column, ColumnType valueType,
      String argument, ColumnType argumentType) {
    this.kind = kind;
    this.column = column;
    this.valueType = valueType;
    this.argument = argument;
    this.argumentType = argumentType;
  }

  /** {@code kind} over column {@code column} of {@code schema}, without argument. */
  public static AggregateSpec of(AggregateKind kind, String column, Schema schema) {
    return AggregateSpecParser.check(kind, column, null, schema);
  }

  /** {@code kind} over {@code column} with argument column {@code argument}. */
  public static AggregateSpec of(AggregateKind kind, String column, String argument, Schema schema) {
    return AggregateSpecParser.check(kind, column, Objects.requireNonNull(argument), schema);
  }

  /** Perspective's default aggregate for {@code column}: sum for numbers, count otherwise. */
  public static AggregateSpec defaultFor(String column, Schema schema) {
    return of(AggregateKind.defaultFor(schema.type(column)), column, schema);
  }

  static AggregateSpec checked(AggregateKind kind, String column, ColumnType valueType,
      String argument, ColumnType argumentType) {
    return new AggregateSpec(kind, column, valueType, argument, argumentType);
  }

  public AggregateKind kind() {
    return kind;
  }

  /** The aggregated column. */
  public String column() {
    return column;
  }

  public ColumnType valueType() {
    return valueType;
  }

  /** The argument column, or null. */
  public String argument() {
    return argument;
  }

  /** The argument column's type, or null. */
  public ColumnType argumentType() {
    return argumentType;
  }

  public ColumnType resultType() {
    return kind.resultType(valueType);
  }

  /**
   * How integer results are typed in Arrow: sums and counts 64-bit, distinct counts
   * unsigned; {@link IntegerWidth#INT32} for the rest, results that are values of
   * the column, which a view types as the column is typed.
   */
  public IntegerWidth integerWidth() {
    switch (kind) {
      case DISTINCT_COUNT:
        return IntegerWidth.UINT32;
      case COUNT: case SUM: case ABS_SUM: case SUM_ABS: case SUM_NOT_NULL: case GMV: case MUL:
        return IntegerWidth.INT64;
      default:
        return IntegerWidth.INT32;
    }
  }

  /**
   * The columns to read rows from: {@code value} of this spec's value type and,
   * when the function takes one, {@code argument} of the argument type.
   */
  public AggregateSource source(Column value, Column argument, RowSequence sequence) {
    if (value.type() != valueType) {
      throw new IllegalArgumentException(this + " reads a " + valueType + " column, not " + value.type());
    }
    if ((argument == null) != (argumentType == null)
        || (argument != null && argument.type() != argumentType)) {
      throw new IllegalArgumentException(this + " needs an argument column of type " + argumentType);
    }
    return new AggregateSource(value, argument, Objects.requireNonNull(sequence));
  }

  /** The source of an aggregate without argument column. */
  public AggregateSource source(Column value, RowSequence sequence) {
    return source(value, null, sequence);
  }

  /** A store for {@code groups} groups, all empty. */
  public AggregateStore newStore(int groups) {
    switch (kind) {
      case COUNT:
        return new CountStore(this, groups);
      case SUM: case ABS_SUM: case SUM_ABS: case SUM_NOT_NULL: case GMV:
      case PCT_SUM_PARENT: case PCT_SUM_TOTAL: case AVG: case MEAN: case STDDEV: case VAR:
        return new SumStore(this, groups);
      case MUL:
        return new MulStore(this, groups);
      case AND: case OR:
        return new BoolStore(this, groups);
      case HIGH: case LOW: case MAX: case MIN: case HIGH_MINUS_LOW:
        return new ExtremeStore(this, groups);
      case ANY: case FIRST: case LAST: case LAST_BY_INDEX: case LAST_MINUS_FIRST:
        return new OrderStore(this, groups);
      case MAX_BY: case MIN_BY:
        return new ByStore(this, groups);
      case WEIGHTED_MEAN:
        return new WeightedMeanStore(this, groups);
      default:
        return new CollectStore(this, groups);
    }
  }

  /** Whether stores of {@code other} merge into stores of this spec. */
  boolean sameFunction(AggregateSpec other) {
    return kind == other.kind && valueType == other.valueType && argumentType == other.argumentType;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AggregateSpec)) {
      return false;
    }
    AggregateSpec s = (AggregateSpec) o;
    return kind == s.kind && column.equals(s.column) && valueType == s.valueType
        && Objects.equals(argument, s.argument) && argumentType == s.argumentType;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, column, argument);
  }

  @Override
  public String toString() {
    return argument == null ? "'" + kind + "' of '" + column + "'"
        : "'" + kind + "' of '" + column + "' by '" + argument + "'";
  }
}
