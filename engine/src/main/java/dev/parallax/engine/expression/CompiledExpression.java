package dev.parallax.engine.expression;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.column.StringColumn;
import dev.parallax.engine.table.Table;
import java.util.List;
import java.util.Objects;

/**
 * An expression compiled once against a schema, ready to fill a column from any
 * table of that schema.
 *
 * <p>Evaluation is vectorised: rows go through the node tree in chunks of 1024, each
 * node filling a primitive {@code double[]} scratch array in a tight loop, so node
 * dispatch is paid per chunk and nothing is boxed. Expressions with control flow
 * ({@code if}, loops, variables) run their node tree row by row instead, still on
 * primitives: a branch that assigns a variable must only run where its condition
 * holds, which a whole-chunk evaluation of both branches would violate. String
 * results travel as references (dictionary strings for columns).
 *
 * <p>A float result that is NaN ({@code sqrt(-1)}, {@code inf - inf}) is null:
 * nodes carry null as NaN, so the two cannot be told apart (Perspective keeps
 * such a NaN as a value, which its CSV writes as {@code nan}, and which
 * {@code is_null} and {@code coalesce} do not take for null). Telling them apart
 * would need a validity bit beside every value through every node: NaN is the
 * only double that propagates like null, and the JVM does not promise to keep a
 * NaN's payload bits through arithmetic, so no second NaN can stand for the other.
 * Division by zero is null, as in Perspective; infinities ({@code log(0)}) are
 * values, as Perspective keeps them.
 *
 * <p>Not thread-safe: the scratch arrays and variables are the instance's own.
 * Compile one per thread for parallel evaluation.
 */
public final class CompiledExpression {
  /** Integer results are kept while they fit a long, in {@code [-2^63, 2^63)}. */
  private static final double TWO_63 = 0x1p63;

  private final String name;
  private final String text;
  private final Schema schema;
  private final Typed root;
  private final Inputs inputs;
  private final boolean rowByRow;
  private final boolean isVolatile;
  /** The index column {@code index()} reads, or null; only checked when the expression calls it. */
  private final String indexColumn;
  private final boolean usesIndex;
  private final int[] chunkRows = new int[NumNode.CHUNK];
  private final double[] chunkValues = new double[NumNode.CHUNK];

  CompiledExpression(String name, String text, Schema schema, Typed root, Compiler compiler) {
    this.name = name;
    this.text = text;
    this.schema = schema;
    this.root = root;
    this.inputs = compiler.inputs;
    this.rowByRow = compiler.rowByRow;
    this.isVolatile = compiler.isVolatile;
    this.indexColumn = compiler.indexColumn;
    this.usesIndex = compiler.usesIndex;
  }

  /** The name the expression's column is known by in a view. */
  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  /** The type of the column this expression produces. */
  public ColumnType type() {
    return root.type().columnType();
  }

  /**
   * The table columns the expression reads, in order of first use: a delta that
   * touches none of them leaves this expression's values unchanged, unless it
   * {@link #isVolatile() is volatile}.
   */
  public List<String> inputColumns() {
    return inputs.names();
  }

  /**
   * Whether a row's value can change when none of its own inputs did: the
   * expression calls {@code now()}, {@code today()} or {@code random()}, so every
   * evaluation may differ, or {@code vlookup()}, which reads other rows. Such an
   * expression is recomputed for every row on every change.
   */
  public boolean isVolatile() {
    return isVolatile;
  }

  /**
   * A new column aligned with the table's row ids ({@code 0..rowCount()-1}) holding
   * the expression's value for every live row; other rows are null.
   */
  public Column evaluate(Table table) {
    Column out = Column.create(type(), table.rowCount());
    bind(table);
    if (root.num() instanceof ColumnNodes.Ints && type() == ColumnType.INTEGER) {
      ((IntColumn) out).setWidth(((ColumnNodes.Ints) root.num()).column().width());
    }
    if (table.isDense()) {
      int rowCount = table.rowCount();
      for (int from = 0; from < rowCount; from += NumNode.CHUNK) {
        int k = Math.min(NumNode.CHUNK, rowCount - from);
        for (int i = 0; i < k; i++) {
          chunkRows[i] = from + i;
        }
        writeChunk(k, out);
      }
      return out;
    }
    int n = 0;
    for (int row = table.nextLiveRow(0); row >= 0; row = table.nextLiveRow(row + 1)) {
      chunkRows[n++] = row;
      if (n == NumNode.CHUNK) {
        writeChunk(n, out);
        n = 0;
      }
    }
    if (n > 0) {
      writeChunk(n, out);
    }
    return out;
  }

  /**
   * Recomputes rows {@code rows[0..n-1]} into {@code out}, a column previously made
   * by {@link #evaluate(Table)} for this table: how a view refreshes only the rows
   * a delta touched.
   */
  public void evaluate(Table table, int[] rows, int n, Column out) {
    if (out.type() != type()) {
      throw new ParallaxException("Column of type " + out.type() + " cannot hold expression '" + name
          + "' of type " + type());
    }
    bind(table);
    int max = -1;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, rows[i]);
    }
    out.ensureCapacity(max + 1);
    for (int from = 0; from < n; from += NumNode.CHUNK) {
      int k = Math.min(NumNode.CHUNK, n - from);
      System.arraycopy(rows, from, chunkRows, 0, k);
      writeChunk(k, out);
    }
  }

  private void bind(Table table) {
    if (!table.schema().equals(schema)) {
      for (String input : inputs.names()) {
        if (!table.schema().contains(input) || table.schema().type(input) != schema.type(input)) {
          throw new ParallaxException("Expression '" + name + "' was compiled for a table whose column '"
              + input + "' is " + schema.type(input) + "; this table's schema is " + table.schema());
        }
      }
    }
    if (usesIndex && !Objects.equals(table.options().getIndex(), indexColumn)) {
      throw new ParallaxException("Expression '" + name + "' calls index() and was compiled for "
          + (indexColumn == null ? "an unindexed table" : "a table indexed by '" + indexColumn + "'")
          + "; this table's index is " + table.options().getIndex());
    }
    inputs.bind(table);
  }

  private void writeChunk(int n, Column out) {
    int[] rows = chunkRows;
    if (root.str() != null) {
      StringColumn c = (StringColumn) out;
      for (int i = 0; i < n; i++) {
        c.setString(rows[i], root.str().eval(rows[i]));
      }
      return;
    }
    double[] v = chunkValues;
    if (rowByRow) {
      NumNode node = root.num();
      for (int i = 0; i < n; i++) {
        v[i] = node.eval(rows[i]);
      }
    } else {
      root.num().evalChunk(rows, n, v);
    }
    switch (root.type()) {
      case FLOAT: {
        DoubleColumn c = (DoubleColumn) out;
        for (int i = 0; i < n; i++) {
          if (v[i] == v[i]) {
            c.setDouble(rows[i], v[i]);
          } else {
            c.setNull(rows[i]);
          }
        }
        break;
      }
      case INTEGER:
        if (root.num() instanceof ColumnNodes.Ints) {
          copyInts(((ColumnNodes.Ints) root.num()).column(), rows, n, (IntColumn) out);
        } else {
          writeInts(v, rows, n, (IntColumn) out, TWO_63);
        }
        break;
      case DATE:
        writeInts(v, rows, n, (IntColumn) out, -(double) Integer.MIN_VALUE);
        break;
      case DATETIME: {
        LongColumn c = (LongColumn) out;
        for (int i = 0; i < n; i++) {
          if (Double.isFinite(v[i])) {
            c.setLong(rows[i], (long) v[i]);
          } else {
            c.setNull(rows[i]);
          }
        }
        break;
      }
      default: {
        BoolColumn c = (BoolColumn) out;
        for (int i = 0; i < n; i++) {
          if (v[i] == v[i]) {
            c.setBoolean(rows[i], v[i] != 0);
          } else {
            c.setNull(rows[i]);
          }
        }
        break;
      }
    }
  }

  private static void copyInts(IntColumn in, int[] rows, int n, IntColumn out) {
    for (int i = 0; i < n; i++) {
      int r = rows[i];
      if (in.isValid(r)) {
        out.setLong(r, in.getLong(r));
      } else {
        out.setNull(r);
      }
    }
  }

  /** Writes the values in {@code [-limit, limit)}, truncated; the rest, and NaN, as null. */
  private static void writeInts(double[] v, int[] rows, int n, IntColumn out, double limit) {
    for (int i = 0; i < n; i++) {
      double x = v[i];
      if (x >= -limit && x < limit) {
        out.setLong(rows[i], (long) x);
      } else {
        out.setNull(rows[i]);
      }
    }
  }
}
