package dev.parallax.engine.view;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code in} / {@code not in} on columns other than strings, over primitive hash sets. */
final class SetFilters {
  private SetFilters() {
  }

  /** {@code in}/{@code not in} on a column other than string: each value coerced to its type. */
  static FilterCompiler.Compiled compile(Column column, ViewConfig.Filter f) {
    boolean negate = f.operator() == FilterOperator.NOT_IN;
    List<Object> reported = new ArrayList<>();
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
          longs.add(v);
          reported.add(v);
          break;
        }
        case DATE: {
          int v = Operands.date(name, o);
          longs.add(v);
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
        filter = new IntSetFilter((IntColumn) column, longs, negate);
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
    return new FilterCompiler.Compiled(filter, FilterCompiler.with(f, reported));
  }
}
