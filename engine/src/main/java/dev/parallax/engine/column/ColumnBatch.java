package dev.parallax.engine.column;

import dev.parallax.engine.ParallaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows to load into a table, held column by column: what every input format
 * parses into and what {@code Table.update} applies. A column may be absent from
 * some rows (a JSON row that omits a key): on an indexed table an absent value
 * leaves the stored one as it was, whereas a null value overwrites it.
 */
public final class ColumnBatch {
  private final String[] names;
  private final Column[] columns;
  private final long[][] present;
  private final int rowCount;

  private ColumnBatch(String[] names, Column[] columns, long[][] present, int rowCount) {
    this.names = names;
    this.columns = columns;
    this.present = present;
    this.rowCount = rowCount;
  }

  public static Builder builder(int rowCount) {
    return new Builder(rowCount);
  }

  public int rowCount() {
    return rowCount;
  }

  public int columnCount() {
    return names.length;
  }

  public String name(int i) {
    return names[i];
  }

  public Column column(int i) {
    return columns[i];
  }

  /** The position of column {@code name} in this batch, or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether row {@code row} carries a value (possibly null) for column {@code col}. */
  public boolean isPresent(int col, int row) {
    long[] p = present[col];
    return p == null || (p[row >>> 6] & (1L << row)) != 0;
  }

  /** Whether every row carries column {@code col}. */
  public boolean isDense(int col) {
    return present[col] == null;
  }

  /**
   * One batch of the rows of {@code parts}, in order: how back-to-back updates
   * become one batch that every view sees once. The parts must carry the same
   * columns in the same order, with the same types ({@link #sameColumns}).
   */
  public static ColumnBatch concat(List<ColumnBatch> parts) {
    ColumnBatch first = parts.get(0);
    int rows = 0;
    for (ColumnBatch p : parts) {
      if (!first.sameColumns(p)) {
        throw new IllegalArgumentException("batches carry different columns: " + first.schema() + " and " + p.schema());
      }
      rows += p.rowCount;
    }
    Builder b = builder(rows);
    for (int c = 0; c < first.names.length; c++) {
      Column out = Column.create(first.columns[c].type(), rows);
      if (out instanceof IntColumn) {
        ((IntColumn) out).setWidth(((IntColumn) first.columns[c]).width());
      }
      long[] present = null;
      int at = 0;
      for (ColumnBatch p : parts) {
        Column in = p.columns[c];
        if (out instanceof StringColumn) {
          StringColumn s = (StringColumn) out;
          s.copyRangeRemapped((StringColumn) in, 0, at, p.rowCount, s.remapFrom(((StringColumn) in).dictionary()));
        } else {
          out.copyRange(in, 0, at, p.rowCount);
        }
        if (present == null && !p.isDense(c)) {
          present = new long[(rows + 63) >>> 6];
          Column.setBits(present, 0, at);
        }
        if (present != null) {
          if (p.isDense(c)) {
            Column.setBits(present, at, p.rowCount);
          } else {
            Column.copyBits(p.present[c], 0, present, at, p.rowCount);
          }
        }
        at += p.rowCount;
      }
      b.add(first.names[c], out, present);
    }
    return b.build();
  }

  /** Whether {@code other} carries the same columns, in the same order, of the same types. */
  public boolean sameColumns(ColumnBatch other) {
    if (names.length != other.names.length) {
      return false;
    }
    for (int c = 0; c < names.length; c++) {
      if (!names[c].equals(other.names[c]) || columns[c].type() != other.columns[c].type()) {
        return false;
      }
    }
    return true;
  }

  /** The batch's columns and types, in batch order. */
  public Schema schema() {
    List<String> n = new ArrayList<>(names.length);
    List<ColumnType> t = new ArrayList<>(names.length);
    for (int i = 0; i < names.length; i++) {
      n.add(names[i]);
      t.add(columns[i].type());
    }
    return Schema.of(n, t);
  }

  /** Assembles a batch from columns already filled for {@code rowCount} rows. */
  public static final class Builder {
    private final int rowCount;
    private final List<String> names = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    private final List<long[]> present = new ArrayList<>();

    private Builder(int rowCount) {
      if (rowCount < 0) {
        throw new IllegalArgumentException("negative row count");
      }
      this.rowCount = rowCount;
    }

    /** Adds a column every row carries. */
    public Builder add(String name, Column column) {
      return add(name, column, null);
    }

    /**
     * Adds a column that only the rows whose bit is set in {@code presentBits}
     * carry; null means every row does.
     */
    public Builder add(String name, Column column, long[] presentBits) {
      if (names.contains(name)) {
        throw new ParallaxException("Duplicate column '" + name + "'");
      }
      column.ensureCapacity(rowCount);
      names.add(name);
      columns.add(column);
      present.add(presentBits);
      return this;
    }

    public ColumnBatch build() {
      return new ColumnBatch(names.toArray(new String[0]), columns.toArray(new Column[0]),
          present.toArray(new long[0][]), rowCount);
    }
  }
}
