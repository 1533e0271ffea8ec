package dev.parallax.engine.view;

import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.column.StringColumn;

/**
 * One level of the row path of a pivot window: for each window row, the key of
 * its group at that level, null above it (the total, or a shallower group).
 */
final class PathColumn implements WindowColumn {
  private final String name;
  private final KeyTree tree;
  private final KeyLevel level;
  private final int[] nodes;

  /** @param nodes each row's group at this level, -1 where the row is above it */
  PathColumn(String name, KeyTree tree, KeyLevel level, int[] nodes) {
    this.name = name;
    this.tree = tree;
    this.level = level;
    this.nodes = nodes;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ColumnType type() {
    return level.type();
  }

  @Override
  public IntegerWidth integerWidth() {
    return level.column instanceof IntColumn ? ((IntColumn) level.column).width() : IntegerWidth.INT32;
  }

  @Override
  public boolean isNull(int row) {
    return nodes[row] < 0 || tree.isNullKey(nodes[row]);
  }

  private long key(int row) {
    return isNull(row) ? 0 : tree.key(nodes[row]);
  }

  @Override
  public int getInt(int row) {
    return (int) key(row);
  }

  @Override
  public long getLong(int row) {
    return key(row);
  }

  @Override
  public double getDouble(int row) {
    return Double.longBitsToDouble(key(row));
  }

  @Override
  public boolean getBoolean(int row) {
    return key(row) != 0;
  }

  @Override
  public String getString(int row) {
    return isNull(row) ? null : ((StringColumn) level.column).dictionary().decode((int) key(row));
  }
}
