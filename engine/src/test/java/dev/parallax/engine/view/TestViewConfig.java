package dev.parallax.engine.view;

import static dev.parallax.engine.view.TestData.row;
import static dev.parallax.engine.view.TestData.schema;
import static dev.parallax.engine.view.TestData.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.table.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestViewConfig {
  private static final Schema SCHEMA = schema("x", "integer", "s", "string", "d", "float");

  private static Table sample() {
    return table(SCHEMA, row(1, "a", 1.5), row(2, "B", 2.0), row(null, null, 3.0), row(4, "b", 4.0));
  }

  private static String configOf(String json) {
    return TestData.view(sample(), json).config().toJson();
  }

  @Test
  void emptyConfigReportsEveryColumnInSchemaOrder() {
    // Verified against Perspective 5.5.1: get_config() of view({}) on this table.
    assertEquals("{\"group_by\":[],\"split_by\":[],\"sort\":[],\"filter\":[],\"group_rollup_mode\":\"rollup\","
        + "\"split_rollup_mode\":\"flat\",\"expressions\":{},\"columns\":[\"x\",\"s\",\"d\"],\"aggregates\":{}}",
        configOf("{}"));
  }

  @Test
  void filterOpOrIsReportedAndAndIsNot() {
    // Verified against Perspective 5.5.1: "and" is omitted, "or" sits after split_rollup_mode.
    assertEquals("{\"group_by\":[],\"split_by\":[],\"sort\":[],\"filter\":[[\"x\",\"==\",1],[\"s\",\"==\",\"b\"]],"
        + "\"group_rollup_mode\":\"rollup\",\"split_rollup_mode\":\"flat\",\"filter_op\":\"or\",\"expressions\":{},"
        + "\"columns\":[\"x\",\"s\",\"d\"],\"aggregates\":{}}",
        configOf("{'filter_op':'or','filter':[['x','==',1],['s','==','b']]}"));
    assertTrue(!configOf("{'filter_op':'and'}").contains("filter_op"));
  }

  @Test
  void flatViewReportsNoAggregatesAndDropsColumnSorts() {
    // Verified against Perspective 5.5.1: aggregates {} and "col asc" gone on a flat view; "none" kept.
    assertEquals("{\"group_by\":[],\"split_by\":[],\"sort\":[[\"x\",\"none\"]],\"filter\":[],"
        + "\"group_rollup_mode\":\"rollup\",\"split_rollup_mode\":\"flat\",\"expressions\":{},"
        + "\"columns\":[\"s\"],\"aggregates\":{}}",
        configOf("{'columns':['s'],'aggregates':{'x':'avg'},'sort':[['d','col asc'],['x','none']]}"));
  }

  @Test
  void nullColumnSlotsAreDropped() {
    // Verified against Perspective 5.5.1: columns [null, "x"] reads back as ["x"].
    assertEquals(List.of("x"), ViewConfig.parse("{\"columns\":[null,\"x\",null]}").columns());
  }

  @Test
  void pivotFieldsAreStoredAsGiven() {
    ViewConfig c = ViewConfig.parse("{\"group_by\":[\"s\"],\"split_by\":[\"x\"],\"aggregates\":{\"d\":\"avg\","
        + "\"x\":[\"weighted mean\",\"d\"]},\"group_by_depth\":1,\"group_rollup_mode\":\"total\","
        + "\"split_rollup_mode\":\"rollup\",\"expressions\":[\"\\\"x\\\" + 1\"]}");
    assertEquals(List.of("s"), c.groupBy());
    assertEquals(List.of("x"), c.splitBy());
    assertEquals(Map.of("d", "avg", "x", List.of("weighted mean", "d")), c.aggregates());
    assertEquals(1, c.groupByDepth());
    assertEquals("total", c.groupRollupMode());
    assertEquals("rollup", c.splitRollupMode());
    assertEquals(Map.of("\"x\" + 1", "\"x\" + 1"), c.expressions());
    assertNull(c.columns());
    assertEquals("{\"group_by\":[\"s\"],\"split_by\":[\"x\"],\"sort\":[],\"filter\":[],\"group_rollup_mode\":\"total\","
        + "\"split_rollup_mode\":\"rollup\",\"expressions\":{\"\\\"x\\\" + 1\":\"\\\"x\\\" + 1\"},"
        + "\"aggregates\":{\"d\":\"avg\",\"x\":[\"weighted mean\",\"d\"]},\"group_by_depth\":1}", c.toJson());
  }

  @Test
  void parsedFromAMapEqualsParsedFromJson() {
    ViewConfig fromMap = ViewConfig.fromMap(Map.of("columns", List.of("x"), "sort", List.of(List.of("x", "desc"))));
    assertEquals(ViewConfig.parse("{\"columns\":[\"x\"],\"sort\":[[\"x\",\"desc\"]]}"), fromMap);
  }

  @Test
  void beginsWithIsReportedAsStartswith() {
    // Verified against Perspective 5.5.1, which also accepts "startswith" as input.
    assertTrue(configOf("{'filter':[['s','begins with','a'],['s','not ends with','b']]}")
        .contains("[[\"s\",\"startswith\",\"a\"],[\"s\",\"not endswith\",\"b\"]]"));
    assertEquals(FilterOperator.BEGINS_WITH, FilterOperator.of("startswith"));
  }

  @Test
  void filterOperandsAreReportedCoercedToTheColumnType() {
    // Verified against Perspective 5.5.1: 1.7 on an integer column reads back as 1, "2" as 2.
    assertTrue(configOf("{'filter':[['x','==',1.7],['x','>','2'],['d','<','2.5'],['d','==',2]]}")
        .contains("[[\"x\",\"==\",1],[\"x\",\">\",2],[\"d\",\"<\",2.5],[\"d\",\"==\",2]]"));
  }

  @Test
  void isNullWithoutOperandReportsNull() {
    assertTrue(configOf("{'filter':[['x','is null']]}").contains("[[\"x\",\"is null\",null]]"));
  }

  @Test
  void avgIsReportedByItsAliasMean() {
    // Verified against Perspective 5.5.1, locally and through its server: "avg" reads back as "mean".
    assertTrue(configOf("{'group_by':['s'],'aggregates':{'x':'avg','d':'mean'}}")
        .contains("\"aggregates\":{\"x\":\"mean\",\"s\":\"count\",\"d\":\"mean\"}"));
  }

  @Test
  void weightedMeanIsReportedAsGiven() {
    assertTrue(configOf("{'split_by':['s'],'group_rollup_mode':'total','aggregates':{'d':['weighted mean',['x']]}}")
        .contains("\"d\":[\"weighted mean\",[\"x\"]]"));
  }

  @Test
  void aTotalViewWithoutGroupByOrSplitByReportsNoAggregates() {
    // Verified against Perspective 5.5.1: {} as for a flat view, though the view shows one total row.
    assertTrue(configOf("{'group_rollup_mode':'total','aggregates':{'x':'avg'}}").endsWith("\"aggregates\":{}}"));
  }

  @Test
  void aTotalViewWithSplitByReportsItsAggregates() {
    // Verified against Perspective 5.5.1: unlike a split-only rollup view, whose every aggregate reads "any".
    assertTrue(configOf("{'group_rollup_mode':'total','split_by':['s'],'columns':['x']}")
        .endsWith("\"aggregates\":{\"x\":\"sum\"}}"));
  }

  private static void refused(String json, String expectedInMessage) {
    ParallaxException e = assertThrows(ParallaxException.class, () -> ViewConfig.parse(json.replace('\'', '"')));
    assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
  }

  @Test
  void malformedJsonIsRefused() {
    refused("{'columns':", "not valid JSON");
    refused("[1,2]", "must be a JSON object");
  }

  @Test
  void unknownFieldIsRefused() {
    refused("{'foo':1}", "Unknown view config field 'foo'");
  }

  @Test
  void badSortDirectionIsRefused() {
    refused("{'sort':[['x','foo']]}", "Unknown sort direction 'foo'");
  }

  @Test
  void malformedSortEntriesAreRefused() {
    refused("{'sort':[['x']]}", "[column, direction]");
    refused("{'sort':['x']}", "[column, direction]");
    refused("{'sort':[['x','asc','q']]}", "[column, direction]");
    refused("{'sort':'x'}", "must be a list");
  }

  @Test
  void unknownFilterOperatorIsRefused() {
    refused("{'filter':[['x','=',1]]}", "Unknown filter operator '='");
  }

  @Test
  void malformedFilterEntriesAreRefused() {
    refused("{'filter':[['x']]}", "[column, operator, value]");
    refused("{'filter':[['x','==',1,2]]}", "[column, operator, value]");
    refused("{'filter':'x'}", "must be a list");
    refused("{'filter':[[1,'==',1]]}", "must be strings");
    refused("{'filter':[['x','==',{'a':1}]]}", "string, number, boolean or list");
  }

  @Test
  void badFilterOpIsRefused() {
    refused("{'filter_op':'xor'}", "Unknown filter_op 'xor'");
  }

  @Test
  void badRollupModesAndDepthAreRefused() {
    refused("{'group_rollup_mode':'sideways'}", "Unknown group_rollup_mode 'sideways'");
    refused("{'split_rollup_mode':'total'}", "Unknown split_rollup_mode 'total'");
    refused("{'group_by_depth':-1}", "group_by_depth");
  }

  @Test
  void nonStringColumnNamesAreRefused() {
    refused("{'columns':[1]}", "'columns' must list column names");
    refused("{'group_by':'s'}", "'group_by' must be a list");
  }
}
