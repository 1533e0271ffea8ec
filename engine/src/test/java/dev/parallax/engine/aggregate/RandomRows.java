package dev.parallax.engine.aggregate;

import dev.parallax.engine.column.ColumnType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random rows with a column of every type (nulls and repeated values
 * included) and two numeric argument columns, in leaf groups under one root;
 * any subset of them becomes a {@link Data} of its own — with its own string
 * dictionaries, as a partition on another member would have — whose rows keep
 * their global position as sequence.
 */
final class RandomRows {
  static final int LEAVES = 5;
  static final String[] COLUMNS = {"integer", "float", "string", "boolean", "date", "datetime"};
  final int rows;
  final int[] leaf;
  final Map<String, Object[]> values = new LinkedHashMap<>();
  final Map<String, ColumnType> types = new LinkedHashMap<>();

  RandomRows(long seed, int rows) {
    Random r = new Random(seed);
    this.rows = rows;
    this.leaf = new int[rows];
    for (int i = 0; i < rows; i++) {
      leaf[i] = 1 + r.nextInt(LEAVES);
    }
    column("integer", ColumnType.INTEGER, r, () -> r.nextInt(41) - 20);
    column("float", ColumnType.FLOAT, r, () -> (r.nextInt(81) - 40) / 4.0);
    column("string", ColumnType.STRING, r, () -> "s" + r.nextInt(9));
    column("boolean", ColumnType.BOOLEAN, r, r::nextBoolean);
    column("date", ColumnType.DATE, r, () -> 19000 + r.nextInt(30));
    column("datetime", ColumnType.DATETIME, r, () -> 1_700_000_000_000L + r.nextInt(50) * 1000L);
    column("w", ColumnType.FLOAT, r, () -> r.nextInt(9) / 2.0);
    column("wi", ColumnType.INTEGER, r, () -> r.nextInt(7) - 2);
  }

  private void column(String name, ColumnType type, Random r, java.util.function.Supplier<Object> next) {
    Object[] v = new Object[rows];
    for (int i = 0; i < rows; i++) {
      v[i] = r.nextInt(7) == 0 ? null : next.get();
    }
    values.put(name, v);
    types.put(name, type);
  }

  Data all() {
    int[] ids = new int[rows];
    for (int i = 0; i < rows; i++) {
      ids[i] = i;
    }
    return subset(ids);
  }

  /** The rows {@code ids} (global positions) as a table of their own. */
  Data subset(int[] ids) {
    int[] leaves = new int[ids.length];
    long[] seq = new long[ids.length];
    for (int i = 0; i < ids.length; i++) {
      leaves[i] = leaf[ids[i]];
      seq[i] = ids[i];
    }
    Data d = new Data(Data.Tree.oneLevel(LEAVES), leaves).sequence(seq);
    for (Map.Entry<String, Object[]> e : values.entrySet()) {
      Object[] v = new Object[ids.length];
      for (int i = 0; i < ids.length; i++) {
        v[i] = e.getValue()[ids[i]];
      }
      d.column(e.getKey(), types.get(e.getKey()), v);
    }
    return d;
  }

  /** Every aggregate over every column it applies to, with each argument column where it takes one. */
  List<AggregateSpec> everySpec() {
    Data d = subset(new int[0]);
    List<AggregateSpec> specs = new ArrayList<>();
    for (String c : COLUMNS) {
      for (AggregateKind k : AggregateKind.values()) {
        if (!k.appliesTo(types.get(c))) {
          continue;
        }
        if (k.takesArgument()) {
          specs.add(AggregateSpec.of(k, c, "w", d.schema()));
          specs.add(AggregateSpec.of(k, c, "wi", d.schema()));
        } else {
          specs.add(AggregateSpec.of(k, c, d.schema()));
        }
      }
    }
    return specs;
  }
}
