package dev.parallax.engine.expression;

import static dev.parallax.engine.expression.ExpressionFixture.type;
import static dev.parallax.engine.expression.ExpressionFixture.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.engine.column.ColumnType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Conditionals, variables, loops, statement lists and comments; expected values from Perspective 5.5.1. */
class TestExpressionControlFlow {
  @Test
  void ifElseWithNumbersIsFloat() {
    assertEquals(ColumnType.FLOAT, type("if (\"i\" > 1) { 10 } else { 20 }"));
    assertEquals(Arrays.asList(20.0, 10.0, 20.0, 10.0, 20.0), values("if (\"i\" > 1) { 10 } else { 20 }"));
  }

  @Test
  void ifElseWithStrings() {
    assertEquals(Arrays.asList("b", "a", "b", "a", "b"), values("if (\"i\" > 1) { 'a' } else { 'b' }"));
  }

  @Test
  void elseIfChains() {
    assertEquals(Arrays.asList(0.0, 10.0, 0.0, 10.0, 5.0),
        values("if (\"i\" > 1) { 10 } else if (\"i\" < 0) { 5 } else { 0 }"));
  }

  @Test
  void booleanColumnAsCondition() {
    assertEquals(Arrays.asList(1.0, 0.0, 0.0, 1.0, 0.0), values("if (\"b\") { 1 } else { 0 }"));
  }

  @Test
  void ternary() {
    assertEquals(Arrays.asList("y", "x", "y", "x", "y"), values("\"i\" > 1 ? 'x' : 'y'"));
    // 5.5.1 garbles an integer/float mix here; Parallax gives the float values.
    assertEquals(Arrays.asList(1.5, 2.0, null, 4.0, 1e10), values("\"i\" > 1 ? \"i\" : \"f\""));
  }

  @Test
  void variablesAndAssignment() {
    assertEquals(Arrays.asList(3.0, 5.0, null, 9.0, -13.0), values("var x := \"i\" * 2; x + 1"));
    assertEquals(Arrays.asList(6.0, 6.0, 6.0, 6.0, 6.0), values("var x := 1; x := x + 5; x"));
    assertEquals(Arrays.asList("a", "a", "a", "a", "a"), values("var s := 'a'; s"));
    assertEquals(Arrays.asList(1.0, 1.0, 1.0, 1.0, 1.0), values("var x := 1"));
  }

  @Test
  void compoundAssignmentToAVariable() {
    assertEquals(ColumnType.FLOAT, type("var x := \"i\"; x += 1; x"));
    assertEquals(Arrays.asList(2.0, 3.0, null, 5.0, -6.0), values("var x := \"i\"; x += 1; x"));
  }

  @Test
  void variableTakesTheTypeOfItsValue() {
    assertEquals(ColumnType.INTEGER, type("var x := \"i\"; x"));
    assertEquals(ColumnType.BOOLEAN, type("var x := \"b\"; x"));
    assertEquals(ColumnType.DATE, type("var x := \"d\"; x"));
    assertEquals(Arrays.asList(1.5, 3.0, null, 6.0, -10.5), values("var x := \"i\"; x := x * 1.5; x"));
  }

  @Test
  void compoundAssignmentToAColumnReadsAsArithmetic() {
    assertEquals(ColumnType.FLOAT, type("\"i\" += 1"));
    assertEquals(Arrays.asList(2.0, 3.0, null, 5.0, -6.0), values("\"i\" += 1"));
  }

  @Test
  void ifWithoutElseIsAStatement() {
    assertEquals(Arrays.asList(0.0, 1.0, 0.0, 1.0, 0.0), values("var x := 0; if (\"i\" > 1) { x := 1 }; x"));
    assertEquals(Arrays.asList(5.0, 0.0, 0.0, 5.0, 0.0), values("var x := 0; if (\"b\") x := 5; x"));
  }

  @Test
  void stringsAsConditionsAreTrueWhenNotNull() {
    assertEquals(Arrays.asList(1.0, 1.0, 2.0, 1.0, 1.0), values("if (\"s\") { 1 } else { 2 }"));
    assertEquals(Arrays.asList(true, true, false, true, true), values("\"s\" and true"));
    assertEquals(Arrays.asList(false, false, true, false, false), values("not(\"s\")"));
    assertEquals(Arrays.asList(1.0, 1.0, 2.0, 1.0, 1.0), values("\"i\" ? 1 : 2"));
  }

  @Test
  void breakLeavesTheLoop() {
    assertEquals(Arrays.asList(1.0, 4.0, 6.0, 10.0, 3.0),
        values("var x := 0; for (var k := 0; k < 10; k += 1) { if (k > \"j\") { break; }; x += 1 }; x"));
  }

  @Test
  void continueSkipsToTheNextIteration() {
    assertEquals(Arrays.asList(9.0, 9.0, 9.0, 9.0, 9.0),
        values("var x := 0; var k := 0; while (k < 6) { k += 1; if (k % 2 == 0) { continue; }; x += k }; x"));
  }

  @Test
  void forLoop() {
    assertEquals(Arrays.asList(0.0, 3.0, 10.0, 0.0, 1.0),
        values("var x := 0; for (var k := 0; k < \"j\"; k += 1) { x += k; }; x"));
  }

  @Test
  void whileLoop() {
    assertEquals(Arrays.asList(0.0, 3.0, 10.0, 0.0, 1.0),
        values("var x := 0; var k := 0; while (k < \"j\") { x += k; k += 1 }; x"));
  }

  @Test
  void variablesStartAfreshOnEveryRow() {
    assertEquals(Arrays.asList(1.0, 1.0, 1.0, 1.0, 1.0), values("var n := 0; n += 1; n"));
  }

  @Test
  void statementListValueIsTheLast() {
    assertEquals(ColumnType.FLOAT, type("\"i\";\"f\""));
    assertEquals(values("\"f\""), values("\"i\";\"f\""));
  }

  @Test
  void commentsAreSkipped() {
    assertEquals(values("\"i\" + 1"), values("// hello\n\"i\" + 1"));
    assertEquals(values("\"i\""), values("/* c */ \"i\" /* d */"));
    assertEquals(values("\"i\" + 1"), values("\"i\" + 1 // trailing"));
  }

  @Test
  void hashStartsALineComment() {
    assertEquals(1.0, values("# hi\n1").get(0));
    assertEquals(3.0, values("1 // x\n + 2").get(0));
  }

  @Test
  void legacyFormWithNameOnFirstLine() {
    assertEquals(ColumnType.INTEGER, type("// name\n\"i\""));
    assertEquals(values("\"i\""), values("// name\n\"i\""));
  }

  @Test
  void functionFormOfIf() {
    assertEquals(values("if (\"i\" > 1) { 10 } else { 20 }"), values("if (\"i\" > 1, 10, 20)"));
  }

  @Test
  void ifWithoutElseIsTheBranchValueOrNull() {
    assertEquals(ColumnType.INTEGER, type("if (\"b\") { \"i\" }"));
    assertEquals(Arrays.asList(1, null, null, 4, null), values("if (\"b\") { \"i\" }"));
    assertEquals(Arrays.asList("a", null, null, "dd", null), values("if (\"b\") { \"s\" }"));
  }

  @Test
  void ifWithoutElseAsAStatementStillAssigns() {
    assertEquals(Arrays.asList(2.0, 1.0, 1.0, 2.0, 1.0), values("var x := 1; if (\"b\") { x := 2 }; x"));
  }

  @Test
  void statementFormOfIfElseEndsItsBranchWithSemicolon() {
    assertEquals(Arrays.asList(0.0, 1.0, 0.0, 1.0, 0.0), values("if (\"i\" > 1) 1; else 0;"));
  }

  @Test
  void switchTakesTheFirstCaseThatHolds() {
    String text = "switch { case \"i\" > 3 : 'hi'; case \"i\" > 0 : 'mid'; default : 'lo'; }";
    assertEquals(ColumnType.STRING, type(text));
    assertEquals(Arrays.asList("mid", "mid", "lo", "hi", "lo"), values(text));
  }

  @Test
  void switchWithoutDefaultIsNullWhenNoCaseHolds() {
    assertEquals(Arrays.asList(null, null, null, 5.0, null), values("switch { case \"i\" > 3 : 5; }"));
  }

  @Test
  void assigningToAColumnShadowsItWithAVariable() {
    assertEquals(ColumnType.FLOAT, type("\"i\" := 5"));
    assertEquals(Arrays.asList(5.0, 5.0, 5.0, 5.0, 5.0), values("\"i\" := 5; \"i\""));
    assertEquals(Arrays.asList(2.0, 3.0, null, 5.0, -6.0), values("\"i\" := \"i\" + 1"));
  }

  @Test
  void tildeSequencesHaveTheLastStatementsValue() {
    // recorded from 5.5.1
    assertEquals(Arrays.asList(2.0, 3.0, null, 5.0, -6.0), values("~{1; \"i\" + 1}"));
    assertEquals(Arrays.asList(2.0, 4.0, null, 8.0, -14.0), values("~(1, \"i\" * 2)"));
    assertEquals(Arrays.asList(3.0, 6.0, null, 12.0, -21.0), values("~{var x := \"i\"; x * 3}"));
  }

  @Test
  void multiSwitchRunsEveryHoldingCaseAndIsTheLastOnesValue() {
    // recorded from 5.5.1: 0, not null, when no case holds (the null row included)
    assertEquals(Arrays.asList(1.0, 11.0, 0.0, 11.0, 0.0),
        values("var x := 0; [*] { case \"i\" > 0 : x += 1; case \"i\" > 1 : x += 10; }; x"));
    assertEquals(Arrays.asList(5.0, 7.0, 0.0, 7.0, 0.0), values("[*] { case \"i\" > 0 : 5; case \"i\" > 1 : 7; }"));
    assertEquals(Arrays.asList(0.0, 0.0, 0.0, 0.0, 0.0), values("[*] { case \"i\" > 100 : 5; }"));
  }

  @Test
  void multiSwitchOfAStringIsATypeError() {
    // 5.5.1 answers garbage numbers for a string case; Parallax refuses it.
    ExpressionException e = assertThrows(ExpressionException.class, () -> type("[*] { case \"i\" > 0 : 'a'; }"));
    assertEquals(Compiler.TYPE_ERROR, e.errorMessage());
  }

  @Test
  void tildeWithoutABracketIsRefused() {
    ExpressionException e = assertThrows(ExpressionException.class, () -> type("~ 1"));
    assertEquals("Expected '{' or '(' after '~', got: '1'", e.errorMessage());
    assertEquals(2, e.column());
  }

  @Test
  void variablesDeclaredInABodyAreUnknownAfterIt() {
    // as in 5.5.1, so no row reads what a branch left behind on an earlier row
    for (String text : new String[] {"if (\"b\") { var x := \"i\" }; x", "~{var x := 1; x}; x",
        "var s := 0; for (var x := 0; x < 2; x += 1) { s += 1 }; x"}) {
      ExpressionException e = assertThrows(ExpressionException.class, () -> type(text), text);
      assertEquals("Undefined symbol: 'x'", e.errorMessage(), text);
    }
    assertEquals(18, assertThrows(ExpressionException.class, () -> type("~{var x := 1; x}; x")).column());
  }

  @Test
  void aBodyCanAssignAnOuterVariable() {
    assertEquals(ColumnType.INTEGER, type("var x := 1; { x := \"i\" }; x"));
    assertEquals(Arrays.asList(1, 2, null, 4, -7), values("var x := 1; { x := \"i\" }; x"));
  }

  @Test
  void aNameFreedByItsScopeCanBeDeclaredAgain() {
    assertEquals(Arrays.asList(5.0, 5.0, 5.0, 5.0, 5.0), values("for (var k := 0; k < 2; k += 1) { }; var k := 5; k"));
    assertEquals(Arrays.asList(3.0, 5.0, null, 9.0, -13.0), values(
        "var s := 0; for (var k := 0; k < 2; k += 1) { var v[2] := {k, \"i\"}; s += v[0] + v[1] }; s"));
  }

  @Test
  void declaringANameTwiceInScopeIsRefusedAfterTheName() {
    String[][] cases = {{"var x := 1; var x := 2; x", "18"}, {"var x := 1; var x[2]; 1", "17"},
        {"var x := 1; { var x := 2; x }; x", "20"}, {"{ var y := 1 }; var y := 2; y", "22"}};
    for (String[] c : cases) {
      ExpressionException e = assertThrows(ExpressionException.class, () -> type(c[0]), c[0]);
      assertEquals("Illegal redefinition of local variable: '" + c[0].charAt(c[0].indexOf("var ") + 4) + "'",
          e.errorMessage(), c[0]);
      assertEquals(Integer.parseInt(c[1]), e.column(), c[0]);
    }
  }
}
