package dev.parallax.engine.view;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.aggregate.AggregateKind;
import dev.parallax.engine.aggregate.AggregateSpec;
import dev.parallax.engine.aggregate.AggregateSpecParser;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.table.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pivot's config checked against its columns and compiled: the group_by and
 * split_by columns, one aggregate per shown column (and per sort column not
 * shown), the row and column sorts, the filter, the rollup modes. Compiling
 * changes nothing, so a bad config leaves no trace.
 *
 * <p>Perspective 5.5.1's rules, reproduced: the default aggregate is "sum" for
 * numbers and "count" otherwise; aggregates for columns not shown are ignored; a
 * split-only view (split_by without group_by) shows one row per table row and
 * aggregates every column with "any", whatever the config says, unless its
 * rollup mode is "total". A sort on a column not shown aggregates it the same
 * way, except a group_by column, which sorts its level by the key itself. Column
 * sorts ({@code col asc} …) order split columns by the total row's value and are
 * dropped from the reported config, as Perspective drops them.
 */
final class PivotPlan {
  /** How the group rows show: the tree, its deepest level only, or the total only. */
  enum GroupMode { ROLLUP, FLAT, TOTAL }

  /** A row sort: by aggregate {@code spec}, or ({@code spec < 0}) by the key of group_by level {@code level}. */
  record RowSort(int spec, int level, boolean descending, boolean abs) { }

  /** A sort of split columns by the total row's value of aggregate {@code spec}. */
  record ColumnSort(int spec, boolean descending, boolean abs) { }

  final ViewConfig config;
  final List<String> columns;
  final Column[] groupColumns;
  final Column[] splitColumns;
  /** The aggregates: one per shown column, in order, then those of hidden sort columns. */
  final AggregateSpec[] specs;
  final Column[] values;
  final Column[] arguments;
  final List<RowSort> rowSorts;
  final List<ColumnSort> columnSorts;
  final RowSelector selector;
  final List<String> filterColumns;
  final GroupMode groupMode;
  final boolean splitRollup;
  /** Rows of this depth and above start expanded ({@code Integer.MAX_VALUE}: all). */
  final int expandDepth;
  /** Whether the rows are the table's rows (split_by only): a hidden total, no row path. */
  final boolean splitOnly;

  private PivotPlan(Builder b) {
    this.config = b.reported;
    this.columns = b.columns;
    this.groupColumns = b.groupColumns;
    this.splitColumns = b.splitColumns;
    this.specs = b.specs.toArray(new AggregateSpec[0]);
    this.values = b.values.toArray(new Column[0]);
    this.arguments = b.arguments.toArray(new Column[0]);
    this.rowSorts = b.rowSorts;
    this.columnSorts = b.columnSorts;
    this.selector = b.selector;
    this.filterColumns = b.filterColumns;
    this.groupMode = b.groupMode;
    this.splitRollup = "rollup".equals(b.config.splitRollupMode());
    // Perspective 5.5.1 reads a group_by_depth of 0 as not set: every level shows.
    Integer depth = b.config.groupByDepth();
    this.expandDepth = depth == null || depth == 0 ? Integer.MAX_VALUE : depth - 1;
    this.splitOnly = b.splitOnly;
  }

  /** Whether {@code config} makes a pivot rather than a flat view. */
  static boolean isPivot(ViewConfig config) {
    return !config.isFlat() || "total".equals(config.groupRollupMode());
  }

  /** How many aggregates are shown (the first ones of {@link #specs}). */
  int shownCount() {
    return columns.size();
  }

  static PivotPlan compile(Table table, ViewConfig config, ColumnSource source) {
    ViewPlan.requireComputed(config, source);
    Builder b = new Builder(config, source);
    b.groupColumns = require(source, config.groupBy(), "group_by");
    b.splitColumns = require(source, config.splitBy(), "split_by");
    b.groupMode = GroupMode.valueOf(config.groupRollupMode().toUpperCase(java.util.Locale.ROOT));
    b.splitOnly = config.groupBy().isEmpty() && !config.splitBy().isEmpty() && b.groupMode != GroupMode.TOTAL;
    b.columns = List.copyOf(config.columns() == null ? source.names() : config.columns());
    Map<String, Object> reportedAggregates = new LinkedHashMap<>();
    for (String c : b.columns) {
      require(source, List.of(c), "columns");
      b.addSpec(c);
      reportedAggregates.put(c, b.reportedAggregate(c));
    }
    if (config.isFlat()) {
      // A "total" view with neither group_by nor split_by reports no aggregates, as a flat view.
      reportedAggregates.clear();
    }
    List<ViewConfig.Filter> clauses = new ArrayList<>();
    List<RowFilter> filters = new ArrayList<>();
    for (ViewConfig.Filter f : config.filter()) {
      FilterCompiler.Compiled c = FilterCompiler.compile(f, source);
      filters.add(c.filter());
      clauses.add(c.clause());
      b.filterColumns.add(f.column());
    }
    b.selector = new RowSelector(filters.toArray(new RowFilter[0]), config.filterOp() == ViewConfig.FilterOp.OR);
    List<ViewConfig.Sort> sorts = new ArrayList<>();
    for (ViewConfig.Sort s : config.sort()) {
      require(source, List.of(s.column()), "sorts");
      SortDirection d = s.direction();
      if (d.isColumnSort()) {
        if (!config.splitBy().isEmpty()) {
          b.columnSorts.add(new ColumnSort(b.specFor(s.column()), d.isDescending(), d.isAbsolute()));
        }
        continue;
      }
      sorts.add(s);
      if (d.sortsRows()) {
        int level = config.groupBy().indexOf(s.column());
        if (!b.columns.contains(s.column()) && level >= 0) {
          b.rowSorts.add(new RowSort(-1, level, d.isDescending(), d.isAbsolute()));
        } else {
          b.rowSorts.add(new RowSort(b.specFor(s.column()), -1, d.isDescending(), d.isAbsolute()));
        }
      }
    }
    b.reported = config.withColumnsFiltersAndSort(b.columns, clauses, sorts, reportedAggregates);
    return new PivotPlan(b);
  }

  private static Column[] require(ColumnSource source, List<String> names, String where) {
    Column[] out = new Column[names.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.column(names.get(i));
      if (out[i] == null) {
        throw new ParallaxException("Invalid column '" + names.get(i) + "' found in View " + where);
      }
    }
    return out;
  }

  /** The pieces of a plan as compiling finds them. */
  private static final class Builder {
    final ViewConfig config;
    final ColumnSource source;
    final Schema schema;
    ViewConfig reported;
    List<String> columns;
    Column[] groupColumns;
    Column[] splitColumns;
    final List<AggregateSpec> specs = new ArrayList<>();
    final List<String> specColumns = new ArrayList<>();
    final List<Column> values = new ArrayList<>();
    final List<Column> arguments = new ArrayList<>();
    final List<RowSort> rowSorts = new ArrayList<>();
    final List<ColumnSort> columnSorts = new ArrayList<>();
    final List<String> filterColumns = new ArrayList<>();
    RowSelector selector;
    GroupMode groupMode;
    boolean splitOnly;

    Builder(ViewConfig config, ColumnSource source) {
      this.config = config;
      this.source = source;
      List<ColumnType> types = new ArrayList<>();
      for (String n : source.names()) {
        types.add(source.column(n).type());
      }
      List<String> names = new ArrayList<>(source.names());
      for (String e : config.expressions().keySet()) {
        if (!names.contains(e)) {
          names.add(e);
          types.add(source.column(e).type());
        }
      }
      this.schema = Schema.of(names, types);
    }

    /** Adds the aggregate of {@code column}; every shown column has its own, even when repeated. */
    int addSpec(String column) {
      AggregateSpec spec;
      if (splitOnly) {
        spec = AggregateSpec.of(AggregateKind.ANY, column, schema);
      } else if (config.aggregates().containsKey(column)) {
        spec = AggregateSpecParser.parse(column, config.aggregates().get(column), schema);
      } else {
        spec = AggregateSpec.defaultFor(column, schema);
      }
      specs.add(spec);
      specColumns.add(column);
      values.add(source.column(column));
      arguments.add(spec.argument() == null ? null : source.column(spec.argument()));
      return specs.size() - 1;
    }

    /** The aggregate a sort on {@code column} reads: the shown one, or a hidden one made now. */
    int specFor(String column) {
      int i = specColumns.indexOf(column);
      return i >= 0 ? i : addSpec(column);
    }

    Object reportedAggregate(String column) {
      if (splitOnly) {
        return AggregateKind.ANY.label();
      }
      Object given = config.aggregates().get(column);
      if (given == null) {
        return AggregateSpec.defaultFor(column, schema).kind().reportedName();
      }
      AggregateKind kind = given instanceof String ? AggregateKind.byLabel((String) given) : null;
      return kind == null ? given : kind.reportedName();
    }
  }
}
