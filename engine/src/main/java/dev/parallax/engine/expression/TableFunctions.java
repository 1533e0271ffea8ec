package dev.parallax.engine.expression;

import java.util.List;

/**
 * The functions that read the table beyond the current row's values:
 * {@code index()}, the row's primary key, and {@code vlookup('column', row)},
 * another row's value.
 */
final class TableFunctions {
  private TableFunctions() {}

  /**
   * {@code index()}: the value of the index column, of its type, on an indexed
   * table; on an unindexed one the row's implicit index (how many rows were
   * appended before it), an integer.
   */
  static Typed index(Compiler c) {
    c.usesIndex = true;
    if (c.indexColumn != null) {
      return c.tableColumn(c.indexColumn);
    }
    Inputs inputs = c.inputs;
    return Typed.num(ValueType.INTEGER, new NumNode() {
      @Override
      double eval(int row) {
        return inputs.table.implicitIndex(row);
      }
    });
  }

  /**
   * {@code vlookup('column', row)}: {@code column}'s value in row {@code row} of the
   * table's storage, as 5.5.1 reads it: the row id, not the primary key, so the
   * rows of a table in insertion order, with removed rows' ids reused. The row
   * must be an integer expression; a null row reads row 0 (as observed), a row
   * outside the table or removed gives null. The result has the column's type.
   * The value depends on other rows, so the expression is recomputed whole on
   * every change.
   */
  static Typed vlookup(Compiler c, List<Ast> args, Typed key, Pos pos) {
    if (!(args.get(0) instanceof Ast.Str s) || !c.hasColumn(s.value()) || key.type() != ValueType.INTEGER) {
      throw Compiler.typeError(pos);
    }
    c.isVolatile = true;
    Typed column = c.tableColumn(s.value());
    Inputs inputs = c.inputs;
    NumNode k = key.num();
    if (column.str() != null) {
      StrNode values = column.str();
      return Typed.str(new StrNode() {
        @Override
        String eval(int row) {
          int r = target(inputs, k.eval(row));
          return r < 0 ? null : values.eval(r);
        }
      });
    }
    NumNode values = column.num();
    return Typed.num(column.type(), new NumNode() {
      @Override
      double eval(int row) {
        int r = target(inputs, k.eval(row));
        return r < 0 ? Double.NaN : values.eval(r);
      }
    });
  }

  /** The live row a key names, or -1. */
  private static int target(Inputs inputs, double key) {
    double r = key == key ? key : 0;
    return r >= 0 && r < inputs.table.rowCount() && inputs.table.isLive((int) r) ? (int) r : -1;
  }
}
