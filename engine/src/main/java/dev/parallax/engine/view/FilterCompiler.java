package dev.parallax.engine.view;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
      return SetFilters.compile(column, f);
    }
    switch (type) {
      case INTEGER: {
        long v = (long) Operands.number(f.column(), operand);
        return new Compiled(ComparisonFilters.ints((IntColumn) column, op, v), with(f, v));
      }
      case DATE: {
        int v = Operands.date(f.column(), operand);
        return new Compiled(ComparisonFilters.ints((IntColumn) column, op, v), with(f, LocalDate.ofEpochDay(v).toString()));
      }
      case DATETIME: {
        long v = Operands.datetime(f.column(), operand);
        return new Compiled(ComparisonFilters.longs((LongColumn) column, op, v), with(f, v));
      }
      case FLOAT: {
        double v = Operands.number(f.column(), operand);
        return new Compiled(ComparisonFilters.doubles((DoubleColumn) column, op, v), with(f, v));
      }
      case BOOLEAN: {
        boolean v = Operands.bool(f.column(), operand);
        return new Compiled(ComparisonFilters.bools((BoolColumn) column, op, v), with(f, v));
      }
      case STRING:
        return StringFilters.compile((StringColumn) column, f);
      default:
        throw new AssertionError(type);
    }
  }

  static ViewConfig.Filter with(ViewConfig.Filter f, Object operand) {
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

}
