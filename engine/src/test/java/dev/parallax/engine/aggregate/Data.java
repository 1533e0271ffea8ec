package dev.parallax.engine.aggregate;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.column.StringColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data: named typed columns filled from boxed values (null is null), rows
 * placed in the leaf groups of a {@link Tree}, and the aggregation of those rows
 * into one store the way a pivot would: each row into its leaf and every ancestor.
 */
final class Data {
  final Map<String, Column> columns = new LinkedHashMap<>();
  final Tree tree;
  final int[] leafOfRow;
  RowSequence sequence = RowSequence.ROW_ID;

  Data(Tree tree, int... leafOfRow) {
    this.tree = tree;
    this.leafOfRow = leafOfRow;
  }

  Data column(String name, ColumnType type, Object... values) {
    if (values.length != leafOfRow.length) {
      throw new IllegalArgumentException(name + " has " + values.length + " values for " + leafOfRow.length + " rows");
    }
    columns.put(name, column(type, values));
    return this;
  }

  Data sequence(long... seq) {
    this.sequence = row -> seq[row];
    return this;
  }

  Schema schema() {
    Map<String, ColumnType> m = new LinkedHashMap<>();
    columns.forEach((n, c) -> m.put(n, c.type()));
    return Schema.of(m);
  }

  static Column column(ColumnType type, Object... values) {
    Column c = Column.create(type, values.length);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        c.setNull(i);
        continue;
      }
      switch (type) {
        case INTEGER: ((IntColumn) c).setLong(i, ((Number) v).longValue()); break;
        case DATE: ((IntColumn) c).setInt(i, ((Number) v).intValue()); break;
        case DATETIME: ((LongColumn) c).setLong(i, ((Number) v).longValue()); break;
        case FLOAT: ((DoubleColumn) c).setDouble(i, ((Number) v).doubleValue()); break;
        case BOOLEAN: ((BoolColumn) c).setBoolean(i, (Boolean) v); break;
        default: ((StringColumn) c).setString(i, (String) v); break;
      }
    }
    return c;
  }

  AggregateSpec spec(String column, Object config) {
    return AggregateSpecParser.parse(column, config, schema());
  }

  AggregateSource source(AggregateSpec spec) {
    Column arg = spec.argument() == null ? null : columns.get(spec.argument());
    return spec.source(columns.get(spec.column()), arg, sequence);
  }

  /** A store holding every row in its leaf and the leaf's ancestors. */
  AggregateStore aggregate(AggregateSpec spec) {
    AggregateStore store = spec.newStore(tree.size());
    AggregateSource src = source(spec);
    for (int row = 0; row < leafOfRow.length; row++) {
      for (int g = leafOfRow[row]; g >= 0; g = tree.parent(g)) {
        store.add(src, g, row);
      }
    }
    return store;
  }

  /** The results of {@code aggregate} for {@code column} in group order, boxed. */
  List<Object> results(String column, Object aggregate) {
    AggregateSpec spec = spec(column, aggregate);
    return results(spec, aggregate(spec), tree);
  }

  static List<Object> results(AggregateSpec spec, AggregateStore store, GroupTree tree) {
    AggregateColumn out = AggregateColumn.of(spec, store.groupCount());
    List<Object> r = new ArrayList<>();
    for (int g = 0; g < store.groupCount(); g++) {
      store.write(g, tree, out, g);
      r.add(out.get(g));
    }
    return r;
  }

  /** Groups nested by a parent array; -1 marks a root. */
  static final class Tree implements GroupTree {
    private final int[] parent;
    private final int[][] children;

    Tree(int... parent) {
      this.parent = parent;
      this.children = new int[parent.length][];
      for (int g = 0; g < parent.length; g++) {
        int n = 0;
        for (int p : parent) {
          n += p == g ? 1 : 0;
        }
        children[g] = new int[n];
        n = 0;
        for (int c = 0; c < parent.length; c++) {
          if (parent[c] == g) {
            children[g][n++] = c;
          }
        }
      }
    }

    /** A root (group 0) over {@code leaves} leaves, groups 1..leaves. */
    static Tree oneLevel(int leaves) {
      int[] p = new int[leaves + 1];
      Arrays.fill(p, 0);
      p[0] = -1;
      return new Tree(p);
    }

    int size() {
      return parent.length;
    }

    @Override
    public int parent(int group) {
      return parent[group];
    }

    @Override
    public int childCount(int group) {
      return children[group].length;
    }

    @Override
    public int child(int group, int i) {
      return children[group][i];
    }
  }
}
