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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CSV in. Every inferred type below is what Perspective 5.5.1 answered for the
 * same text, run in Node ({@code perspective.table(csv)} then {@code schema()}).
 */
class TestCsvReader {

  private static ColumnBatch read(String csv) {
    return TableReader.read(Format.CSV, csv, null);
  }

  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  static Stream<Arguments> inferredAsPerspective() {
    return Stream.of(
        Arguments.of("integers", "1\n2\n-3", ColumnType.INTEGER),
        Arguments.of("integer then float", "1\n2.5", ColumnType.FLOAT),
        Arguments.of("float then integer", "1.5\n2", ColumnType.FLOAT),
        Arguments.of("1.0 is float", "1.0\n2.0", ColumnType.FLOAT),
        Arguments.of("leading zeros are integers", "007\n010", ColumnType.INTEGER),
        Arguments.of("hex is integer", "0x10\n1", ColumnType.INTEGER),
        Arguments.of("plus sign makes float", "+5\n6", ColumnType.FLOAT),
        Arguments.of("exponent is float", "1e3\n2", ColumnType.FLOAT),
        Arguments.of("beyond 64 bits is float", "123456789012345678901234\n1", ColumnType.FLOAT),
        Arguments.of("true/false", "true\nfalse", ColumnType.BOOLEAN),
        Arguments.of("TRUE/FALSE", "TRUE\nFALSE", ColumnType.BOOLEAN),
        Arguments.of("True/False", "True\nFalse", ColumnType.BOOLEAN),
        Arguments.of("0/1 is integer", "0\n1", ColumnType.INTEGER),
        Arguments.of("true with 1 is boolean", "true\n1", ColumnType.BOOLEAN),
        Arguments.of("yes/no is string", "yes\nno", ColumnType.STRING),
        Arguments.of("t/f is string", "t\nf", ColumnType.STRING),
        Arguments.of("padded boolean is string", " true\nfalse", ColumnType.STRING),
        Arguments.of("ISO date", "2024-01-01\n2024-02-03", ColumnType.DATE),
        Arguments.of("padded ISO date", " 2024-01-01\n2024-01-02", ColumnType.DATE),
        Arguments.of("slashed year-first date is string", "2024/01/01", ColumnType.STRING),
        Arguments.of("impossible date is string", "2024-02-30", ColumnType.STRING),
        Arguments.of("month 13 is string", "2024-13-01", ColumnType.STRING),
        Arguments.of("US date is datetime", "01/02/2024\n03/04/2024", ColumnType.DATETIME),
        Arguments.of("short US date is datetime", "1/2/2024", ColumnType.DATETIME),
        Arguments.of("dashed US date is datetime", "01-02-2024", ColumnType.DATETIME),
        Arguments.of("day month year is datetime", "02 01 2024", ColumnType.DATETIME),
        Arguments.of("space datetime", "2024-01-01 10:00:00", ColumnType.DATETIME),
        Arguments.of("T datetime", "2024-01-01T10:00:00", ColumnType.DATETIME),
        Arguments.of("datetime without seconds", "2024-01-01 10:00", ColumnType.DATETIME),
        Arguments.of("datetime with hour only", "2024-01-01T10", ColumnType.DATETIME),
        Arguments.of("date then datetime", "2024-01-01\n2024-01-01 10:00:00", ColumnType.DATETIME),
        Arguments.of("US datetime with comma and AM/PM", "\"01/02/2024, 10:00:00 PM\"", ColumnType.DATETIME),
        Arguments.of("US datetime without comma is string", "01/02/2024 10:00:00 PM", ColumnType.STRING),
        Arguments.of("month names are strings", "Jan 1 2024", ColumnType.STRING),
        Arguments.of("time of day is integer", "10:00:00\n11:00:00", ColumnType.INTEGER),
        Arguments.of("eight digits are integer", "20240101", ColumnType.INTEGER),
        Arguments.of("NaN is null in a float column", "NaN\n1.5", ColumnType.FLOAT),
        Arguments.of("only nulls is string", "NaN\nNaN", ColumnType.STRING),
        Arguments.of("padded integers", " 1\n2 ", ColumnType.INTEGER),
        Arguments.of("number then word is string", "1\nx", ColumnType.STRING),
        Arguments.of("thousands separator is string", "\"1,000\"\n2", ColumnType.STRING),
        Arguments.of("null then integer", "null\n1", ColumnType.INTEGER),
        Arguments.of("Infinity is float", "Infinity\n1", ColumnType.FLOAT),
        Arguments.of("US date with two-digit year is datetime", "01/31/24", ColumnType.DATETIME),
        Arguments.of("padded datetime is string", "\" 2024-01-01 10:00:00\"", ColumnType.STRING),
        Arguments.of("padded US date is string", "\"5/1/2024 \"", ColumnType.STRING),
        Arguments.of("nanosecond fraction is datetime", "2023-12-01T00:00:00.000001", ColumnType.DATETIME),
        Arguments.of("ten-digit fraction is string", "2024-01-01T10:00:00.1234567890", ColumnType.STRING),
        Arguments.of("unpadded year-first date is string", "2024-1-5", ColumnType.STRING),
        Arguments.of("AM/PM without comma is string", "01/31/2024 10:20:30 AM", ColumnType.STRING),
        Arguments.of("epoch seconds are integer", "1706696430", ColumnType.INTEGER),
        Arguments.of("negative hex is string", "-0x10", ColumnType.STRING),
        Arguments.of("AM/PM hour of one digit is datetime", "\"1/31/2024, 1:02:03 PM\"", ColumnType.DATETIME));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void inferredAsPerspective(String name, String column, ColumnType expected) {
    assertEquals(expected, read("a\n" + column).column(0).type());
  }

  @Test
  void integerValuesBeyond32BitsStayExactIntegers() {
    ColumnBatch b = read("a\n9007199254740993\n1");
    assertEquals(ColumnType.INTEGER, b.column(0).type());
    assertEquals(list(9007199254740993L, 1L), values(b, "a"));
  }

  @Test
  void theEndsOfTheSixtyFourBitRangeAreIntegers() {
    ColumnBatch b = read("a\n-9223372036854775808\n9223372036854775807");
    assertEquals(ColumnType.INTEGER, b.column(0).type());
    assertEquals(list(Long.MIN_VALUE, Long.MAX_VALUE), values(b, "a"));
  }

  @Test
  void integerValuesBeyond64BitsMakeAFloatColumn() {
    ColumnBatch b = read("a\n9223372036854775808\n1");
    assertEquals(ColumnType.FLOAT, b.column(0).type());
    assertEquals(list(9.223372036854775808e18, 1.0), values(b, "a"));
  }

  @Test
  void integerBeyond32BitsFillsAnIntegerColumnExactly() {
    Table t = people();
    t.update(TableReader.read(Format.CSV, "id,name\n9007199254740993,cy\n", t.schema()));
    assertEquals(list(1L, 2L, 9007199254740993L), values(t, "id"));
  }

  @Test
  void valuesReadAsPerspectiveReadsThem() {
    ColumnBatch b = read("i,f,b,d,t,s,h\n007,.5,TRUE,2024-01-01,2024-01-01T10:00:00.123456Z, x ,10:00:01\n"
        + "-3,5.,False,2024-02-29,01/02/2024,y,00:00:00\n");
    assertEquals(list(7, -3), values(b, "i"));
    assertEquals(list(0.5, 5.0), values(b, "f"));
    assertEquals(list(true, false), values(b, "b"));
    assertEquals(list(day("2024-01-01"), day("2024-02-29")), values(b, "d"));
    assertEquals(list(1704103200123L, 1704153600000L), values(b, "t"));
    assertEquals(list(" x ", "y"), values(b, "s"));
    assertEquals(list(36001, 0), values(b, "h"));
  }

  @Test
  void twoDigitYearsAreTakenLiterallyAsStrptimeDoes() {
    // Perspective shows 0024-01-31 00:00:00.000 for 01/31/24.
    assertEquals(list(java.time.LocalDate.of(24, 1, 31).toEpochDay() * 86_400_000L),
        values(read("a\n01/31/24"), "a"));
  }

  @Test
  void infinitiesAreKept() {
    assertEquals(list(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), values(read("a\ninf\n-inf"), "a"));
  }

  @Test
  void datetimeOffsetsAreAppliedToUtc() {
    // Perspective: 1704096000000 and 1704211200000.
    ColumnBatch b = read("t\n2024-01-01T10:00:00+02:00\n2024-01-02T11:00:00-05:00");
    assertEquals(list(1704096000000L, 1704211200000L), values(b, "t"));
  }

  @Test
  void emptyFieldIsNullInNumbersButEmptyStringInStrings() {
    ColumnBatch b = read("a,b,s\n,1,x\n2,,\n");
    assertEquals(list(null, 2), values(b, "a"));
    assertEquals(list(1, null), values(b, "b"));
    assertEquals(list("x", ""), values(b, "s"));
  }

  @Test
  void nullSpellingsAreKeptInStringColumns() {
    ColumnBatch b = read("a,b\nx,NA\nNULL,n/a\nnull,#N/A");
    assertEquals(list("x", "NULL", "null"), values(b, "a"));
    assertEquals(ColumnType.STRING, b.column(1).type());
    assertEquals(list(null, null, null), values(b, "b"));
  }

  @Test
  void quotedFieldsWithCommasQuotesAndNewlines() {
    ColumnBatch b = read("a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n\"multi\nline\",2\n");
    assertEquals(list("x,y", "multi\nline"), values(b, "a"));
    assertEquals(list("he said \"hi\"", "2"), values(b, "b"));
  }

  @Test
  void crlfLineEndsBlankLinesAndByteOrderMark() {
    ColumnBatch b = TableReader.read(Format.CSV, "\uFEFFa,b\r\n1,x\r\n\r\n2,y\r\n".getBytes(
        java.nio.charset.StandardCharsets.UTF_8), null);
    assertEquals(List.of("a", "b"), b.schema().names());
    assertEquals(list(1, 2), values(b, "a"));
    assertEquals(list("x", "y"), values(b, "b"));
  }

  @Test
  void repeatedHeaderNamesGetAStarAsInPerspective() {
    assertEquals(List.of("a", "a*"), read("a,a\n1,2").schema().names());
  }

  @Test
  void headerOnlyMakesEmptyStringColumns() {
    ColumnBatch b = read("a,b\n");
    assertEquals(0, b.rowCount());
    assertEquals(Schema.parse(Map.of("a", "string")).type(0), b.column(0).type());
  }

  @Test
  void roundTripIntoATable() {
    Table t = Table.create(read("id,name,score\n1,ann,2.5\n2,bob,\n"), TableOptions.indexed("id"));
    assertEquals(2, t.size());
    assertEquals(list("ann", "bob"), values(t, "name"));
    assertEquals(list(2.5, null), values(t, "score"));
  }

  @Test
  void updateCoercesToTheTableSchemaAndCarriesOnlyItsColumns() {
    Table t = Table.create(read("id,name,score,when\n1,ann,2.5,2024-01-01\n"), TableOptions.indexed("id"));
    ColumnBatch u = TableReader.read(Format.CSV, "score,id\n3,1\n", t.schema());
    assertEquals(ColumnType.FLOAT, u.column(0).type());
    t.update(u);
    assertEquals(list(3.0), values(t, "score"));
    assertEquals(list("ann"), values(t, "name"));
  }

  @Test
  void updateOfADatetimeColumnTakesEpochMillisAndAnyDatetimeLayout() {
    Schema s = Schema.of(List.of("t"), List.of(ColumnType.DATETIME));
    ColumnBatch u = TableReader.read(Format.CSV, "t\n1704067200000\n2024-01-01\n01/02/2024\n", s);
    assertEquals(list(1704067200000L, 1704067200000L, 1704153600000L), values(u, "t"));
  }

  @Test
  void epochMillisAreReadAsCStollReadsThemIntoADatetimeColumn() {
    Schema s = Schema.of(List.of("t"), List.of(ColumnType.DATETIME));
    assertEquals(list(1L, -5L), values(TableReader.read(Format.CSV, "t\n+1\n-5\n", s), "t"));
    assertThrows(ParallaxException.class, () -> TableReader.read(Format.CSV, "t\n\" 5 \"\n", s));
    assertThrows(ParallaxException.class, () -> TableReader.read(Format.CSV, "t\n0x10\n", s));
  }

  @Test
  void hexIsNotAFloatInAnUpdate() {
    Schema s = Schema.of(List.of("f"), List.of(ColumnType.FLOAT));
    assertThrows(ParallaxException.class, () -> TableReader.read(Format.CSV, "f\n0x10\n", s));
  }

  @Test
  void updateOfABooleanColumnTakesOneAndZero() {
    Schema s = Schema.of(List.of("b"), List.of(ColumnType.BOOLEAN));
    assertEquals(list(true, false), values(TableReader.read(Format.CSV, "b\n1\n0\n", s), "b"));
  }

  // ---- bad input: each refused with a ParallaxException, and the table is left as it was

  private static Table people() {
    return Table.create(read("id,name,score\n1,ann,2.5\n2,bob,3\n"), TableOptions.indexed("id"));
  }

  private static void assertRefusedAndUnchanged(String csv, String messagePart) {
    Table t = people();
    ParallaxException e = assertThrows(ParallaxException.class, () -> t.update(
        TableReader.read(Format.CSV, csv, t.schema())));
    assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    assertEquals(2, t.size());
    assertEquals(list("ann", "bob"), values(t, "name"));
    assertEquals(list(2.5, 3.0), values(t, "score"));
  }

  @Test
  void wordIntoIntegerColumnIsRefusedNamingColumnRowAndValue() {
    assertRefusedAndUnchanged("id,name\n3,cy\nabc,dan\n", "Column 'id', row 1: cannot read 'abc' as integer");
  }

  @Test
  void fractionIntoIntegerColumnIsRefusedAsPerspectiveRefusesIt() {
    assertRefusedAndUnchanged("id\n1.5\n", "cannot read '1.5' as integer");
  }

  @Test
  void integerBeyond64BitsIntoIntegerColumnIsRefused() {
    assertRefusedAndUnchanged("id\n99999999999999999999\n",
        "Column 'id', row 0: cannot read '99999999999999999999' as integer");
  }

  @Test
  void wordIntoFloatColumnIsRefused() {
    assertRefusedAndUnchanged("id,score\n1,abc\n", "Column 'score', row 0: cannot read 'abc' as float");
  }

  @Test
  void unknownColumnIsRefusedNamingIt() {
    assertRefusedAndUnchanged("id,color\n1,red\n", "Unknown column 'color'");
  }

  @Test
  void raggedRowIsRefused() {
    assertRefusedAndUnchanged("id,name\n3,cy\n4\n", "Malformed CSV");
  }

  @Test
  void rowWithTooManyFieldsIsRefused() {
    assertRefusedAndUnchanged("id,name\n3,cy,extra\n", "Malformed CSV");
  }

  @Test
  void unterminatedQuoteIsRefused() {
    assertRefusedAndUnchanged("id,name\n3,\"cy\n4,dan\n", "Malformed CSV");
  }

  @Test
  void emptyPayloadIsRefused() {
    assertRefusedAndUnchanged("", "Empty CSV");
  }

  @Test
  void headerWithAnEmptyNameIsRefused() {
    ParallaxException e = assertThrows(ParallaxException.class, () -> read("a,,b\n1,2,3"));
    assertTrue(e.getMessage().contains("column 2 has no name"), e.getMessage());
  }

  @Test
  void badDateIntoDateColumnIsRefused() {
    Schema s = Schema.of(List.of("d"), List.of(ColumnType.DATE));
    ParallaxException e = assertThrows(ParallaxException.class,
        () -> TableReader.read(Format.CSV, "d\n2024-01-01 10:00:00\n", s));
    assertTrue(e.getMessage().contains("as date"), e.getMessage());
    assertFalse(e.getMessage().isEmpty());
  }
}
