package dev.parallax.engine.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.engine.ParallaxException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading one window definition: the fields Perspective 5.5.1 takes, and each malformed one refused. */
class TestWindowSpec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static WindowSpec parse(String json) {
    try {
      return WindowSpec.parse("w", JSON.readValue(json.replace('\'', '"'), Object.class));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void refused(String json, String expectedInMessage) {
    ParallaxException e = assertThrows(ParallaxException.class, () -> parse(json));
    assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
  }

  @Test
  void everyFieldIsRead() {
    WindowSpec s = parse("{'column':'v','aggregate':'sum','partition_by':['g','h'],'order_by':['t','desc'],"
        + "'rows':3,'offset':2,'alpha':0.5}");
    assertEquals("v", s.source());
    assertEquals(WindowOp.SUM, s.op());
    assertEquals(List.of("g", "h"), s.partitionBy());
    assertEquals("t", s.orderBy());
    assertTrue(s.descending());
    assertEquals(WindowFrame.ROWS, s.frame());
    assertEquals(3, s.rows());
    assertEquals(2, s.effectiveOffset());
    assertEquals(0.5, s.alpha());
  }

  @Test
  void withoutAFrameTheFrameIsCumulativeAndTheOffsetOne() {
    WindowSpec s = parse("{'column':'v','aggregate':'lag'}");
    assertNull(s.frame());
    assertEquals(WindowFrame.CUMULATIVE, s.effectiveFrame());
    assertEquals(1, s.effectiveOffset());
    assertNull(s.orderBy());
    assertEquals(List.of(), s.partitionBy());
  }

  @Test
  void nullFieldsAreAbsentOnes() {
    WindowSpec s = parse("{'column':'v','aggregate':'sum','order_by':null,'rows':null,'range':null,"
        + "'cumulative':null,'offset':null,'alpha':null}");
    assertNull(s.frame());
    assertNull(s.orderBy());
  }

  @Test
  void toMapGivesBackTheDefinition() {
    Map<String, Object> m = parse("{'column':'v','aggregate':'avg','partition_by':['g'],'order_by':['t','asc'],"
        + "'range':2.5}").toMap();
    assertEquals(Map.of("column", "v", "aggregate", "avg", "partition_by", List.of("g"),
        "order_by", List.of("t", "asc"), "range", 2.5), m);
    assertEquals(Map.of("column", "v", "aggregate", "sum", "cumulative", true),
        parse("{'column':'v','aggregate':'sum','cumulative':true}").toMap());
  }

  @Test
  void unknownAggregateIsRefused() {
    refused("{'column':'v','aggregate':'median'}", "not implemented in this build: median");
  }

  @Test
  void aggregateNamesAreCaseSensitive() {
    refused("{'column':'v','aggregate':'SUM'}", "SUM");
  }

  @Test
  void missingColumnIsRefused() {
    refused("{'aggregate':'sum'}", "missing field `column`");
  }

  @Test
  void missingAggregateIsRefused() {
    refused("{'column':'v'}", "missing field `aggregate`");
  }

  @Test
  void unknownFieldIsRefused() {
    refused("{'column':'v','aggregate':'sum','frame':'rows'}", "unknown field `frame`");
  }

  @Test
  void definitionThatIsNotAnObjectIsRefused() {
    ParallaxException e = assertThrows(ParallaxException.class, () -> WindowSpec.parse("w", "sum"));
    assertTrue(e.getMessage().contains("must be an object"), e.getMessage());
  }

  @Test
  void nonStringColumnIsRefused() {
    refused("{'column':3,'aggregate':'sum'}", "`column` must be a string");
  }

  @Test
  void nullPartitionByIsRefused() {
    refused("{'column':'v','aggregate':'sum','partition_by':null}", "`partition_by` must be a list");
  }

  @Test
  void partitionByOfNumbersIsRefused() {
    refused("{'column':'v','aggregate':'sum','partition_by':[1]}", "`partition_by` must be a list");
  }

  @Test
  void orderByWithoutDirectionIsRefused() {
    refused("{'column':'v','aggregate':'sum','order_by':['t']}", "`order_by` must be [column");
  }

  @Test
  void orderByAsAStringIsRefused() {
    refused("{'column':'v','aggregate':'sum','order_by':'t'}", "`order_by` must be [column");
  }

  @Test
  void unknownOrderDirectionIsRefused() {
    refused("{'column':'v','aggregate':'sum','order_by':['t','up']}", "direction must be `asc` or `desc`");
  }

  @Test
  void negativeRowsAreRefused() {
    refused("{'column':'v','aggregate':'sum','rows':-1}", "`rows` must be a whole number");
  }

  @Test
  void fractionalRowsAreRefused() {
    refused("{'column':'v','aggregate':'sum','rows':1.5}", "`rows` must be a whole number");
  }

  @Test
  void rowsBeyondThirtyTwoBitsAreRefused() {
    refused("{'column':'v','aggregate':'sum','rows':4294967296}", "`rows` must be a whole number");
  }

  @Test
  void rowsAsTextAreRefused() {
    refused("{'column':'v','aggregate':'sum','rows':'2'}", "`rows` must be a number");
  }

  @Test
  void rangeAsTextIsRefused() {
    refused("{'column':'v','aggregate':'sum','range':'1'}", "`range` must be a number");
  }

  @Test
  void cumulativeFalseIsRefused() {
    refused("{'column':'v','aggregate':'sum','cumulative':false}", "`cumulative` must be `true`");
  }

  @Test
  void twoFramesAreRefused() {
    refused("{'column':'v','aggregate':'sum','rows':1,'range':1}", "mutually exclusive");
    refused("{'column':'v','aggregate':'sum','rows':1,'cumulative':true}", "mutually exclusive");
  }

  @Test
  void negativeOffsetIsRefused() {
    refused("{'column':'v','aggregate':'lag','offset':-1}", "`offset` must be a whole number");
  }

  @Test
  void fractionalOffsetIsRefused() {
    refused("{'column':'v','aggregate':'lead','offset':0.5}", "`offset` must be a whole number");
  }

  @Test
  void alphaAsTextIsRefused() {
    refused("{'column':'v','aggregate':'ema','alpha':'0.5'}", "`alpha` must be a number");
  }

  @Test
  void windowsThatAreNotAMapAreRefused() {
    ParallaxException e = assertThrows(ParallaxException.class, () -> WindowSpec.parseAll(List.of()));
    assertTrue(e.getMessage().contains("'windows' must map names"), e.getMessage());
  }

  @Test
  void nullWindowsAreNone() {
    assertEquals(Map.of(), WindowSpec.parseAll(null));
  }
}
