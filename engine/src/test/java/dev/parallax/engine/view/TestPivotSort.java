package dev.parallax.engine.view;

import static dev.parallax.engine.view.PivotData.json;
import static dev.parallax.engine.view.PivotData.sales;
import static dev.parallax.engine.view.TestData.view;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sorting a pivot within each level, and its split columns, as Perspective 5.5.1 does. */
class TestPivotSort {
  private static String paths(View v) {
    return json(v).replaceAll("'qty':[^}]*", "").replace("{'__ROW_PATH__':", "").replace("}", "");
  }

  @Test
  void aDescendingAggregateSortOrdersEveryLevelTotalStillFirst() {
    View v = view(sales(), "{'group_by':['region','cat'],'columns':['qty'],'sort':[['qty','desc']]}");
    assertEquals("[[],,['West'],,['West','B'],,['West','A'],,['West',null],,['East'],,['East','A'],,['East','B'],,"
        + "[null],,[null,'A'],,['North'],,['North','B'],]", paths(v));
  }

  @Test
  void tiesKeepKeyOrder() {
    View v = view(sales(), "{'group_by':['region'],'columns':['region'],'sort':[['region','desc']]}");
    assertEquals("[{'__ROW_PATH__':[],'region':10},{'__ROW_PATH__':['East'],'region':4},"
        + "{'__ROW_PATH__':['West'],'region':4},{'__ROW_PATH__':[null],'region':1},"
        + "{'__ROW_PATH__':['North'],'region':1}]", json(v));
  }

  @Test
  void aSortOnAHiddenGroupByColumnSortsByTheKey() {
    View v = view(sales(), "{'group_by':['region'],'columns':['qty'],'sort':[['region','desc']]}");
    assertEquals("[[],,['West'],,['North'],,['East'],,[null],]", paths(v));
  }

  @Test
  void aSortOnAHiddenColumnUsesItsDefaultAggregate() {
    View v = view(sales(), "{'group_by':['region'],'columns':['qty'],'sort':[['price','desc']]}");
    assertEquals("[[],,['East'],,['North'],,['West'],,[null],]", paths(v));
  }

  @Test
  void absSortsOrderByMagnitude() {
    View v = view(sales(), "{'group_by':['cat'],'columns':['price'],'aggregates':{'price':'min'},"
        + "'sort':[['price','desc abs']]}");
    assertEquals("[{'__ROW_PATH__':[],'price':null},{'__ROW_PATH__':[null],'price':2.0},"
        + "{'__ROW_PATH__':['A'],'price':-1.0},{'__ROW_PATH__':['B'],'price':null}]", json(v));
  }

  @Test
  void columnSortsOrderSplitColumnsByTheTotalAndLeaveTheConfig() {
    View v = view(sales(), "{'group_by':['region'],'split_by':['cat'],'columns':['qty'],'sort':[['qty','col desc']]}");
    assertEquals(List.of("A|qty", "B|qty", "null|qty"), v.columnPaths());
    assertEquals(List.of(), v.config().sort());
    View asc = view(sales(), "{'group_by':['region'],'split_by':['cat'],'columns':['qty'],'sort':[['qty','col asc']]}");
    assertEquals(List.of("null|qty", "B|qty", "A|qty"), asc.columnPaths());
  }

  @Test
  void flatModeSortsHierarchically() {
    View v = view(sales(), "{'group_by':['region','cat'],'columns':['qty'],'sort':[['qty','asc']],"
        + "'group_rollup_mode':'flat'}");
    assertEquals("[['North','B'],,[null,'A'],,['East','B'],,['East','A'],,['West',null],,['West','A'],,"
        + "['West','B'],]", paths(v));
  }

  @Test
  void splitOnlyRowsSortByTheirOwnValue() {
    View v = view(sales(), "{'split_by':['cat'],'columns':['qty'],'sort':[['qty','desc']],"
        + "'filter':[['id','<',4]]}");
    assertEquals("[{'A|qty':7,'B|qty':null},{'A|qty':5,'B|qty':null},{'A|qty':null,'B|qty':3}]", json(v));
  }
}
