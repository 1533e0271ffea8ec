package dev.parallax.engine.aggregate;

import dev.parallax.engine.column.ColumnType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every aggregate function of Perspective 5.5.1, named as its view config names it,
 * with the column types it applies to (as the engine advertises them in
 * {@code get_features}) and the type of its result.
 *
 * <p>What each function computes, observed by running the real engine, is told on
 * the (package-private) store that implements it: {@code SumStore},
 * {@code CountStore}, {@code MulStore}, {@code BoolStore}, {@code ExtremeStore},
 * {@code OrderStore}, {@code ByStore}, {@code WeightedMeanStore} and
 * {@code CollectStore}.
 */
public enum AggregateKind {
  SUM("sum", Types.NUMERIC, Result.SAME),
  ABS_SUM("abs sum", Types.NUMERIC, Result.SAME),
  SUM_ABS("sum abs", Types.NUMERIC, Result.SAME),
  SUM_NOT_NULL("sum not null", Types.NUMERIC, Result.SAME),
  GMV("gmv", Types.NUMERIC, Result.SAME),
  PCT_SUM_PARENT("pct sum parent", Types.NUMERIC, Result.FLOAT),
  PCT_SUM_TOTAL("pct sum total", "pct sum grand total", Types.NUMERIC, Result.FLOAT),
  AVG("avg", "mean", Types.NUMERIC_TEMPORAL, Result.FLOAT_OR_SAME),
  MEAN("mean", Types.NUMERIC, Result.FLOAT),
  STDDEV("stddev", Types.NUMERIC, Result.FLOAT),
  VAR("var", "variance", Types.NUMERIC, Result.FLOAT),
  MUL("mul", Types.NUMERIC, Result.SAME),
  COUNT("count", Types.ALL, Result.INTEGER),
  AND("and", Types.BOOL, Result.BOOLEAN),
  OR("or", Types.BOOL, Result.BOOLEAN),
  HIGH("high", "high water mark", Types.NUMERIC_TEMPORAL, Result.SAME),
  LOW("low", "low water mark", Types.NUMERIC_TEMPORAL, Result.SAME),
  MAX("max", Types.NUMERIC_TEMPORAL, Result.SAME),
  MIN("min", Types.NUMERIC_TEMPORAL, Result.SAME),
  HIGH_MINUS_LOW("high minus low", "high minuslow", Types.NUMERIC, Result.SAME),
  ANY("any", Types.ALL, Result.SAME),
  FIRST("first", Types.ALL, Result.SAME),
  LAST("last", "last value", Types.ALL, Result.SAME),
  LAST_BY_INDEX("last by index", Types.ALL, Result.SAME),
  LAST_MINUS_FIRST("last minus first", Types.NUMERIC, Result.SAME),
  MAX_BY("max by", Types.NUMERIC_STRING, Result.SAME),
  MIN_BY("min by", Types.NUMERIC_STRING, Result.SAME),
  WEIGHTED_MEAN("weighted mean", Types.NUMERIC, Result.FLOAT),
  MEDIAN("median", Types.ORDERED, Result.SAME),
  Q1("q1", Types.ORDERED, Result.SAME),
  Q3("q3", Types.ORDERED, Result.SAME),
  DISTINCT_COUNT("distinct count", Types.ALL, Result.INTEGER),
  DISTINCT_LEAF("distinct leaf", Types.ALL, Result.SAME),
  DOMINANT("dominant", Types.ALL, Result.SAME),
  UNIQUE("unique", Types.ALL, Result.SAME),
  JOIN("join", Types.STRING, Result.SAME);

  private static final AggregateKind[] VALUES = values();

  private final String label;
  private final String reportedName;
  private final Set<ColumnType> types;
  private final Result result;

  AggregateKind(String label, Set<ColumnType> types, Result result) {
    this(label, label, types, result);
  }

  AggregateKind(String label, String reportedName, Set<ColumnType> types, Result result) {
    this.label = label;
    this.reportedName = reportedName;
    this.types = types;
    this.result = result;
  }

  /** The name in a view config, e.g. {@code "last by index"}. */
  public String label() {
    return label;
  }

  /**
   * The name Perspective 5.5.1's {@code get_config} gives the function: mostly
   * its label, but its own display name for a few ({@code "avg"} reads back
   * {@code "mean"}, {@code "last"} {@code "last value"}, {@code "var"}
   * {@code "variance"}), some of which it refuses as input.
   */
  public String reportedName() {
    return reportedName;
  }

  /** Whether Perspective offers this function on a column of {@code type}. */
  public boolean appliesTo(ColumnType type) {
    return types.contains(type);
  }

  /** The type of the result over a column of {@code input}. */
  public ColumnType resultType(ColumnType input) {
    switch (result) {
      case FLOAT: return ColumnType.FLOAT;
      case INTEGER: return ColumnType.INTEGER;
      case BOOLEAN: return ColumnType.BOOLEAN;
      case FLOAT_OR_SAME: return input.isNumeric() ? ColumnType.FLOAT : input;
      default: return input;
    }
  }

  /** Whether the function takes a second column: {@code ["weighted mean", ["w"]]}. */
  public boolean takesArgument() {
    return this == WEIGHTED_MEAN || this == MAX_BY || this == MIN_BY;
  }

  /**
   * Which {@link RowSequence} the function needs. Perspective 5.5.1 has two row
   * orders: "first", "last by index" and "last minus first" follow the primary key
   * (insertion order without an index) over the whole group; "last", "any", and
   * the tie-breaks of "dominant", "max by" and "min by" follow the pivot's tree —
   * the rows of the first leaf group (in the view's group order) by key, then the
   * next leaf's. Within one leaf group the two orders agree.
   *
   * @return true when the sequence must order rows by leaf group, then by key
   */
  public boolean ordersRowsByTree() {
    return this == LAST || this == ANY || this == DOMINANT || this == MAX_BY || this == MIN_BY;
  }

  /** Perspective's default: sum for integer and float columns, count for the others. */
  public static AggregateKind defaultFor(ColumnType type) {
    return type.isNumeric() ? SUM : COUNT;
  }

  /**
   * The function named {@code label}, or null when there is none. Besides the
   * labels, Perspective 5.5.1 takes two of its reported names as input:
   * {@code "variance"} and {@code "pct sum grand total"}.
   */
  public static AggregateKind byLabel(String label) {
    for (AggregateKind k : VALUES) {
      if (k.label.equals(label)) {
        return k;
      }
    }
    if (VAR.reportedName.equals(label)) {
      return VAR;
    }
    return PCT_SUM_TOTAL.reportedName.equals(label) ? PCT_SUM_TOTAL : null;
  }

  @Override
  public String toString() {
    return label;
  }

  private enum Result { SAME, FLOAT, INTEGER, BOOLEAN, FLOAT_OR_SAME }

  private static final class Types {
    static final Set<ColumnType> ALL = EnumSet.allOf(ColumnType.class);
    static final Set<ColumnType> NUMERIC = EnumSet.of(ColumnType.INTEGER, ColumnType.FLOAT);
    static final Set<ColumnType> NUMERIC_TEMPORAL =
        EnumSet.of(ColumnType.INTEGER, ColumnType.FLOAT, ColumnType.DATE, ColumnType.DATETIME);
    static final Set<ColumnType> NUMERIC_STRING =
        EnumSet.of(ColumnType.INTEGER, ColumnType.FLOAT, ColumnType.STRING);
    static final Set<ColumnType> ORDERED = EnumSet.of(ColumnType.INTEGER, ColumnType.FLOAT,
        ColumnType.STRING, ColumnType.DATE, ColumnType.DATETIME);
    static final Set<ColumnType> BOOL = EnumSet.of(ColumnType.BOOLEAN);
    static final Set<ColumnType> STRING = EnumSet.of(ColumnType.STRING);
  }
}
