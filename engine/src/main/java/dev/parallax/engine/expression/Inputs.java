package dev.parallax.engine.expression;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.table.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The table columns a compiled expression reads, by slot. Compilation assigns
 * slots by name against a schema; {@link #bind} points them at a table's columns
 * before each evaluation, so one compiled expression serves any table of that schema.
 */
final class Inputs {
  private final List<String> names = new ArrayList<>();
  Column[] columns = new Column[0];
  /** The bound table, for what reads rows as a whole: liveness, the implicit index. */
  Table table;

  int slot(String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      names.add(name);
      i = names.size() - 1;
    }
    return i;
  }

  List<String> names() {
    return List.copyOf(names);
  }

  void bind(Table table) {
    Column[] c = new Column[names.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = table.column(names.get(i));
    }
    columns = c;
    this.table = table;
  }
}
