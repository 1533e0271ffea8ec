package dev.parallax.engine.format;

import static dev.parallax.engine.format.Batches.list;
import static dev.parallax.engine.format.Batches.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON rows, JSON columns and NDJSON in. Inferred types are those Perspective
 * 5.5.1 gave for the same rows in Node ({@code perspective.table(rows)}).
 */
class TestJsonReader {

  private static ColumnBatch rows(String json) {
    return TableReader.read(Format.JSON_ROWS, json, null);
  }

  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  static Stream<Arguments> inferredAsPerspective() {
    return Stream.of(
        Arguments.of("integers", "1, 2", ColumnType.INTEGER),
        Arguments.of("integer then float", "1, 1.5", ColumnType.FLOAT),
        Arguments.of("float then integer", "1.5, 2", ColumnType.FLOAT),
        Arguments.of("1.0 is float", "1.0, 2", ColumnType.FLOAT),
        Arguments.of("exponent is float", "1e3", ColumnType.FLOAT),
        Arguments.of("above 2^31-1 is float", "3000000000, 1", ColumnType.FLOAT),
        Arguments.of("above 2^31-1 later is float", "1, 3000000000", ColumnType.FLOAT),
        Arguments.of("beyond 64 bits is float", "123456789012345678901234, 1", ColumnType.FLOAT),
        Arguments.of("booleans", "true, false", ColumnType.BOOLEAN),
        Arguments.of("boolean strings in any case", "\"true\", \"FALSE\"", ColumnType.BOOLEAN),
        Arguments.of("numeric strings are integer", "\"1\", \"2\"", ColumnType.INTEGER),
        Arguments.of("padded numeric strings are integer", "\" 1\", \"2\"", ColumnType.INTEGER),
        Arguments.of("decimal strings are float", "\"1.5\", \"2\"", ColumnType.FLOAT),
        Arguments.of("NaN string is float", "\"NaN\", 1.5", ColumnType.FLOAT),
        Arguments.of("ISO date is date", "\"2024-01-01\", \"2024-02-03\"", ColumnType.DATE),
        Arguments.of("slashed date is date", "\"2024/01/01\"", ColumnType.DATE),
        Arguments.of("US date is date", "\"01/02/2024\"", ColumnType.DATE),
        Arguments.of("dashed US date is date", "\"01-02-2024\"", ColumnType.DATE),
        Arguments.of("midnight datetime is date", "\"2024-01-01T00:00:00\", \"2024-02-03T11:00:00\"",
            ColumnType.DATE),
        Arguments.of("T datetime is datetime", "\"2024-01-01T10:00:00\"", ColumnType.DATETIME),
        Arguments.of("space datetime is datetime", "\"2024-01-01 10:00:00\"", ColumnType.DATETIME),
        Arguments.of("datetime without seconds", "\"2024-01-01 10:00\"", ColumnType.DATETIME),
        Arguments.of("datetime with offset", "\"2024-01-01T10:00:00+02:00\"", ColumnType.DATETIME),
        Arguments.of("day month year is datetime", "\"02 01 2024\"", ColumnType.DATETIME),
        Arguments.of("US datetime with AM/PM", "\"01/02/2024, 10:00:00 AM\"", ColumnType.DATETIME),
        Arguments.of("US datetime without comma is string", "\"01/02/2024 10:00:00 PM\"", ColumnType.STRING),
        Arguments.of("time alone is string", "\"10:00:00.5\"", ColumnType.STRING),
        Arguments.of("month name is string", "\"Jan 1 2024\"", ColumnType.STRING),
        Arguments.of("date then datetime stays date", "\"2024-01-01\", \"2024-02-03 10:00:00\"", ColumnType.DATE),
        Arguments.of("datetime then date stays datetime", "\"2024-01-01 10:00:00\", \"2024-02-03\"",
            ColumnType.DATETIME),
        Arguments.of("null first infers from the next value", "null, 1.5", ColumnType.FLOAT),
        Arguments.of("all null is string", "null, null", ColumnType.STRING),
        Arguments.of("word then number is string", "\"x\", 1", ColumnType.STRING),
        Arguments.of("number then word is string", "1, \"x\"", ColumnType.STRING),
        Arguments.of("integer then date text is string", "1, \"2024-01-01\"", ColumnType.STRING),
        Arguments.of("integer then empty string is string", "1, \"\"", ColumnType.STRING),
        Arguments.of("boolean then number stays boolean", "true, 1", ColumnType.BOOLEAN),
        Arguments.of("numeric strings then decimal string is float", "\"1\", \"1.5\"", ColumnType.FLOAT),
        Arguments.of("null text is a string", "\"null\", \"x\"", ColumnType.STRING),
        Arguments.of("unpadded year-first date is date", "\"2024-1-5\"", ColumnType.DATE),
        Arguments.of("US date with two-digit year is date", "\"01/31/24\"", ColumnType.DATE),
        Arguments.of("leading blank before a date is date", "\" 2024-01-31\"", ColumnType.DATE),
        Arguments.of("trailing blank after a date is string", "\"2024-01-31 \"", ColumnType.STRING),
        Arguments.of("hour only is datetime", "\"2024-01-31 10\"", ColumnType.DATETIME),
        Arguments.of("slashed T datetime is datetime", "\"2024/01/31T10:20:30\"", ColumnType.DATETIME),
        Arguments.of("epoch milliseconds are float", "1706696430000", ColumnType.FLOAT),
        Arguments.of("hex string is float as strtof reads it", "\"0x1F\"", ColumnType.FLOAT),
        Arguments.of("epoch numbers in range stay integers", "1706696430", ColumnType.INTEGER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void inferredAsPerspective(String name, String values, ColumnType expected) {
    StringBuilder json = new StringBuilder("[");
    for (String v : values.split(", (?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
      json.append(json.length() > 1 ? "," : "").append("{\"a\":").append(v).append('}');
    }
    assertEquals(expected, rows(json.append(']').toString()).column(0).type());
  }

  @Test
  void valuesReadAsPerspectiveReadsThem() {
    ColumnBatch b = rows("[{\"i\":\"007\",\"d\":\"2024-01-01\",\"t\":\"2024-01-01T10:00:00.123\",\"s\":\"x\"},"
        + "{\"i\":-5,\"d\":\"2024-02-03 10:00:00\",\"t\":\"2024-02-03\",\"s\":1}]");
    assertEquals(list(7, -5), values(b, "i"));
    assertEquals(list(day("2024-01-01"), day("2024-02-03")), values(b, "d"));
    assertEquals(list(1704103200123L, 1706918400000L), values(b, "t"));
    assertEquals(list("x", "1"), values(b, "s"));
  }

  @Test
  void missingKeysAreAbsentAndExplicitNullIsNull() {
    ColumnBatch b = rows("[{\"a\":1,\"b\":null},{\"b\":\"x\"}]");
    int a = b.indexOf("a");
    int col = b.indexOf("b");
    assertTrue(b.isPresent(a, 0));
    assertFalse(b.isPresent(a, 1));
    assertTrue(b.isDense(col));
    assertEquals(list(null, "x"), values(b, "b"));
  }

  @Test
  void columnsAppearInTheOrderTheirNamesFirstAppear() {
    assertEquals(List.of("b", "a", "c"), rows("[{\"b\":1,\"a\":2},{\"a\":3,\"c\":4}]").schema().names());
  }

  @Test
  void absentValuesKeepStoredOnesOnAnIndexedUpdate() {
    Table t = Table.create(rows("[{\"id\":1,\"x\":\"a\",\"y\":1.5}]"), TableOptions.indexed("id"));
    t.update(TableReader.read(Format.JSON_ROWS, "[{\"id\":1,\"x\":\"b\"}]", t.schema()));
    assertEquals(list("b"), values(t, "x"));
    assertEquals(list(1.5), values(t, "y"));
  }

  @Test
  void columnsLayoutReadsAndPadsShortColumnsWithNull() {
    ColumnBatch b = TableReader.read(Format.JSON_COLUMNS, "{\"a\":[1,2,3],\"b\":[\"x\"]}", null);
    assertEquals(3, b.rowCount());
    assertEquals(list(1, 2, 3), values(b, "a"));
    assertEquals(list("x", null, null), values(b, "b"));
  }

  @Test
  void ndjsonReadsOneRowPerLineSkippingBlankLines() {
    ColumnBatch b = TableReader.read(Format.NDJSON, "{\"a\":1}\n\n{\"a\":2.5,\"b\":\"x\"}\n", null);
    assertEquals(list(1.0, 2.5), values(b, "a"));
    assertEquals(list(null, "x"), values(b, "b"));
  }

  @Test
  void layoutIsDetectedFromTheFirstNonBlankCharacter() {
    assertEquals(Format.JSON_ROWS, Format.detectJson("  \n[{\"a\":1}]"));
    assertEquals(Format.JSON_COLUMNS, Format.detectJson("{\"a\":[1]}".getBytes()));
    assertThrows(ParallaxException.class, () -> Format.detectJson("42"));
  }

  @Test
  void roundTripIntoATable() {
    Table t = Table.create(TableReader.read(Format.JSON_COLUMNS,
        "{\"id\":[1,2],\"on\":[true,false],\"when\":[\"2024-01-01\",null]}", null), new TableOptions());
    assertEquals(2, t.size());
    assertEquals(ColumnType.DATE, t.schema().type("when"));
    assertEquals(list(true, false), values(t, "on"));
    assertEquals(list(day("2024-01-01"), null), values(t, "when"));
  }

  // ---- coercion into an existing schema (update), as Perspective 5.5.1 coerces

  private static final Schema ALL = Schema.of(List.of("i", "f", "s", "b", "d", "t"),
      List.of(ColumnType.INTEGER, ColumnType.FLOAT, ColumnType.STRING, ColumnType.BOOLEAN, ColumnType.DATE,
          ColumnType.DATETIME));

  private static List<Object> coerced(String column, String value) {
    ColumnBatch b = TableReader.read(Format.JSON_ROWS, "[{\"" + column + "\":" + value + "}]", ALL);
    return values(b, column);
  }

  @Test
  void integerColumnTruncatesFractionsAndReadsNumericStrings() {
    assertEquals(list(1), coerced("i", "1.7"));
    assertEquals(list(12), coerced("i", "\"12\""));
    assertEquals(list(1), coerced("i", "\"1.9\""));
    assertEquals(list((Object) null), coerced("i", "\"\""));
  }

  @Test
  void booleanColumnTakesIntegersAndBooleanStrings() {
    assertEquals(list(false), coerced("b", "0"));
    assertEquals(list(true), coerced("b", "2"));
    assertEquals(list(true), coerced("b", "\"TRUE\""));
    assertEquals(list(false), coerced("b", "\"False\""));
  }

  @Test
  void stringColumnTakesScalarsAsText() {
    assertEquals(list("true"), coerced("s", "true"));
    assertEquals(list("42"), coerced("s", "42"));
    // Perspective writes "1.500000" here (C's %f); we write the number as JSON would.
    assertEquals(list("1.5"), coerced("s", "1.5"));
  }

  @Test
  void dateColumnTakesEpochMillisAndDateText() {
    assertEquals(list(1), coerced("d", "86400000"));
    assertEquals(list(day("2024-01-01")), coerced("d", "\"2024-01-01T23:00:00\""));
    assertEquals(list(day("2024-01-02")), coerced("d", "\"01/02/2024\""));
  }

  @Test
  void datetimeColumnTakesEpochMillisAndDatetimeText() {
    assertEquals(list(1704067200123L), coerced("t", "1704067200123"));
    assertEquals(list(1704067200123L), coerced("t", "1704067200123.7"));
    assertEquals(list(1704067200000L), coerced("t", "\"2024-01-01\""));
    assertEquals(list(1704096000000L), coerced("t", "\"2024-01-01T10:00:00+02:00\""));
  }

  @Test
  void implicitIndexUpdatesRowsOfAnUnindexedTableInPlace() {
    Table t = Table.create(rows("[{\"x\":\"a\"},{\"x\":\"b\"}]"), new TableOptions());
    t.update(TableReader.read(Format.JSON_ROWS, "[{\"__INDEX__\":1,\"x\":\"B\"}]", t.schema()));
    assertEquals(list("a", "B"), values(t, "x"));
  }

  @Test
  void emptyStringIsNullInNumberColumnsAndRefusedInBooleanAndDateColumns() {
    assertEquals(list((Object) null), coerced("f", "\"\""));
    for (String column : List.of("b", "d", "t")) {
      assertThrows(ParallaxException.class, () -> coerced(column, "\"\""), column);
    }
  }

  @Test
  void dateColumnRefusesTimestampOnlyLayoutsAsPerspectiveDoes() {
    assertThrows(ParallaxException.class, () -> coerced("d", "\"2024-01-31T10:20:30+02:00\""));
    assertEquals(list(1706689230000L), coerced("t", "\"2024-01-31T10:20:30+02:00\""));
  }

  @Test
  void fractionalNumbersBecomePlainDecimalTextInAStringColumn() {
    assertEquals(list("1706696430123.7"), coerced("s", "1706696430123.7"));
    assertEquals(list("1000"), coerced("s", "1e3"));
  }

  @Test
  void keysAreCoercedLikeUpdateValues() {
    assertEquals(list(1, 2, null), values(TableReader.keys(list(1, "2", null), ColumnType.INTEGER), 3));
    assertEquals(list("a", "7"), values(TableReader.keys(list("a", 7), ColumnType.STRING), 2));
  }

  @Test
  void removeByKeysBuiltFromJsonValues() {
    Table t = Table.create(rows("[{\"k\":\"a\",\"v\":1},{\"k\":\"b\",\"v\":2}]"), TableOptions.indexed("k"));
    t.remove(TableReader.keys(List.of("a"), ColumnType.STRING), 1);
    assertEquals(list("b"), values(t, "k"));
  }

  // ---- bad input: each refused with a ParallaxException, and the table is left as it was

  private static Table people() {
    return Table.create(rows("[{\"id\":1,\"name\":\"ann\",\"score\":2.5},{\"id\":2,\"name\":\"bob\",\"score\":3}]"),
        TableOptions.indexed("id"));
  }

  private static void assertRefusedAndUnchanged(Format format, String json, String messagePart) {
    Table t = people();
    ParallaxException e = assertThrows(ParallaxException.class,
        () -> t.update(TableReader.read(format, json, t.schema())));
    assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    assertEquals(2, t.size());
    assertEquals(list("ann", "bob"), values(t, "name"));
    assertEquals(list(2.5, 3.0), values(t, "score"));
  }

  @Test
  void wordIntoIntegerColumnIsRefusedNamingColumnRowAndValue() {
    assertRefusedAndUnchanged(Format.JSON_ROWS, "[{\"id\":3},{\"id\":\"abc\"}]",
        "Column 'id', row 1: cannot read \"abc\" as integer");
  }

  /** The ids of {@link #people()} after an update of one row carrying {@code id}, spelled in JSON. */
  private static List<Object> idsAfterUpdate(String id) {
    Table t = people();
    t.update(TableReader.read(Format.JSON_ROWS, "[{\"id\":" + id + ",\"name\":\"cy\"}]", t.schema()));
    return values(t, "id");
  }

  @Test
  void integerBeyond32BitsIntoIntegerColumnIsKeptExactly() {
    // Perspective wraps it into 32 bits (-1294967296 for 3000000000), whatever the column's width.
    assertEquals(list(1L, 2L, 9007199254740993L), idsAfterUpdate("9007199254740993"));
  }

  @Test
  void numericStringBeyond32BitsIntoIntegerColumnIsKeptExactly() {
    assertEquals(list(1L, 2L, 9007199254740993L), idsAfterUpdate("\"9007199254740993\""));
  }

  @Test
  void fractionIntoIntegerColumnIsTruncatedAsInPerspective() {
    assertEquals(list(1, 2, 7), idsAfterUpdate("7.9"));
  }

  @Test
  void integerBeyond64BitsIntoIntegerColumnIsRefused() {
    assertRefusedAndUnchanged(Format.JSON_ROWS, "[{\"id\":99999999999999999999}]",
        "Column 'id', row 0: cannot read");
  }

  @Test
  void booleanIntoFloatColumnIsRefused() {
    assertRefusedAndUnchanged(Format.JSON_ROWS, "[{\"id\":1,\"score\":true}]", "cannot read 'true' as float");
  }

  @Test
  void wordIntoFloatColumnIsRefused() {
    // Perspective stores 0 here.
    assertRefusedAndUnchanged(Format.JSON_ROWS, "[{\"id\":1,\"score\":\"abc\"}]", "cannot read \"abc\" as float");
  }

  @Test
  void unknownColumnIsRefusedNamingIt() {
    assertRefusedAndUnchanged(Format.JSON_ROWS, "[{\"id\":1,\"color\":\"red\"}]", "Unknown column 'color'");
  }

  @Test
  void unknownColumnInColumnsLayoutIsRefused() {
    assertRefusedAndUnchanged(Format.JSON_COLUMNS, "{\"id\":[1],\"color\":[\"red\"]}", "Unknown column 'color'");
  }

  @Test
  void truncatedJsonIsRefused() {
    // Perspective makes an empty table of it.
    assertRefusedAndUnchanged(Format.JSON_ROWS, "[{\"id\":1},", "Malformed JSON");
  }

  @Test
  void rowsThatAreNotAnArrayAreRefused() {
    assertRefusedAndUnchanged(Format.JSON_ROWS, "42", "must be an array");
  }

  @Test
  void columnsThatAreNotAnObjectAreRefused() {
    assertRefusedAndUnchanged(Format.JSON_COLUMNS, "[1]", "must be an object");
  }

  @Test
  void rowThatIsNotAnObjectIsRefused() {
    assertRefusedAndUnchanged(Format.JSON_ROWS, "[{\"id\":1},[2]]", "Row 1 is not a JSON object");
  }

  @Test
  void nestedObjectAsValueIsRefused() {
    assertRefusedAndUnchanged(Format.JSON_ROWS, "[{\"id\":1,\"name\":{\"first\":\"a\"}}]", "nested objects");
  }

  @Test
  void arrayAsValueIsRefused() {
    assertRefusedAndUnchanged(Format.JSON_ROWS, "[{\"id\":1,\"name\":[\"a\"]}]", "nested objects and arrays");
  }

  @Test
  void trailingGarbageIsRefused() {
    assertRefusedAndUnchanged(Format.JSON_ROWS, "[{\"id\":1}] x", "Malformed JSON");
  }

  @Test
  void malformedNdjsonLineIsRefused() {
    assertRefusedAndUnchanged(Format.NDJSON, "{\"id\":1}\n{\"id\":", "Malformed JSON");
  }

  @Test
  void emptyPayloadIsRefused() {
    assertRefusedAndUnchanged(Format.JSON_ROWS, "", "Empty");
    assertRefusedAndUnchanged(Format.JSON_ROWS, "   ", "Empty JSON");
  }

  @Test
  void mixingBooleanIntoANumberColumnIsRefusedAsInPerspective() {
    ParallaxException e = assertThrows(ParallaxException.class, () -> rows("[{\"a\":1},{\"a\":true}]"));
    assertTrue(e.getMessage().contains("Column 'a', row 1: true does not fit"), e.getMessage());
  }

  @Test
  void emptyColumnsAreRefusedAsInPerspective() {
    ParallaxException e = assertThrows(ParallaxException.class,
        () -> TableReader.read(Format.JSON_COLUMNS, "{\"a\":[],\"b\":[]}", null));
    assertTrue(e.getMessage().contains("empty columns"), e.getMessage());
  }

  @Test
  void emptyRowsMakeAnEmptyBatch() {
    ColumnBatch b = rows("[]");
    assertEquals(0, b.rowCount());
    assertEquals(0, b.columnCount());
  }

  @Test
  void wordAfterADateIsRefusedAsInPerspective() {
    assertThrows(ParallaxException.class, () -> rows("[{\"a\":\"2024-01-01\"},{\"a\":\"x\"}]"));
  }
}
