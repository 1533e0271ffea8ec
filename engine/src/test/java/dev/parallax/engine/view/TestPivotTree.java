package dev.parallax.engine.view;

import static dev.parallax.engine.view.PivotData.sales;
import static dev.parallax.engine.view.TestData.view;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.table.Table;
import org.junit.jupiter.api.Test;

/**
 * expand, collapse and set_depth with the counts Perspective 5.5.1 returns
 * (checked against it on the same table: 12 rows in two levels, 5 at depth 1).
 */
class TestPivotTree {
  private static View twoLevels() {
    return view(sales(), "{'group_by':['region','cat'],'columns':['qty']}");
  }

  @Test
  void collapsingTheTotalHidesEveryOtherRowAndCountsThem() {
    View v = twoLevels();
    assertEquals(11, v.collapse(0));
    assertEquals(1, v.numRows());
  }

  @Test
  void expandingACollapsedRowShowsItsChildrenStillCollapsed() {
    View v = twoLevels();
    v.collapse(0);
    assertEquals(4, v.expand(0));
    assertEquals(5, v.numRows());
  }

  @Test
  void expandingAnExpandedOrDeepestRowOrAPositionPastTheEndDoesNothing() {
    View v = twoLevels();
    assertEquals(0, v.expand(1));
    assertEquals(0, v.expand(2));
    assertEquals(0, v.expand(99));
    assertEquals(0, v.expand(-1));
    assertEquals(0, v.collapse(2));
    assertEquals(12, v.numRows());
  }

  @Test
  void setDepthExpandsUpToTheDepthAndCollapsesBelow() {
    View v = twoLevels();
    v.setDepth(0);
    assertEquals(5, v.numRows());
    v.setDepth(1);
    assertEquals(12, v.numRows());
  }

  @Test
  void setDepthPastTheLastLevelIsIgnored() {
    View v = twoLevels();
    v.collapse(1);
    v.setDepth(5);
    assertEquals(11, v.numRows());
  }

  @Test
  void groupsMadeAfterSetDepthFollowIt() {
    Table t = sales();
    View v = view(t, "{'group_by':['region','cat'],'columns':['qty']}");
    v.setDepth(0);
    t.update(TestData.batch(PivotData.SALES, TestData.row(11, "South", "C", 1, 1.0, true)));
    assertEquals(6, v.numRows());
  }

  @Test
  void flatViewsAndFlatRollupsHaveNoTree() {
    View flat = view(sales(), "{}");
    assertEquals(0, flat.expand(0));
    assertEquals(0, flat.collapse(0));
    flat.setDepth(0);
    assertEquals(10, flat.numRows());
    View leaves = view(sales(), "{'group_by':['region','cat'],'columns':['qty'],'group_rollup_mode':'flat'}");
    assertEquals(0, leaves.collapse(0));
    assertEquals(7, leaves.numRows());
  }
}
