package dev.parallax.engine.window;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order to compute a view's windows in: a window that reads another comes
 * after it. Each window is checked against its table as it is placed.
 */
final class DependencyOrder {
  private DependencyOrder() {
  }

  /**
   * The names of {@code windows} in an order where every source is known first
   * (a column {@code base} resolves or a window placed before), each window's
   * result type put in {@code types}. A source found nowhere, a window reading
   * itself or a cycle, is a {@link ParallaxException}.
   */
  static List<String> of(Table table, Map<String, WindowSpec> windows, Function<String, Column> base,
      Map<String, ColumnType> types) {
    List<String> order = new ArrayList<>();
    List<String> pending = new ArrayList<>(windows.keySet());
    while (!pending.isEmpty()) {
      boolean progress = false;
      for (int i = 0; i < pending.size(); i++) {
        String name = pending.get(i);
        WindowSpec spec = windows.get(name);
        Column src = base.apply(spec.source());
        ColumnType sourceType = src != null ? src.type() : types.get(spec.source());
        if (sourceType == null) {
          continue;
        }
        WindowChecks.check(table, spec, sourceType);
        types.put(name, spec.op().resultType(sourceType));
        order.add(name);
        pending.remove(i--);
        progress = true;
      }
      if (!progress) {
        throw new ParallaxException("Window `source` column not found: " + windows.get(pending.get(0)).source());
      }
    }
    return order;
  }
}
