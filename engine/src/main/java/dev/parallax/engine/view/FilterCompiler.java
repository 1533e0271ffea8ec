package dev.parallax.engine.view;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a filter clause into a {@link RowFilter} for its column's type and
 * operator, and reports the clause with its operand coerced as Perspective's
 * {@code get_config} shows it.
 *
 * <p>Null semantics, as observed in Perspective 5.5.1: {@code !=} and
 * {@code not in} keep null rows; every other operator drops them. The
 * {@code not begins with / not contains / not ends with / not matches} family
 * drops null rows too. A null operand acts as a value below every other:
 * {@code !=} and {@code not in} keep every row, {@code >}, {@code >=} and the
 * negated text operators keep the non-null rows, every other operator keeps none.
 */
final class FilterCompiler {
  /** A compiled clause and its normalized config entry. */
  record Compiled(RowFilter filter, ViewConfig.Filter clause) { }

  private FilterCompiler() {
  }

  static Compiled compile(ViewConfig.Filter f, ColumnSource source) {
    Column column = source.column(f.column());
    if (column == null) {
      throw new ParallaxException("Invalid column '" + f.column() + "' found in View filter");
    }
    ColumnType type = column.type();
    FilterOperator op = f.operator();
    if (!op.appliesTo(type)) {
      throw new ParallaxException("Filter operator '" + op.label() + "' does not apply to " + type
          + " column '" + f.column() + "': expected one of " + labels(type));
    }
    if (op.isNullCheck()) {
      return new Compiled(new NullFilter(column, op == FilterOperator.IS_NULL), f);
    }
    Object operand = f.operand();
    if (operand instanceof List && op != FilterOperator.IN && op != FilterOperator.NOT_IN) {
      throw Operands.wrongType(f.column(), operand, "a single value");
    }
    if (operand == null) {
      return new Compiled(nullOperand(op, column), f);
    }
    if ((op == FilterOperator.IN || op == FilterOperator.NOT_IN) && type != ColumnType.STRING) {
      return valueSet(column, f);
    }
    switch (type) {
      case INTEGER: {
        long v = (long) Operands.number(f.column(), operand);
        return new Compiled(intRange((IntColumn) column, op, v), with(f, v));
      }
      case DATE: {
        int v = Operands.date(f.column(), operand);
        return new Compiled(intRange((IntColumn) column, op, v), with(f, LocalDate.ofEpochDay(v).toString()));
      }
      case DATETIME: {
        long v = Operands.datetime(f.column(), operand);
        return new Compiled(longRange((LongColumn) column, op, v), with(f, v));
      }
      case FLOAT: {
        double v = Operands.number(f.column(), operand);
        return new Compiled(doubleRange((DoubleColumn) column, op, v), with(f, v));
      }
      case BOOLEAN: {
        boolean v = Operands.bool(f.column(), operand);
        return new Compiled(bool((BoolColumn) column, op, v), with(f, v));
      }
      case STRING:
        return string((StringColumn) column, f);
      default:
        throw new AssertionError(type);
    }
  }

  private static ViewConfig.Filter with(ViewConfig.Filter f, Object operand) {
    return new ViewConfig.Filter(f.column(), f.operator(), operand);
  }

  private static String labels(ColumnType type) {
    List<String> l = new ArrayList<>();
    for (FilterOperator op : FilterOperator.forType(type)) {
      l.add(op.label());
    }
    return l.toString();
  }

  private static RowFilter nullOperand(FilterOperator op, Column column) {
    switch (op) {
      case NE:
      case NOT_IN:
        return RowFilter.constant(true);
      case GT:
      case GE:
      case NOT_BEGINS_WITH:
      case NOT_CONTAINS:
      case NOT_ENDS_WITH:
        return new NullFilter(column, false);
      default:
        return RowFilter.constant(false);
    }
  }

  private static RowFilter intRange(IntColumn column, FilterOperator op, long operand) {
    // Past the int range every operand acts like its nearest out-of-range neighbour.
    long v = Math.max(Integer.MIN_VALUE - 1L, Math.min(Integer.MAX_VALUE + 1L, operand));
    long lo;
    long hi;
    switch (op) {
      case EQ: case NE: lo = v; hi = v; break;
      case GT: lo = v + 1; hi = Integer.MAX_VALUE; break;
      case GE: lo = v; hi = Integer.MAX_VALUE; break;
      case LT: lo = Integer.MIN_VALUE; hi = v - 1; break;
      case LE: lo = Integer.MIN_VALUE; hi = v; break;
      default: throw new AssertionError(op);
    }
    lo = Math.max(lo, Integer.MIN_VALUE);
    hi = Math.min(hi, Integer.MAX_VALUE);
    if (lo > hi) {
      // An operand beyond the int range: the range is empty, encoded as lo > hi.
      return new IntRangeFilter(column, 1, 0, op == FilterOperator.NE);
    }
    return new IntRangeFilter(column, (int) lo, (int) hi, op == FilterOperator.NE);
  }

  private static RowFilter longRange(LongColumn column, FilterOperator op, long v) {
    switch (op) {
      case EQ: return new LongRangeFilter(column, v, v, false);
      case NE: return new LongRangeFilter(column, v, v, true);
      case GT: return v == Long.MAX_VALUE ? RowFilter.constant(false) : new LongRangeFilter(column, v + 1, Long.MAX_VALUE, false);
      case GE: return new LongRangeFilter(column, v, Long.MAX_VALUE, false);
      case LT: return v == Long.MIN_VALUE ? RowFilter.constant(false) : new LongRangeFilter(column, Long.MIN_VALUE, v - 1, false);
      case LE: return new LongRangeFilter(column, Long.MIN_VALUE, v, false);
      default: throw new AssertionError(op);
    }
  }

  private static RowFilter doubleRange(DoubleColumn column, FilterOperator op, double v) {
    double inf = Double.POSITIVE_INFINITY;
    switch (op) {
      case EQ: return new DoubleRangeFilter(column, v, v, false);
      case NE: return new DoubleRangeFilter(column, v, v, true);
      case GT: return v == inf ? RowFilter.constant(false) : new DoubleRangeFilter(column, Math.nextUp(v), inf, false);
      case GE: return new DoubleRangeFilter(column, v, inf, false);
      case LT: return v == -inf ? RowFilter.constant(false) : new DoubleRangeFilter(column, -inf, Math.nextDown(v), false);
      case LE: return new DoubleRangeFilter(column, -inf, v, false);
      default: throw new AssertionError(op);
    }
  }

  private static RowFilter bool(BoolColumn column, FilterOperator op, boolean v) {
    int x = v ? 1 : 0;
    switch (op) {
      case EQ: return new BoolFilter(column, x == 0, x == 1, false);
      case NE: return new BoolFilter(column, x != 0, x != 1, true);
      case GT: return new BoolFilter(column, false, x < 1, false);
      case GE: return new BoolFilter(column, x <= 0, true, false);
      case LT: return new BoolFilter(column, x > 0, false, false);
      case LE: return new BoolFilter(column, true, x >= 1, false);
      default: throw new AssertionError(op);
    }
  }

  /** {@code in}/{@code not in} on a column other than string: each value coerced to its type. */
  private static Compiled valueSet(Column column, ViewConfig.Filter f) {
    boolean negate = f.operator() == FilterOperator.NOT_IN;
    List<Object> reported = new ArrayList<>();
    IntOpenHashSet ints = new IntOpenHashSet();
    LongOpenHashSet longs = new LongOpenHashSet();
    boolean[] bools = new boolean[2];
    String name = f.column();
    for (Object o : f.operand() instanceof List ? (List<?>) f.operand() : List.of(f.operand())) {
      if (o == null) {
        reported.add(null);
        continue;
      }
      switch (column.type()) {
        case INTEGER: {
          long v = (long) Operands.number(name, o);
          if (v == (int) v) {
            ints.add((int) v);
          }
          reported.add(v);
          break;
        }
        case DATE: {
          int v = Operands.date(name, o);
          ints.add(v);
          reported.add(LocalDate.ofEpochDay(v).toString());
          break;
        }
        case DATETIME: {
          long v = Operands.datetime(name, o);
          longs.add(v);
          reported.add(v);
          break;
        }
        case FLOAT: {
          double v = Operands.number(name, o);
          longs.add(DoubleSetFilter.key(v));
          reported.add(v);
          break;
        }
        case BOOLEAN: {
          boolean v = Operands.bool(name, o);
          bools[v ? 1 : 0] = true;
          reported.add(v);
          break;
        }
        default:
          throw new AssertionError(column.type());
      }
    }
    RowFilter filter;
    switch (column.type()) {
      case INTEGER:
      case DATE:
        filter = new IntSetFilter((IntColumn) column, ints, negate);
        break;
      case DATETIME:
        filter = new LongSetFilter((LongColumn) column, longs, negate);
        break;
      case FLOAT:
        filter = new DoubleSetFilter((DoubleColumn) column, longs, negate);
        break;
      default:
        filter = new BoolFilter((BoolColumn) column, bools[0] != negate, bools[1] != negate, negate);
        break;
    }
    return new Compiled(filter, with(f, reported));
  }

  private static Compiled string(StringColumn column, ViewConfig.Filter f) {
    FilterOperator op = f.operator();
    if (op == FilterOperator.IN || op == FilterOperator.NOT_IN) {
      List<Object> values = new ArrayList<>();
      Set<String> set = new HashSet<>();
      for (Object o : f.operand() instanceof List ? (List<?>) f.operand() : List.of(f.operand())) {
        if (o != null) {
          set.add(Operands.string(f.column(), o));
        }
        values.add(o);
      }
      boolean in = op == FilterOperator.IN;
      return new Compiled(new StringFilter(column, s -> set.contains(s) == in, !in), with(f, values));
    }
    String v = Operands.string(f.column(), f.operand());
    if (op == FilterOperator.EQ || op == FilterOperator.NE) {
      return new Compiled(new StringEqualsFilter(column, v, op == FilterOperator.NE), f);
    }
    // Text operators other than "matches" ignore case in Perspective 5.5.1; == and < do not.
    String lower = v.toLowerCase(Locale.ROOT);
    Predicate<String> p;
    switch (op) {
      case GT: p = s -> s.compareTo(v) > 0; break;
      case GE: p = s -> s.compareTo(v) >= 0; break;
      case LT: p = s -> s.compareTo(v) < 0; break;
      case LE: p = s -> s.compareTo(v) <= 0; break;
      case BEGINS_WITH: p = s -> s.toLowerCase(Locale.ROOT).startsWith(lower); break;
      case NOT_BEGINS_WITH: p = s -> !s.toLowerCase(Locale.ROOT).startsWith(lower); break;
      case CONTAINS: p = s -> s.toLowerCase(Locale.ROOT).contains(lower); break;
      case NOT_CONTAINS: p = s -> !s.toLowerCase(Locale.ROOT).contains(lower); break;
      case ENDS_WITH: p = s -> s.toLowerCase(Locale.ROOT).endsWith(lower); break;
      case NOT_ENDS_WITH: p = s -> !s.toLowerCase(Locale.ROOT).endsWith(lower); break;
      case MATCHES: p = regex(v, true); break;
      case NOT_MATCHES: p = regex(v, false); break;
      default: throw new AssertionError(op);
    }
    return new Compiled(new StringFilter(column, p, false), f);
  }

  /**
   * A search (not a whole-string match), case-sensitive. Perspective matches
   * nothing, either way, for a pattern that does not compile; a viewer sends
   * half-typed patterns, so this is not an error.
   */
  private static Predicate<String> regex(String pattern, boolean want) {
    Pattern p;
    try {
      p = Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      return s -> false;
    }
    return s -> p.matcher(s).find() == want;
  }
}
