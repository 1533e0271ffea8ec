package dev.parallax.engine.view;

import static dev.parallax.engine.view.PivotData.json;
import static dev.parallax.engine.view.PivotData.jsonWithIds;
import static dev.parallax.engine.view.PivotData.sales;
import static dev.parallax.engine.view.TestData.view;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.output.ViewOutput;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** group_by views: the total first, groups in key order (null first), every level, as Perspective 5.5.1 shows them. */
class TestPivotGroupBy {
  @Test
  void totalComesFirstThenGroupsInKeyOrderWithNullFirst() {
    assertEquals("[{'__ROW_PATH__':[],'qty':42,'price':19.25},"
        + "{'__ROW_PATH__':[null],'qty':4,'price':3.0},"
        + "{'__ROW_PATH__':['East'],'qty':15,'price':5.75},"
        + "{'__ROW_PATH__':['North'],'qty':0,'price':5.5},"
        + "{'__ROW_PATH__':['West'],'qty':23,'price':5.0}]",
        json(view(sales(), "{'group_by':['region'],'columns':['qty','price']}")));
  }

  @Test
  void twoLevelsNestEachGroupUnderItsParent() {
    assertEquals("[{'__ROW_PATH__':[],'qty':42},{'__ROW_PATH__':[null],'qty':4},{'__ROW_PATH__':[null,'A'],'qty':4},"
        + "{'__ROW_PATH__':['East'],'qty':15},{'__ROW_PATH__':['East','A'],'qty':12},"
        + "{'__ROW_PATH__':['East','B'],'qty':3},{'__ROW_PATH__':['North'],'qty':0},"
        + "{'__ROW_PATH__':['North','B'],'qty':0},{'__ROW_PATH__':['West'],'qty':23},"
        + "{'__ROW_PATH__':['West',null],'qty':6},{'__ROW_PATH__':['West','A'],'qty':7},"
        + "{'__ROW_PATH__':['West','B'],'qty':10}]",
        json(view(sales(), "{'group_by':['region','cat'],'columns':['qty']}")));
  }

  @Test
  void booleanAndIntegerKeysOrderNullFalseTrue() {
    assertEquals("[{'__ROW_PATH__':[],'id':55},{'__ROW_PATH__':[null],'id':6},{'__ROW_PATH__':[false],'id':14},"
        + "{'__ROW_PATH__':[true],'id':35}]", json(view(sales(), "{'group_by':['flag'],'columns':['id']}")));
    assertEquals("[{'__ROW_PATH__':[],'price':10.0},{'__ROW_PATH__':[null],'price':5.5},"
        + "{'__ROW_PATH__':[1],'price':4.0},{'__ROW_PATH__':[2],'price':0.5}]",
        json(view(sales(), "{'group_by':['qty'],'columns':['price'],'filter_op':'or',"
            + "'filter':[['qty','<',3],['qty','is null',null]]}")));
  }

  @Test
  void defaultAggregatesAreSumForNumbersAndCountOtherwiseAndTheSchemaSaysSo() {
    View v = view(sales(), "{'group_by':['region'],'columns':['qty','price','cat','flag']}");
    Map<String, ColumnType> expected = new LinkedHashMap<>();
    expected.put("qty", ColumnType.INTEGER);
    expected.put("price", ColumnType.FLOAT);
    expected.put("cat", ColumnType.INTEGER);
    expected.put("flag", ColumnType.INTEGER);
    assertEquals(expected, v.schema());
    assertEquals(Map.of("qty", "sum", "price", "sum", "cat", "count", "flag", "count"), v.config().aggregates());
    assertEquals(List.of(10L, 1L, 4L, 1L, 4L), Arrays.asList(longs(v.window().columns().get(2), 5)));
  }

  private static Long[] longs(WindowColumn c, int n) {
    Long[] out = new Long[n];
    for (int i = 0; i < n; i++) {
      out[i] = c.getLong(i);
    }
    return out;
  }

  @Test
  void sumsAndCountsAreWideIntegersInArrow() {
    ViewWindow w = view(sales(), "{'group_by':['region'],'columns':['qty','cat'],"
        + "'aggregates':{'cat':'distinct count'}}").window();
    assertEquals(IntegerWidth.INT64, w.columns().get(0).integerWidth());
    assertEquals(IntegerWidth.UINT32, w.columns().get(1).integerWidth());
  }

  @Test
  void groupByDepthShowsOnlyTheLevelsAboveIt() {
    View v = view(sales(), "{'group_by':['region','cat'],'columns':['qty'],'group_by_depth':1}");
    assertEquals(5, v.numRows());
    assertEquals(Integer.valueOf(1), v.config().groupByDepth());
  }

  @Test
  void flatRollupModeShowsOnlyTheDeepestGroups() {
    assertEquals("[{'__ROW_PATH__':[null,'A'],'qty':4},{'__ROW_PATH__':['East','A'],'qty':12},"
        + "{'__ROW_PATH__':['East','B'],'qty':3},{'__ROW_PATH__':['North','B'],'qty':0},"
        + "{'__ROW_PATH__':['West',null],'qty':6},{'__ROW_PATH__':['West','A'],'qty':7},"
        + "{'__ROW_PATH__':['West','B'],'qty':10}]",
        json(view(sales(), "{'group_by':['region','cat'],'columns':['qty'],'group_rollup_mode':'flat'}")));
  }

  @Test
  void totalRollupModeShowsOnlyTheTotalEvenWithoutGroupBy() {
    assertEquals("[{'__ROW_PATH__':[],'qty':42}]",
        json(view(sales(), "{'group_by':['region'],'columns':['qty'],'group_rollup_mode':'total'}")));
    assertEquals("[{'qty':42}]", json(view(sales(), "{'columns':['qty'],'group_rollup_mode':'total'}")));
  }

  @Test
  void filtersApplyBeforeGrouping() {
    assertEquals("[{'__ROW_PATH__':[],'qty':39},{'__ROW_PATH__':[null],'qty':4},{'__ROW_PATH__':['East'],'qty':13},"
        + "{'__ROW_PATH__':['West'],'qty':22}]",
        json(view(sales(), "{'group_by':['region'],'columns':['qty'],'filter':[['qty','>',2]]}")));
  }

  @Test
  void aFilterThatKeepsNothingLeavesAnEmptyTotal() {
    assertEquals("[{'__ROW_PATH__':[],'qty':null}]",
        json(view(sales(), "{'group_by':['region'],'columns':['qty'],'filter':[['qty','>',100]]}")));
  }

  @Test
  void indexListsTheKeysOfEveryRowUnderARowReversed() {
    assertEquals("[{'__ROW_PATH__':[],'__ID__':[],'__INDEX__':[10,7,4,3,8,9,5,2,1,6],'qty':42},"
        + "{'__ROW_PATH__':[null],'__ID__':[null],'__INDEX__':[6],'qty':4},"
        + "{'__ROW_PATH__':['East'],'__ID__':['East'],'__INDEX__':[9,5,2,1],'qty':15},"
        + "{'__ROW_PATH__':['North'],'__ID__':['North'],'__INDEX__':[8],'qty':0},"
        + "{'__ROW_PATH__':['West'],'__ID__':['West'],'__INDEX__':[10,7,4,3],'qty':23}]",
        jsonWithIds(view(sales(), "{'group_by':['region'],'columns':['qty']}")));
  }

  @Test
  void csvAndArrowCarryThePathAsGroupByColumns() {
    View v = view(sales(), "{'group_by':['region'],'columns':['qty'],'filter':[['region','==','North']]}");
    assertEquals("\"region (Group by 1)\",\"qty\"\n,0\n\"North\",0\n", ViewOutput.toCsv(v.window()));
  }

  @Test
  void minMaxSkipsTheTotalAndExpandedRows() {
    View v = view(sales(), "{'group_by':['region','cat'],'columns':['qty']}");
    assertEquals(Arrays.asList(0L, 12L), v.minMax("qty"));
    v.setDepth(0);
    assertEquals(Arrays.asList(0L, 23L), v.minMax("qty"));
  }
}
