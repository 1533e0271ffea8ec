package dev.parallax.engine.view;

import static dev.parallax.engine.view.PivotData.sales;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.table.Table;
import org.junit.jupiter.api.Test;

/** Every bad pivot config is refused with a message that names what is wrong, and no view is made. */
class TestPivotConfigErrors {
  private static void refused(String config, String message) {
    Table t = sales();
    int listeners = t.listenerCount();
    ParallaxException e = assertThrows(ParallaxException.class, () -> TestData.view(t, config));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertEquals(listeners, t.listenerCount());
  }

  @Test
  void unknownGroupByColumnIsRefused() {
    refused("{'group_by':['nope']}", "Invalid column 'nope' found in View group_by");
  }

  @Test
  void unknownSplitByColumnIsRefused() {
    refused("{'split_by':['nope']}", "Invalid column 'nope' found in View split_by");
  }

  @Test
  void unknownShownColumnIsRefused() {
    refused("{'group_by':['region'],'columns':['nope']}", "Invalid column 'nope' found in View columns");
  }

  @Test
  void unknownSortColumnIsRefused() {
    refused("{'group_by':['region'],'sort':[['nope','desc']]}", "Invalid column 'nope' found in View sorts");
  }

  @Test
  void unknownAggregateIsRefused() {
    refused("{'group_by':['region'],'columns':['qty'],'aggregates':{'qty':'average'}}",
        "Invalid aggregate 'average' for column 'qty'");
  }

  @Test
  void aggregateOfTheWrongTypeIsRefused() {
    refused("{'group_by':['region'],'columns':['region'],'aggregates':{'region':'sum'}}",
        "'sum' does not apply to type string");
  }

  @Test
  void weightedMeanWithoutItsColumnIsRefused() {
    refused("{'group_by':['region'],'columns':['price'],'aggregates':{'price':'weighted mean'}}",
        "needs an argument column");
  }

  @Test
  void weightedMeanByAnUnknownColumnIsRefused() {
    refused("{'group_by':['region'],'columns':['price'],'aggregates':{'price':['weighted mean',['nope']]}}",
        "Invalid column 'nope' found in the 'weighted mean' aggregate");
  }

  @Test
  void weightedMeanWithAnEmptyArgumentListIsRefused() {
    refused("{'group_by':['region'],'columns':['price'],'aggregates':{'price':['weighted mean',[]]}}",
        "takes one argument column, got 0");
  }

  @Test
  void filterOfTheWrongTypeIsRefused() {
    refused("{'group_by':['region'],'filter':[['qty','contains','x']]}", "does not apply to integer");
  }

  @Test
  void unknownRollupModesAreRefusedWhenParsed() {
    assertThrows(ParallaxException.class, () -> ViewConfig.parse("{\"group_by\":[\"region\"],"
        + "\"group_rollup_mode\":\"subtotal\"}"));
    assertThrows(ParallaxException.class, () -> ViewConfig.parse("{\"split_by\":[\"region\"],"
        + "\"split_rollup_mode\":\"total\"}"));
  }

  @Test
  void aggregateArgumentThatIsNotAColumnNameIsRefusedWhenParsed() {
    assertThrows(ParallaxException.class, () -> ViewConfig.parse("{\"group_by\":[\"region\"],"
        + "\"aggregates\":{\"price\":[\"weighted mean\",[3]]}}"));
    assertThrows(ParallaxException.class, () -> ViewConfig.parse("{\"group_by\":[\"region\"],"
        + "\"aggregates\":{\"price\":[\"weighted mean\",{\"a\":1}]}}"));
  }

  @Test
  void aDeletedViewRefusesTreeCalls() {
    View v = TestData.view(sales(), "{'group_by':['region']}");
    v.delete();
    assertThrows(ParallaxException.class, () -> v.expand(0));
    assertThrows(ParallaxException.class, () -> v.collapse(0));
    assertThrows(ParallaxException.class, () -> v.setDepth(1));
  }
}
