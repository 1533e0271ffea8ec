package dev.parallax.engine.expression;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;

/** Nodes that read a table column through an {@link Inputs} slot. */
final class ColumnNodes {
  private ColumnNodes() {}

  static final class Ints extends NumNode {
    private final Inputs inputs;
    private final int slot;

    Ints(Inputs inputs, int slot) {
      this.inputs = inputs;
      this.slot = slot;
    }

    /** The bound column: a bare column reference copies its values exactly, past 2^53 too. */
    IntColumn column() {
      return (IntColumn) inputs.columns[slot];
    }

    @Override
    double eval(int row) {
      IntColumn c = (IntColumn) inputs.columns[slot];
      return c.isValid(row) ? c.getLong(row) : Double.NaN;
    }

    @Override
    void evalChunk(int[] rows, int n, double[] out) {
      IntColumn c = (IntColumn) inputs.columns[slot];
      long[] w = c.wideValues();
      if (w != null) {
        for (int i = 0; i < n; i++) {
          int r = rows[i];
          out[i] = c.isValid(r) ? w[r] : Double.NaN;
        }
        return;
      }
      int[] v = c.values();
      for (int i = 0; i < n; i++) {
        int r = rows[i];
        out[i] = c.isValid(r) ? v[r] : Double.NaN;
      }
    }
  }

  /** An integer column's values as text, exact whatever their size: {@code string("i")}. */
  static final class IntText extends StrNode {
    private final Ints ints;

    IntText(Ints ints) {
      this.ints = ints;
    }

    @Override
    String eval(int row) {
      IntColumn c = ints.column();
      return c.isValid(row) ? Long.toString(c.getLong(row)) : null;
    }
  }

  static final class Longs extends NumNode {
    private final Inputs inputs;
    private final int slot;

    Longs(Inputs inputs, int slot) {
      this.inputs = inputs;
      this.slot = slot;
    }

    @Override
    double eval(int row) {
      LongColumn c = (LongColumn) inputs.columns[slot];
      return c.isValid(row) ? c.getLong(row) : Double.NaN;
    }

    @Override
    void evalChunk(int[] rows, int n, double[] out) {
      LongColumn c = (LongColumn) inputs.columns[slot];
      long[] v = c.values();
      for (int i = 0; i < n; i++) {
        int r = rows[i];
        out[i] = c.isValid(r) ? v[r] : Double.NaN;
      }
    }
  }

  static final class Doubles extends NumNode {
    private final Inputs inputs;
    private final int slot;

    Doubles(Inputs inputs, int slot) {
      this.inputs = inputs;
      this.slot = slot;
    }

    @Override
    double eval(int row) {
      DoubleColumn c = (DoubleColumn) inputs.columns[slot];
      return c.isValid(row) ? c.getDouble(row) : Double.NaN;
    }

    @Override
    void evalChunk(int[] rows, int n, double[] out) {
      DoubleColumn c = (DoubleColumn) inputs.columns[slot];
      double[] v = c.values();
      for (int i = 0; i < n; i++) {
        int r = rows[i];
        out[i] = c.isValid(r) ? v[r] : Double.NaN;
      }
    }
  }

  static final class Bools extends NumNode {
    private final Inputs inputs;
    private final int slot;

    Bools(Inputs inputs, int slot) {
      this.inputs = inputs;
      this.slot = slot;
    }

    @Override
    double eval(int row) {
      BoolColumn c = (BoolColumn) inputs.columns[slot];
      return c.isValid(row) ? bool(c.getBoolean(row)) : Double.NaN;
    }
  }

  static final class Strings extends StrNode {
    private final Inputs inputs;
    private final int slot;

    Strings(Inputs inputs, int slot) {
      this.inputs = inputs;
      this.slot = slot;
    }

    @Override
    String eval(int row) {
      return ((StringColumn) inputs.columns[slot]).getString(row);
    }
  }
}
