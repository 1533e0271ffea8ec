package dev.parallax.engine.view;

import static dev.parallax.engine.view.TestData.column;
import static dev.parallax.engine.view.TestData.row;
import static dev.parallax.engine.view.TestData.schema;
import static dev.parallax.engine.view.TestData.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.table.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.engine.column.ColumnType;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every filter operator on every type. The expected rows of each case were
 * recorded from Perspective 5.5.1 on the same data (TZ=UTC).
 */
class TestViewFilter {
  private static final Schema TYPES = schema("x", "integer", "f", "float", "s", "string", "b", "boolean",
      "d", "date", "t", "datetime");
  private static final Schema STRINGS = schema("x", "integer", "s", "string");

  private static Table types() {
    return table(TYPES,
        row(1, 1.5, "apple", true, LocalDate.of(2024, 1, 1), 1704067200000L),
        row(2, 2.5, "Banana", false, LocalDate.of(2024, 1, 2), 1704112200000L),
        row(null, null, null, null, null, null),
        row(4, -0.5, "banana split", true, LocalDate.of(2023, 12, 31), 1704067199999L),
        row(5, 3.0, "a.b", false, LocalDate.of(2024, 2, 29), 1709164800000L));
  }

  private static Table strings() {
    return table(STRINGS, row(1, "apple"), row(2, "Banana"), row(3, null), row(4, "banana split"),
        row(5, "a.b"), row(6, ""), row(7, "Apple pie"), row(8, "abc"));
  }

  private static List<Object> expected(String csv) {
    List<Object> out = new ArrayList<>();
    if (csv.equals("-")) {
      return out;
    }
    for (String s : csv.split(",")) {
      out.add(s.equals("null") ? null : Integer.valueOf(s));
    }
    return out;
  }

  private static List<Object> filtered(Table t, String clause) {
    return column(TestData.view(t, "{'columns':['x'],'filter':[" + clause + "]}"), "x");
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "x|==|2|2", "x|!=|2|1,null,4,5", "x|>|2|4,5", "x|>=|2|2,4,5", "x|<|2|1", "x|<=|2|1,2",
      "x|is null|2|null", "x|is not null|2|1,2,4,5",
      "x|==|1.7|1", "x|>|1.7|2,4,5", "x|<|1.7|-", "x|==|'2'|2",
      "f|==|2.5|2", "f|!=|2.5|1,null,4,5", "f|>|2.5|5", "f|>=|2.5|2,5", "f|<|2.5|1,4", "f|<=|2.5|1,2,4",
      "f|is null|0|null", "f|is not null|0|1,2,4,5", "f|==|2|-", "f|!=|2|1,2,null,4,5", "f|<=|'2.5'|1,2,4",
      "b|==|true|1,4", "b|!=|true|2,null,5", "b|>|true|-", "b|>=|true|1,4", "b|<|true|2,5", "b|<=|true|1,2,4,5",
      "b|==|false|2,5", "b|!=|false|1,null,4", "b|>|false|1,4", "b|<|false|-", "b|<=|false|2,5",
      "b|==|1|1,4", "b|==|0|2,5", "b|is null|true|null", "b|is not null|true|1,2,4,5",
      "d|==|'2024-01-01'|1", "d|!=|'2024-01-01'|2,null,4,5", "d|>|'2024-01-01'|2,5", "d|>=|'2024-01-01'|1,2,5",
      "d|<|'2024-01-01'|4", "d|<=|'2024-01-01'|1,4", "d|is null|'2024-01-01'|null",
      "d|is not null|'2024-01-01'|1,2,4,5", "d|==|1704067200000|1", "d|==|'2024-01-01T00:00:00'|1",
      "d|<|'01/02/2024'|1,4",
      "t|==|'2024-01-01T12:30:00'|2", "t|!=|1704112200000|1,null,4,5", "t|>|1704112200000|5",
      "t|>=|1704112200000|2,5", "t|<|1704112200000|1,4", "t|<=|1704112200000|1,2,4", "t|is null|0|null",
      "t|is not null|0|1,2,4,5", "t|==|'2024-01-01'|1", "t|<|'2024-01-01'|4", "t|==|'2024-01-01 12:30:00'|2",
      "x|==|null|-", "x|!=|null|1,2,null,4,5", "d|<|null|-", "x|>|null|1,2,4,5", "f|>=|null|1,2,4,5",
      "b|<=|null|-", "t|>|null|1,2,4,5",
      "x|in|[2,5]|2,5", "x|not in|[2,5]|1,null,4", "x|in|[2.7]|2", "x|in|[]|-", "f|in|[2.5,3]|2,5",
      "f|not in|[2.5]|1,null,4,5", "d|in|['2024-01-01','2024-02-29']|1,5", "d|not in|['2024-01-01']|2,null,4,5",
      "t|in|[1704112200000]|2", "b|in|[true]|1,4", "b|not in|[true]|2,null,5",
  })
  void comparisonOperatorsMatchPerspective(String col, String op, String operand, String rows) {
    assertEquals(expected(rows), filtered(types(), "['" + col + "','" + op + "'," + operand + "]"));
  }

  @ParameterizedTest(name = "s {0} {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "==|'apple'|1", "==|'Apple'|-", "!=|'apple'|2,3,4,5,6,7,8", ">|'apple'|4", ">=|'apple'|1,4",
      "<|'apple'|2,5,6,7,8", "<=|'apple'|1,2,5,6,7,8", "<|'b'|1,2,5,6,7,8",
      "begins with|'a'|1,5,7,8", "begins with|'A'|1,5,7,8", "startswith|'a'|1,5,7,8", "not begins with|'a'|2,4,6",
      "contains|'an'|2,4", "contains|'AN'|2,4", "not contains|'an'|1,5,6,7,8",
      "ends with|'e'|1,7", "ends with|'E'|1,7", "not ends with|'e'|2,4,5,6,8",
      "matches|'a.b'|5", "matches|'a'|1,2,4,5,8", "matches|'^a'|1,5,8", "matches|'A.*'|7",
      "matches|'(?i)a.*'|1,2,4,5,7,8", "not matches|'a.b'|1,2,4,6,7,8", "not matches|'a.*'|6,7",
      "matches|'['|-", "matches|''|1,2,4,5,6,7,8", "contains|''|1,2,4,5,6,7,8",
      "in|['apple','abc']|1,8", "not in|['apple','abc']|2,3,4,5,6,7", "in|[]|-", "not in|[]|1,2,3,4,5,6,7,8",
      "in|'apple'|1", "in|[null]|-",
      "is null|null|3", "is not null|null|1,2,4,5,6,7,8",
      "==|null|-", "!=|null|1,2,3,4,5,6,7,8", "contains|null|-", "begins with|null|-",
      "not begins with|null|1,2,4,5,6,7,8", "not in|null|1,2,3,4,5,6,7,8", "matches|null|-",
      ">|null|1,2,4,5,6,7,8", "<|null|-", "not matches|'['|-",
  })
  void stringOperatorsMatchPerspective(String op, String operand, String rows) {
    assertEquals(expected(rows), filtered(strings(), "['s','" + op + "'," + operand + "]"));
  }

  @Test
  void inOnANumberReportsItsValuesCoerced() {
    // Verified against Perspective 5.5.1, which accepts in/not in on every type without advertising it.
    String json = TestData.view(types(), "{'filter':[['x','in',[2.7,'5']],['d','not in',[1704067200000]]]}")
        .config().toJson();
    assertTrue(json.contains("[[\"x\",\"in\",[2,5]],[\"d\",\"not in\",[\"2024-01-01\"]]]"), json);
  }

  @Test
  void bulkSelectAndSingleRowTestAgreeForEveryOperatorAndType() {
    Table t = types();
    ColumnSource source = ColumnSource.of(t);
    String[][] clauses = {
        {"x", "2"}, {"f", "2.5"}, {"b", "true"}, {"d", "'2024-01-01'"}, {"t", "1704112200000"}, {"s", "'an'"},
        {"x", "null"}, {"s", "null"}};
    int[] all = {0, 1, 2, 3, 4};
    for (String[] c : clauses) {
      ColumnType type = t.schema().type(c[0]);
      for (FilterOperator op : FilterOperator.values()) {
        if (!op.appliesTo(type)) {
          continue;
        }
        String operand = op == FilterOperator.IN || op == FilterOperator.NOT_IN ? "[" + c[1] + "]" : c[1];
        ViewConfig config = ViewConfig.parse(("{'filter':[['" + c[0] + "','" + op.label() + "'," + operand + "]]}")
            .replace('\'', '"'));
        RowFilter f = FilterCompiler.compile(config.filter().get(0), source).filter();
        int[] out = new int[5];
        int m = f.select(all, 5, out);
        List<Integer> bulk = new ArrayList<>();
        for (int i = 0; i < m; i++) {
          bulk.add(out[i]);
        }
        List<Integer> single = new ArrayList<>();
        for (int r : all) {
          if (f.test(r)) {
            single.add(r);
          }
        }
        assertEquals(single, bulk, c[0] + " " + op.label() + " " + operand);
      }
    }
  }

  @Test
  void andKeepsRowsPassingEveryClause() {
    assertEquals(expected("3,4,5"), column(TestData.view(strings(),
        "{'columns':['x'],'filter':[['x','>',2],['x','<',6]]}"), "x"));
  }

  @Test
  void orKeepsRowsPassingAnyClause() {
    // Verified against Perspective 5.5.1, which supports filter_op "or".
    assertEquals(expected("1,3,7,8"), column(TestData.view(strings(),
        "{'columns':['x'],'filter_op':'or','filter':[['x','<',2],['x','>',6],['s','is null',null]]}"), "x"));
  }

  @Test
  void orOverManyRowsKeepsRowsPassingAnyClauseInOrder() {
    Object[][] rows = new Object[1000][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = row(i, i % 7 == 0 ? "seven" : null);
    }
    View v = TestData.view(table(STRINGS, rows),
        "{'columns':['x'],'filter_op':'or','filter':[['x','>=',995],['s','==','seven'],['x','<',2]]}");
    List<Object> expected = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      if (i >= 995 || i % 7 == 0 || i < 2) {
        expected.add(i);
      }
    }
    assertEquals(expected, column(v, "x"));
  }

  @Test
  void orWithNoClausesKeepsEveryRow() {
    assertEquals(8, TestData.view(strings(), "{'filter_op':'or'}").numRows());
  }

  @Test
  void stringFilterSeesStringsAddedAfterTheViewWasMade() {
    Table t = strings();
    View v = TestData.view(t, "{'columns':['x'],'filter':[['s','contains','zz']]}");
    t.update(TestData.batch(STRINGS, row(9, "buzz"), row(10, "nope")));
    assertEquals(expected("9"), column(v, "x"));
  }

  @Test
  void equalityMatchesAStringFirstSeenAfterTheViewWasMade() {
    Table t = strings();
    View eq = TestData.view(t, "{'columns':['x'],'filter':[['s','==','kiwi']]}");
    View ne = TestData.view(t, "{'columns':['x'],'filter':[['s','!=','kiwi']]}");
    t.update(TestData.batch(STRINGS, row(9, "kiwi")));
    assertEquals(expected("9"), column(eq, "x"));
    assertEquals(expected("1,2,3,4,5,6,7,8"), column(ne, "x"));
  }

  private static void refused(Table t, String json, String expectedInMessage) {
    int listeners = t.listenerCount();
    ParallaxException e = assertThrows(ParallaxException.class, () -> TestData.view(t, json));
    assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    assertEquals(listeners, t.listenerCount(), "no view attached");
  }

  @Test
  void unknownFilterColumnIsRefused() {
    refused(types(), "{'filter':[['q','==',1]]}", "Invalid column 'q'");
  }

  @Test
  void textOperatorOnANumberIsRefused() {
    refused(types(), "{'filter':[['x','contains','1']]}", "'contains' does not apply to integer column 'x'");
    refused(types(), "{'filter':[['d','matches','2024']]}", "'matches' does not apply to date");
    refused(types(), "{'filter':[['b','begins with','t']]}", "does not apply to boolean");
  }

  @Test
  void operandOfTheWrongTypeIsRefused() {
    refused(types(), "{'filter':[['x','==','a']]}", "\"a\" for column 'x' is not a number");
    refused(types(), "{'filter':[['s','==',1]]}", "1 for column 's' is not a string");
    refused(types(), "{'filter':[['s','==',true]]}", "is not a string");
    refused(types(), "{'filter':[['s','in',[1]]]}", "is not a string");
    refused(types(), "{'filter':[['b','==',2]]}", "is not true or false");
    refused(types(), "{'filter':[['b','==','yes']]}", "is not true or false");
    refused(types(), "{'filter':[['d','==','tomorrow']]}", "is not a date");
    refused(types(), "{'filter':[['t','==','noon']]}", "is not a datetime");
    refused(types(), "{'filter':[['x','==',[1]]]}", "is not a single value");
  }

  @Test
  void dateAndDatetimeOperandsAreReportedInPerspectiveForm() {
    // Verified against Perspective 5.5.1: dates read back as "YYYY-MM-DD", datetimes as epoch ms.
    String json = TestData.view(types(), "{'filter':[['d','==',1704067200000],['d','<','01/02/2024'],"
        + "['t','==','2024-01-01T12:30:00'],['b','==',1]]}").config().toJson();
    assertTrue(json.contains("[[\"d\",\"==\",\"2024-01-01\"],[\"d\",\"<\",\"2024-01-02\"],"
        + "[\"t\",\"==\",1704112200000],[\"b\",\"==\",true]]"), json);
  }

  @Test
  void operatorsPerTypeAreExactlyThoseInFeaturesJson() throws Exception {
    // features.json is Perspective 5.5.1's get_features, recorded from the engine.
    ObjectMapper json = new ObjectMapper();
    Map<String, List<String>> features;
    try (InputStream in = getClass().getResourceAsStream("/conformance/features.json")) {
      features = json.convertValue(json.readTree(in).get("filter_ops"),
          new TypeReference<Map<String, List<String>>>() { });
    }
    for (Map.Entry<String, List<String>> e : features.entrySet()) {
      ColumnType type = ColumnType.of(e.getKey());
      List<String> ours = new ArrayList<>();
      for (FilterOperator op : FilterOperator.forType(type)) {
        ours.add(op.advertisedName());
      }
      assertEquals(e.getValue(), ours, type.label());
      String col = type == ColumnType.STRING ? "s" : type == ColumnType.INTEGER ? "x" : type == ColumnType.FLOAT
          ? "f" : type == ColumnType.BOOLEAN ? "b" : type == ColumnType.DATE ? "d" : "t";
      String operand = type == ColumnType.BOOLEAN ? "true" : type == ColumnType.DATE ? "'2024-01-01'"
          : type == ColumnType.STRING ? "'a'" : "1";
      for (String op : e.getValue()) {
        String arg = op.endsWith(" in") || op.equals("in") ? "[" + operand + "]" : operand;
        TestData.view(types(), "{'filter':[['" + col + "','" + op + "'," + arg + "]]}").delete();
      }
    }
    assertEquals(6, features.size());
  }
}
