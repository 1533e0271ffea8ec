package dev.parallax.engine.output;

import dev.parallax.engine.column.IntegerWidth;
import static dev.parallax.engine.column.ColumnType.BOOLEAN;
import static dev.parallax.engine.column.ColumnType.DATE;
import static dev.parallax.engine.column.ColumnType.DATETIME;
import static dev.parallax.engine.column.ColumnType.FLOAT;
import static dev.parallax.engine.column.ColumnType.INTEGER;
import static dev.parallax.engine.column.ColumnType.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.view.WindowColumn;
import org.junit.jupiter.api.Test;

/** Expected texts are what Perspective 5.5.1 printed for the same values (conformance/flat.json). */
class TestViewOutput {
  // 2024-01-15 is day 19737; 2024-01-15 10:00:00 UTC is 1705312800000 ms.
  private static ArrayWindow allTypes() {
    return new ArrayWindow(2)
        .column("id", INTEGER, 1, 4)
        .column("f", FLOAT, 1.5, null)
        .column("s", STRING, "banana", null)
        .column("b", BOOLEAN, true, null)
        .column("d", DATE, 19737, null)
        .column("dt", DATETIME, 1705312800000L, null);
  }

  @Test
  void csvQuotesHeaderAndStringsAndLeavesNullsEmpty() {
    assertEquals("\"id\",\"f\",\"s\",\"b\",\"d\",\"dt\"\n"
        + "1,1.5,\"banana\",true,2024-01-15,2024-01-15 10:00:00.000\n"
        + "4,,,,,\n", ViewOutput.toCsv(allTypes()));
  }

  @Test
  void jsonWritesDatesAsEpochMillis() {
    assertEquals("[{\"id\":1,\"f\":1.5,\"s\":\"banana\",\"b\":true,\"d\":1705276800000,\"dt\":1705312800000},"
        + "{\"id\":4,\"f\":null,\"s\":null,\"b\":null,\"d\":null,\"dt\":null}]",
        ViewOutput.toJson(allTypes(), null));
  }

  @Test
  void columnsWritesOneArrayPerColumn() {
    assertEquals("{\"id\":[1,4],\"f\":[1.5,null],\"s\":[\"banana\",null],\"b\":[true,null],"
        + "\"d\":[1705276800000,null],\"dt\":[1705312800000,null]}", ViewOutput.toColumns(allTypes(), null));
  }

  @Test
  void ndjsonWritesOneObjectPerLineWithoutATrailingNewline() {
    ArrayWindow w = new ArrayWindow(2).column("f", FLOAT, 0.0, 7.0);
    assertEquals("{\"f\":0.0}\n{\"f\":7.0}", ViewOutput.toNdjson(w, null));
  }

  @Test
  void integersPast2To53PrintEveryDigitInEachFormat() {
    ArrayWindow w = new ArrayWindow(2).wide("n", IntegerWidth.INT64, 9007199254740993L, Long.MIN_VALUE);
    assertEquals("\"n\"\n9007199254740993\n-9223372036854775808\n", ViewOutput.toCsv(w));
    assertEquals("[{\"n\":9007199254740993},{\"n\":-9223372036854775808}]", ViewOutput.toJson(w, null));
    assertEquals("{\"n\":[9007199254740993,-9223372036854775808]}", ViewOutput.toColumns(w, null));
    assertEquals("{\"n\":9007199254740993}\n{\"n\":-9223372036854775808}", ViewOutput.toNdjson(w, null));
  }

  @Test
  void floatsPrintShortestDigitsInEachFormatsNotation() {
    Object[] values = {0.30000000000000004, 1.0 / 3, 1e21, 1e-7, 123456789.1234568, 0.0, 9007199254740992.0,
        1000000000000000.3, 5e-324, 1.7976931348623157e308, 100.0, 1e16, 123456.7, 0.1, -2.5e-10, 1234567.0,
        12345678901234.5, 0.000001, 1e9, 1e10, -0.0};
    ArrayWindow w = new ArrayWindow(values.length).column("f", FLOAT, values);
    assertEquals("\"f\"\n0.30000000000000004\n0.3333333333333333\n1e+21\n1e-7\n123456789.1234568\n0\n"
        + "9.007199254740992e+15\n1.0000000000000002e+15\n5e-324\n1.7976931348623157e+308\n100\n1e+16\n"
        + "123456.7\n0.1\n-2.5e-10\n1234567\n1.23456789012345e+13\n0.000001\n1000000000\n1e+10\n-0\n",
        ViewOutput.toCsv(w));
    assertEquals("{\"f\":[0.30000000000000004,0.3333333333333333,1e21,1e-7,123456789.1234568,0.0,"
        + "9007199254740992.0,1000000000000000.2,5e-324,1.7976931348623157e308,100.0,10000000000000000.0,"
        + "123456.7,0.1,-2.5e-10,1234567.0,12345678901234.5,0.000001,1000000000.0,10000000000.0,-0.0]}",
        ViewOutput.toColumns(w, null));
  }

  @Test
  void equallyNearShortestFormsResolveToTheEvenDigit() {
    ArrayWindow w = new ArrayWindow(1).column("f", FLOAT, 1000000000000000.25);
    assertEquals("\"f\"\n1.0000000000000002e+15\n", ViewOutput.toCsv(w));
    assertEquals(1000000000000000.25, Double.parseDouble(ViewOutput.toColumns(w, null).replaceAll("[^0-9.]", "")));
  }

  @Test
  void nanAndInfinityAreNullInJsonAndInfIsSpelledOutInCsv() {
    ArrayWindow w = new ArrayWindow(3).column("f", FLOAT, Double.NaN, Double.POSITIVE_INFINITY, 1.0);
    assertEquals("\"f\"\n\ninf\n1\n", ViewOutput.toCsv(w));
    assertEquals("{\"f\":[null,null,1.0]}", ViewOutput.toColumns(w, null));
  }

  @Test
  void csvDoublesQuotesAndKeepsNewlinesInsideQuotes() {
    ArrayWindow w = new ArrayWindow(3).column("s", STRING, "say \"hi\"", "line1\nline2", "a,b");
    assertEquals("\"s\"\n\"say \"\"hi\"\"\"\n\"line1\nline2\"\n\"a,b\"\n", ViewOutput.toCsv(w));
  }

  @Test
  void jsonEscapesQuotesBackslashesAndControlCharacters() {
    ArrayWindow w = new ArrayWindow(1).column("s", STRING, "q\"b\\n\nt\tc\u0001ü😀");
    assertEquals("[{\"s\":\"q\\\"b\\\\n\\nt\\tc\\u0001ü😀\"}]", ViewOutput.toJson(w, null));
  }

  @Test
  void idAndIndexLeadEachFlatRowAsOneElementLists() {
    ArrayWindow w = new ArrayWindow(2).column("v", STRING, "y", "z").index(INTEGER, 10, 20);
    assertEquals("[{\"__ID__\":[10],\"__INDEX__\":[10],\"v\":\"y\"},{\"__ID__\":[20],\"__INDEX__\":[20],\"v\":\"z\"}]",
        ViewOutput.toJson(w, new OutputOptions().setId(true).setIndex(true)));
  }

  @Test
  void windowWithoutColumnsHasNoRowsInAnyTextFormat() {
    ArrayWindow w = new ArrayWindow(3);
    assertEquals("[]", ViewOutput.toJson(w, null));
    assertEquals("", ViewOutput.toNdjson(w, null));
    assertEquals("", ViewOutput.toCsv(w));
    assertEquals("{}", ViewOutput.toColumns(w, null));
  }

  @Test
  void windowWithoutColumnsStillListsIdsAndIndexesInJsonButNotInNdjson() {
    ArrayWindow w = new ArrayWindow(2).index(INTEGER, 10, 20);
    assertEquals("[{\"__ID__\":[10]},{\"__ID__\":[20]}]", ViewOutput.toJson(w, new OutputOptions().setId(true)));
    assertEquals("[{\"__INDEX__\":[10]},{\"__INDEX__\":[20]}]",
        ViewOutput.toJson(w, new OutputOptions().setIndex(true)));
    assertEquals("{\"__ID__\":[[10],[20]]}", ViewOutput.toColumns(w, new OutputOptions().setId(true)));
    assertEquals("", ViewOutput.toNdjson(w, new OutputOptions().setId(true)));
  }

  @Test
  void flatColumnLayoutPutsIndexThenIdLast() {
    // Verified against Perspective 5.5.1: a pivot's __ID__ comes first, after __ROW_PATH__; a flat view's last.
    ArrayWindow w = new ArrayWindow(1).column("v", STRING, "y").index(INTEGER, 10);
    assertEquals("{\"v\":[\"y\"],\"__INDEX__\":[[10]],\"__ID__\":[[10]]}",
        ViewOutput.toColumns(w, new OutputOptions().setId(true).setIndex(true)));
  }

  @Test
  void ndjsonWritesNoIdOrIndexEvenWhenAskedFor() {
    ArrayWindow w = new ArrayWindow(1).column("v", STRING, "y").index(INTEGER, 10);
    assertEquals("{\"v\":\"y\"}", ViewOutput.toNdjson(w, new OutputOptions().setId(true).setIndex(true)));
  }

  @Test
  void pivotRowsCarryTheirPathAndCsvSpreadsItOverGroupColumns() {
    ArrayWindow w = new ArrayWindow(3)
        .path("g", STRING, null, "a", null)
        .depths(0, 1, 1)
        .wide("x", IntegerWidth.INT64, 6L, 5L, 1L);
    assertEquals("[{\"__ROW_PATH__\":[],\"x\":6},{\"__ROW_PATH__\":[\"a\"],\"x\":5},{\"__ROW_PATH__\":[null],\"x\":1}]",
        ViewOutput.toJson(w, null));
    assertEquals("\"g (Group by 1)\",\"x\"\n,6\n\"a\",5\n,1\n", ViewOutput.toCsv(w));
  }

  @Test
  void datesBeforeTheEpochAndLeapDaysPrintAsCalendarDates() {
    ArrayWindow w = new ArrayWindow(3)
        .column("d", DATE, -1, 19782, -719162)
        .column("dt", DATETIME, -1L, 1709251199999L, 0L);
    assertEquals("\"d\",\"dt\"\n1969-12-31,1969-12-31 23:59:59.999\n2024-02-29,2024-02-29 23:59:59.999\n"
        + "0001-01-01,1970-01-01 00:00:00.000\n", ViewOutput.toCsv(w));
  }
}
