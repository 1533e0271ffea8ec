package dev.parallax.engine.view;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A flat view's config checked against its columns and compiled: the columns it
 * shows, its filter clauses and sort keys, the columns that decide its row order,
 * and the config as {@code get_config} reports it. Compiling changes nothing, so
 * a bad config leaves no trace.
 */
final class ViewPlan {
  final ViewConfig config;
  final List<String> columns;
  final Column[] viewColumns;
  final RowSelector selector;
  final RowSorter sorter;
  final List<String> orderColumns;

  private ViewPlan(ViewConfig config, List<String> columns, Column[] viewColumns, RowSelector selector,
      RowSorter sorter, List<String> orderColumns) {
    this.config = config;
    this.columns = columns;
    this.viewColumns = viewColumns;
    this.selector = selector;
    this.sorter = sorter;
    this.orderColumns = orderColumns;
  }

  /** Refuses a source that does not compute each of the config's windows and expressions. */
  static void requireComputed(ViewConfig config, ColumnSource source) {
    for (String name : config.windows().keySet()) {
      if (source.column(name) == null) {
        throw new ParallaxException("Window '" + name + "' is not computed by this view's column source");
      }
    }
    for (String name : config.expressions().keySet()) {
      if (source.column(name) == null) {
        throw new ParallaxException("Expression '" + name + "' is not computed by this view's column source");
      }
    }
  }

  static ViewPlan compile(Table table, ViewConfig config, ColumnSource source) {
    if (table.isDeleted()) {
      throw new ParallaxException("Table was deleted");
    }
    if (!config.isFlat()) {
      throw new ParallaxException("View.create makes flat views; group_by " + config.groupBy()
          + " and split_by " + config.splitBy() + " need a pivot view");
    }
    requireComputed(config, source);
    List<String> columns = List.copyOf(config.columns() == null ? source.names() : config.columns());
    Column[] viewColumns = new Column[columns.size()];
    for (int i = 0; i < viewColumns.length; i++) {
      viewColumns[i] = require(source, columns.get(i), "columns");
    }
    List<ViewConfig.Filter> clauses = new ArrayList<>();
    List<RowFilter> filters = new ArrayList<>();
    List<String> orderColumns = new ArrayList<>();
    for (ViewConfig.Filter f : config.filter()) {
      FilterCompiler.Compiled c = FilterCompiler.compile(f, source);
      filters.add(c.filter());
      clauses.add(c.clause());
      orderColumns.add(f.column());
    }
    List<ViewConfig.Sort> sorts = new ArrayList<>();
    List<SortKey> keys = new ArrayList<>();
    for (ViewConfig.Sort s : config.sort()) {
      Column c = require(source, s.column(), "sorts");
      if (s.direction().isColumnSort()) {
        continue; // Perspective 5.5.1 drops column sorts from a flat view's config.
      }
      sorts.add(s);
      if (s.direction().sortsRows()) {
        keys.add(SortKey.of(c, s.direction().isDescending(), s.direction().isAbsolute()));
        orderColumns.add(s.column());
      }
    }
    keys.add(NaturalKey.of(table));
    RowSorter sorter = new RowSorter(keys.toArray(new SortKey[0]), NaturalKey.isRowIdOrder(table));
    RowSelector selector = new RowSelector(filters.toArray(new RowFilter[0]),
        config.filterOp() == ViewConfig.FilterOp.OR);
    // A flat view reports no aggregates, as Perspective 5.5.1 does.
    ViewConfig reported = config.withColumnsFiltersAndSort(columns, clauses, sorts, Map.of());
    return new ViewPlan(reported, columns, viewColumns, selector, sorter, orderColumns);
  }

  private static Column require(ColumnSource source, String name, String where) {
    Column c = source.column(name);
    if (c == null) {
      throw new ParallaxException("Invalid column '" + name + "' found in View " + where);
    }
    return c;
  }
}
