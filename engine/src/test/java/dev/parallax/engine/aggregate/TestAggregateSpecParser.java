package dev.parallax.engine.aggregate;

import static java.util.Arrays.asList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a view config's {@code aggregates} entries, and every way one can be wrong. */
class TestAggregateSpecParser {
  private static final Schema SCHEMA;

  static {
    Map<String, ColumnType> m = new LinkedHashMap<>();
    m.put("x", ColumnType.INTEGER);
    m.put("f", ColumnType.FLOAT);
    m.put("s", ColumnType.STRING);
    m.put("b", ColumnType.BOOLEAN);
    m.put("d", ColumnType.DATE);
    SCHEMA = Schema.of(m);
  }

  private static AggregateSpec parse(String column, Object value) {
    return AggregateSpecParser.parse(column, value, SCHEMA);
  }

  private static void refused(String column, Object value, String... fragments) {
    ParallaxException e = assertThrows(ParallaxException.class, () -> parse(column, value),
        column + ": " + value);
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), "'" + e.getMessage() + "' should mention " + f);
    }
  }

  @Test
  void aNameGivesThatAggregateWithoutArgument() {
    AggregateSpec spec = parse("x", "median");
    assertEquals(AggregateKind.MEDIAN, spec.kind());
    assertEquals("x", spec.column());
    assertNull(spec.argument());
    assertEquals(ColumnType.INTEGER, spec.resultType());
  }

  @Test
  void perspectivesListFormCarriesTheArgumentColumn() {
    AggregateSpec spec = parse("x", asList("weighted mean", asList("f")));
    assertEquals(AggregateKind.WEIGHTED_MEAN, spec.kind());
    assertEquals("f", spec.argument());
    assertEquals(ColumnType.FLOAT, spec.argumentType());
    assertEquals(ColumnType.FLOAT, spec.resultType());
  }

  @Test
  void aBareArgumentNameAndAOneElementListAreAcceptedToo() {
    assertEquals("x", parse("s", asList("max by", "x")).argument());
    assertEquals(AggregateKind.SUM, parse("x", Collections.singletonList("sum")).kind());
  }

  @Test
  void jsonNodesParseLikePlainValues() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertEquals(parse("x", "q3"), AggregateSpecParser.parse("x", json.readTree("\"q3\""), SCHEMA));
    assertEquals(parse("s", asList("min by", asList("f"))),
        AggregateSpecParser.parse("s", json.readTree("[\"min by\", [\"f\"]]"), SCHEMA));
  }

  @Test
  void defaultIsSumForNumbersAndCountForOthers() {
    assertEquals(AggregateKind.SUM, AggregateSpec.defaultFor("f", SCHEMA).kind());
    assertEquals(AggregateKind.COUNT, AggregateSpec.defaultFor("b", SCHEMA).kind());
  }

  @Test
  void unknownAggregateNameIsRefused() {
    refused("x", "nope", "Invalid aggregate 'nope'", "'x'");
    refused("x", "Sum", "Invalid aggregate 'Sum'");
    refused("x", "", "Invalid aggregate ''");
  }

  @Test
  void unknownColumnIsRefused() {
    refused("nope", "sum", "Invalid column 'nope'");
    refused("nope", "bogus", "Invalid column 'nope'");
  }

  @Test
  void aggregateOfTheWrongTypeIsRefused() {
    refused("s", "sum", "'sum' does not apply to type string", "integer, float");
    refused("b", "median", "'median' does not apply to type boolean");
    refused("x", "and", "'and' does not apply to type integer");
    refused("d", "join", "'join'");
    refused("d", asList("max by", asList("f")), "'max by' does not apply to type date");
  }

  @Test
  void missingArgumentIsRefused() {
    refused("x", "weighted mean", "'weighted mean' needs an argument column");
    refused("s", Collections.singletonList("max by"), "'max by' needs an argument column");
  }

  @Test
  void extraArgumentIsRefused() {
    refused("x", asList("sum", asList("f")), "'sum' takes no argument column", "'f'");
    refused("x", asList("weighted mean", asList("f", "x")), "takes one argument column, got 2");
    refused("x", asList("weighted mean", asList()), "takes one argument column, got 0");
    refused("x", asList("weighted mean", asList("f"), "x"), "got a list of 3");
  }

  @Test
  void argumentColumnUnknownOrOfTheWrongTypeIsRefused() {
    refused("x", asList("weighted mean", asList("nope")),
        "Invalid column 'nope' found in the 'weighted mean' aggregate for column 'x'");
    refused("x", asList("weighted mean", asList("s")), "integer or float argument column", "'s' is string");
    refused("s", asList("min by", asList("d")), "'d' is date");
  }

  @Test
  void malformedEntriesAreRefused() {
    refused("x", null, "got null");
    refused("x", 42, "got Integer 42");
    refused("x", asList(), "got a list of 0");
    refused("x", asList(7, "sum"), "must start with the aggregate's name");
    refused("x", asList("weighted mean", 3), "takes a column name as argument");
    refused("x", asList("weighted mean", asList(3)), "takes a column name as argument");
  }

  @Test
  void malformedJsonEntriesAreRefused() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (String bad : new String[] {"null", "42", "{\"weighted mean\": \"f\"}", "[]", "[[\"sum\"]]"}) {
      assertThrows(ParallaxException.class, () -> AggregateSpecParser.parse("x", json.readTree(bad), SCHEMA), bad);
    }
  }

  @Test
  void aSourceOfTheWrongTypeIsAProgrammingError() {
    AggregateSpec spec = parse("x", "sum");
    assertThrows(IllegalArgumentException.class,
        () -> spec.source(Data.column(ColumnType.FLOAT, 1.0), RowSequence.ROW_ID));
    AggregateSpec wm = parse("x", asList("weighted mean", asList("f")));
    assertThrows(IllegalArgumentException.class,
        () -> wm.source(Data.column(ColumnType.INTEGER, 1), RowSequence.ROW_ID));
  }
}
