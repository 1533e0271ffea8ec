package dev.parallax.engine.view;

import static dev.parallax.engine.view.PivotData.SALES;
import static dev.parallax.engine.view.PivotData.jsonWithIds;
import static dev.parallax.engine.view.PivotData.sales;
import static dev.parallax.engine.view.TestData.table;
import static dev.parallax.engine.view.TestData.view;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.output.OutputOptions;
import dev.parallax.engine.output.ViewOutput;
import dev.parallax.engine.table.Table;
import org.junit.jupiter.api.Test;

/**
 * The {@code __ID__} and {@code __INDEX__} of pivot rows when no table row is
 * under them, as Perspective 5.5.1 gives them: the grand total row of a table
 * without rows has empty ones and null aggregates.
 */
class TestPivotEmptyTable {
  private static final String TOTAL_ONLY = "{'group_rollup_mode':'total','columns':['qty']}";
  private static final String EMPTY_TOTAL = "[{'__ID__':[],'__INDEX__':[],'qty':null}]";

  @Test
  void aTotalOnlyViewOfAnEmptyTableHasEmptyIdAndIndex() {
    assertEquals(EMPTY_TOTAL, jsonWithIds(view(table(SALES), TOTAL_ONLY)));
  }

  @Test
  void aTotalOnlyViewOfATableEmptiedByClearHasEmptyIdAndIndex() {
    Table t = sales();
    View v = view(t, TOTAL_ONLY);
    t.clear();
    assertEquals(EMPTY_TOTAL, jsonWithIds(v));
  }

  @Test
  void theIdOfATotalRowIsItsEmptyPathNotATableKey() {
    View v = view(sales(), TOTAL_ONLY);
    assertEquals("[{'__ID__':[],'qty':42}]",
        ViewOutput.toJson(v.window(), new OutputOptions().setId(true)).replace('"', '\''));
  }

  @Test
  void aGroupByOfAnEmptyTableHasOnlyATotalRowWithEmptyIdAndIndex() {
    View v = view(table(SALES), "{'group_by':['region'],'columns':['qty']}");
    assertEquals("[{'__ROW_PATH__':[],'__ID__':[],'__INDEX__':[],'qty':null}]", jsonWithIds(v));
  }

  @Test
  void aGroupByOfAnEmptyTableInColumnsPutsIdAfterThePathAndIndexLast() {
    View v = view(table(SALES), "{'group_by':['region'],'columns':['qty']}");
    assertEquals("{'__ROW_PATH__':[[]],'__ID__':[[]],'qty':[null],'__INDEX__':[[]]}",
        ViewOutput.toColumns(v.window(), new OutputOptions().setId(true).setIndex(true)).replace('"', '\''));
  }

  @Test
  void aGroupBySplitByOfAnEmptyTableHasATotalRowWithoutColumns() {
    View v = view(table(SALES), "{'group_by':['region'],'split_by':['cat'],'columns':['qty']}");
    assertEquals("[{'__ROW_PATH__':[],'__ID__':[],'__INDEX__':[]}]", jsonWithIds(v));
  }
}
