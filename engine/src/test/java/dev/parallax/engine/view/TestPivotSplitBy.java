package dev.parallax.engine.view;

import static dev.parallax.engine.view.PivotData.json;
import static dev.parallax.engine.view.PivotData.jsonWithIds;
import static dev.parallax.engine.view.PivotData.sales;
import static dev.parallax.engine.view.TestData.view;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** split_by views: one column per split value and shown column, as Perspective 5.5.1 names and fills them. */
class TestPivotSplitBy {
  @Test
  void splitColumnsAreNamedByValueThenColumnInKeyOrder() {
    View v = view(sales(), "{'group_by':['region'],'split_by':['cat'],'columns':['qty','price']}");
    assertEquals(List.of("null|qty", "null|price", "A|qty", "A|price", "B|qty", "B|price"), v.columnPaths());
    assertEquals(6, v.numColumns());
    assertEquals("{'__ROW_PATH__':['West'],'null|qty':6,'null|price':2.0,'A|qty':7,'A|price':-1.0,'B|qty':10,"
        + "'B|price':4.0}", json(v).split("},")[4].replace("}]", "}").replace("{", "{"));
  }

  @Test
  void twoSplitLevelsShowOnlyTheCombinationsThatExist() {
    View v = view(sales(), "{'group_by':['region'],'split_by':['cat','flag'],'columns':['qty']}");
    assertEquals(List.of("null|false|qty", "A|null|qty", "A|false|qty", "A|true|qty", "B|false|qty", "B|true|qty"),
        v.columnPaths());
  }

  @Test
  void splitOnlyViewsShowEveryTableRowWithoutRowPath() {
    View v = view(sales(), "{'split_by':['cat'],'columns':['qty']}");
    assertEquals(10, v.numRows());
    assertEquals(Map.of("qty", "any"), v.config().aggregates());
    String rows = json(v);
    assertEquals("[{'null|qty':null,'A|qty':5,'B|qty':null},{'null|qty':null,'A|qty':null,'B|qty':3}",
        rows.substring(0, rows.indexOf("},{", rows.indexOf("},{") + 1) + 1) + "");
  }

  @Test
  void splitOnlyRowsHaveTheirOwnKeyAsId() {
    String rows = jsonWithIds(view(sales(), "{'split_by':['cat'],'columns':['qty'],'filter':[['id','<',3]]}"));
    assertEquals("[{'__ID__':[1],'__INDEX__':[],'A|qty':5,'B|qty':null},"
        + "{'__ID__':[2],'__INDEX__':[],'A|qty':null,'B|qty':3}]", rows);
  }

  @Test
  void rollupSplitModeAddsTheUnsplitColumnsAndEachSplitLevel() {
    View v = view(sales(), "{'group_by':['region'],'split_by':['cat','flag'],'columns':['qty'],"
        + "'split_rollup_mode':'rollup'}");
    assertEquals(List.of("qty", "null|qty", "null|false|qty", "A|qty", "A|null|qty", "A|false|qty", "A|true|qty",
        "B|qty", "B|false|qty", "B|true|qty"), v.columnPaths());
  }

  @Test
  void splitValuesAreSpelledAsPerspectiveSpellsThem() {
    View v = view(sales(), "{'split_by':['price'],'columns':['id'],'filter':[['id','<',4]]}");
    assertEquals(List.of("-1|id", "1.5|id", "2.25|id"), v.columnPaths());
    assertEquals("1e+21", KeyText.number(1e21));
    assertEquals("0.1", KeyText.number(0.1));
  }

  @Test
  void aSplitWithNoValuesHasNoColumnsAndNoRows() {
    View v = view(sales(), "{'split_by':['cat'],'columns':['qty'],'filter':[['qty','>',100]]}");
    assertEquals(0, v.numColumns());
    assertEquals(0, v.numRows());
    assertEquals(Map.of(), v.schema());
    assertEquals("[]", json(v));
  }

  @Test
  void totalModeOfASplitOnlyViewAggregatesWithTheConfiguredFunction() {
    assertEquals("[{'null|qty':6,'A|qty':23,'B|qty':13}]",
        json(view(sales(), "{'split_by':['cat'],'columns':['qty'],'group_rollup_mode':'total'}")));
  }
}
