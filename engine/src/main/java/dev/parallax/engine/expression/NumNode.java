package dev.parallax.engine.expression;

/**
 * A compiled expression node whose value is a number. Integers, floats, booleans
 * (0/1), dates (days since 1970-01-01) and datetimes (epoch ms) all travel as
 * {@code double}, which holds each of them exactly; {@code NaN} is null. NaN also
 * gives Perspective's null semantics for free: arithmetic on null is null, and
 * every comparison with null is false except {@code !=}.
 *
 * <p>Nodes evaluate either one row ({@link #eval}) or a chunk of up to {@link #CHUNK}
 * rows into a primitive array ({@link #evalChunk}). Pure arithmetic, comparison and
 * logic nodes override the chunk form with tight loops over scratch arrays, so that
 * per-node dispatch is paid once per chunk, not once per row; nodes with control
 * flow or variables keep the default, which runs the row form row by row.
 */
abstract class NumNode {
  static final int CHUNK = 1024;

  abstract double eval(int row);

  void evalChunk(int[] rows, int n, double[] out) {
    for (int i = 0; i < n; i++) {
      out[i] = eval(rows[i]);
    }
  }

  static boolean truthy(double v) {
    return v != 0 && v == v;
  }

  static double bool(boolean b) {
    return b ? 1d : 0d;
  }
}
