package dev.parallax.engine.view;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The filter operators of Perspective 5.5.1, with the types each applies to as
 * its {@code get_features} advertises them (in that order). {@link #label()} is the spelling
 * {@code get_config} returns: Perspective 5.5.1 reports "begins with" as
 * "startswith" and "ends with" as "endswith", and accepts both spellings.
 */
public enum FilterOperator {
  EQ("==", Kind.COMPARE),
  NE("!=", Kind.COMPARE),
  GT(">", Kind.COMPARE),
  GE(">=", Kind.COMPARE),
  LT("<", Kind.COMPARE),
  LE("<=", Kind.COMPARE),
  BEGINS_WITH("startswith", Kind.TEXT, "begins with"),
  NOT_BEGINS_WITH("not startswith", Kind.TEXT, "not begins with"),
  CONTAINS("contains", Kind.TEXT),
  NOT_CONTAINS("not contains", Kind.TEXT),
  ENDS_WITH("endswith", Kind.TEXT, "ends with"),
  NOT_ENDS_WITH("not endswith", Kind.TEXT, "not ends with"),
  MATCHES("matches", Kind.TEXT),
  NOT_MATCHES("not matches", Kind.TEXT),
  IN("in", Kind.SET),
  NOT_IN("not in", Kind.SET),
  IS_NOT_NULL("is not null", Kind.NULLS),
  IS_NULL("is null", Kind.NULLS);

  /** Which column types an operator applies to. */
  private enum Kind { COMPARE, TEXT, SET, NULLS }

  private static final FilterOperator[] VALUES = values();

  private final String label;
  private final String alias;
  private final Kind kind;

  FilterOperator(String label, Kind kind) {
    this(label, kind, null);
  }

  FilterOperator(String label, Kind kind, String alias) {
    this.label = label;
    this.kind = kind;
    this.alias = alias;
  }

  /** The spelling Perspective's {@code get_config} returns. */
  public String label() {
    return label;
  }

  /** The spelling {@code get_features} advertises, e.g. "begins with". */
  public String advertisedName() {
    return alias != null ? alias : label;
  }

  /**
   * Whether a column of {@code type} may be filtered with this operator:
   * the advertised ones, and {@code in}/{@code not in} on every type, which
   * Perspective 5.5.1 accepts without advertising.
   */
  public boolean appliesTo(ColumnType type) {
    return kind != Kind.TEXT || type == ColumnType.STRING;
  }

  /** Whether {@code get_features} lists this operator for {@code type}. */
  public boolean isAdvertisedFor(ColumnType type) {
    return kind == Kind.COMPARE || kind == Kind.NULLS || type == ColumnType.STRING;
  }

  /** Whether the operator ignores its operand. */
  public boolean isNullCheck() {
    return kind == Kind.NULLS;
  }

  /** The operators {@code get_features} advertises for {@code type}, in its order. */
  public static Set<FilterOperator> forType(ColumnType type) {
    EnumSet<FilterOperator> s = EnumSet.noneOf(FilterOperator.class);
    for (FilterOperator op : VALUES) {
      if (op.isAdvertisedFor(type)) {
        s.add(op);
      }
    }
    return s;
  }

  /** Parses an operator as a client spells it ("begins with" or "startswith"). */
  public static FilterOperator of(String text) {
    for (FilterOperator op : VALUES) {
      if (op.label.equals(text) || text.equals(op.alias)) {
        return op;
      }
    }
    throw new ParallaxException("Unknown filter operator '" + text + "'");
  }
}
