package dev.parallax.engine.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Schema;
import org.junit.jupiter.api.Test;

/**
 * Bad expressions: each is refused at compile time with a {@link ExpressionException}
 * carrying Perspective's message and a 0-based line and column. Messages are those
 * 5.5.1's validate_expressions gives; positions point at the offending token of
 * the original text (5.5.1 reports 0,0 for type and value errors).
 */
class TestExpressionErrors {
  private static final Schema SCHEMA = ExpressionFixture.table().schema();

  private static ExpressionException refuse(String text) {
    return assertThrows(ExpressionException.class, () -> Expressions.compile("e", text, SCHEMA), text);
  }

  @Test
  void unknownColumnIsAValueError() {
    ExpressionException e = refuse("\"zz\" + 1");
    assertEquals("Value Error - Input column \"zz\" does not exist.", e.errorMessage());
    assertEquals(0, e.line());
    assertEquals(0, e.column());
  }

  @Test
  void unknownColumnInColIsATypeError() {
    assertEquals("Type Error - inputs do not resolve to a valid expression.", refuse("col('zz')").errorMessage());
  }

  @Test
  void reservedWordIsRefusedWhereItStands() {
    ExpressionException e = refuse("var n := 0; repeat n += 1; until (n >= 3); n");
    assertEquals("Invalid use of reserved symbol 'repeat'", e.errorMessage());
    assertEquals(12, e.column());
  }

  @Test
  void clockFunctionsRefuseArgumentsAtTheFirstArgument() {
    ExpressionException today = refuse("today(1)");
    assertEquals("Expecting '()' to proceed call to function: 'today'", today.errorMessage());
    assertEquals(6, today.column());
    assertEquals(4, refuse("now(1)").column());
    assertEquals("Failed parameter type check for function 'random', Expected 'Z' call set: 'T'",
        refuse("random(1)").errorMessage());
  }

  @Test
  void errorFunctionsTakeOneNumber() {
    assertEquals("Invalid number of input parameters for call to function: 'erf'", refuse("erf(1, 2)").errorMessage());
    assertEquals(Compiler.TYPE_ERROR, refuse("erf(\"s\")").errorMessage());
    assertEquals(Compiler.TYPE_ERROR, refuse("erfc(\"b\")").errorMessage());
  }

  @Test
  void unknownFunctionIsAnUndefinedSymbol() {
    ExpressionException e = refuse("1 + foo(1)");
    assertEquals("Undefined symbol: 'foo'", e.errorMessage());
    assertEquals(4, e.column());
  }

  @Test
  void unknownVariableIsAnUndefinedSymbol() {
    assertEquals("Undefined symbol: 'x'", refuse("x + 1").errorMessage());
  }

  @Test
  void prematureEndCarriesLineAndColumn() {
    ExpressionException e = refuse("1 +");
    assertEquals("Premature end of expression[1]", e.errorMessage());
    assertEquals(0, e.line());
    assertEquals(3, e.column());
    ExpressionException multiline = refuse("\n\n  1 +");
    assertEquals(2, multiline.line());
    assertEquals(5, multiline.column());
  }

  @Test
  void errorOnALaterLineReportsThatLine() {
    ExpressionException e = refuse("var x := 1;\nfoo(x)");
    assertEquals("Undefined symbol: 'foo'", e.errorMessage());
    assertEquals(1, e.line());
    assertEquals(0, e.column());
    ExpressionException seq = refuse("var x := 1;\n 1 2");
    assertEquals("Invalid token sequence: '1' and '2'", seq.errorMessage());
    assertEquals(1, seq.line());
    assertEquals(1, seq.column());
  }

  @Test
  void adjacentValuesAreAnInvalidTokenSequence() {
    assertEquals("Invalid token sequence: '1' and '2'", refuse("1 2").errorMessage());
  }

  @Test
  void unbalancedBracketsAreRefused() {
    assertEquals("Mismatched brackets: ')'", refuse("1)").errorMessage());
    refuse("(1");
    refuse("if (\"i\" > 1) { 1 ");
  }

  @Test
  void unterminatedStringsAreRefused() {
    assertEquals("Invalid string token: abc", refuse("'abc").errorMessage());
    refuse("\"abc");
    refuse("/* open comment");
  }

  @Test
  void emptyExpressionIsRefused() {
    refuse("");
    refuse("// only a comment");
  }

  @Test
  void wrongArityOfBuiltins() {
    assertEquals("Expected at least one input parameter for function call 'abs'", refuse("abs()").errorMessage());
    assertEquals("Invalid number of input parameters for call to function: 'abs'", refuse("abs(1,2)").errorMessage());
    assertEquals("Invalid number of input parameters for call to function: 'pow'", refuse("pow(1)").errorMessage());
    assertEquals("Zero parameter call to generic function: max not allowed", refuse("max()").errorMessage());
  }

  @Test
  void wrongArityOfPerspectiveFunctions() {
    assertEquals("Failed parameter type check for function 'upper', Expected 'T' call set: 'TT'",
        refuse("upper(\"s\", 1)").errorMessage());
    assertEquals("Failed parameter type check for function 'bucket', Expected 'TT' call set: 'T'",
        refuse("bucket(\"i\")").errorMessage());
  }

  @Test
  void typeErrors() {
    String typeError = "Type Error - inputs do not resolve to a valid expression.";
    for (String bad : new String[] {"upper(1)", "length(1)", "concat('a', 1)", "\"s\" + \"s\"", "\"b\" + 1",
        "\"d\" + 1", "\"i\" + \"s\"", "abs(\"s\")", "abs(\"b\")", "bucket(\"s\", 1)", "bucket(\"dt\", 'x')",
        "null", "datetime(\"i\")", "\"i\" > 1 ? 1 : 'y'", "match(\"s\", \"s2\")",
        "atan2(\"j\", 2)", "-\"s\""}) {
      assertEquals(typeError, refuse(bad).errorMessage(), bad);
    }
  }

  @Test
  void comparingDifferentTypesNamesThem() {
    ExpressionException e = refuse("\"d\" < \"dt\"");
    assertEquals("Type Error - cannot compare date and datetime with '<'", e.errorMessage());
    assertEquals(4, e.column());
    assertEquals("Type Error - cannot compare boolean and float with '=='", refuse("\"b\" == 1").errorMessage());
    refuse("1 < 2 < 3");
  }

  @Test
  void breakOutsideALoopIsRefused() {
    assertEquals("Invalid use of 'break', allowed only in the scope of a loop", refuse("break").errorMessage());
    refuse("continue");
  }

  @Test
  void functionsThatNeedLiteralsRefuseOthers() {
    refuse("order(\"s\")");
    refuse("search(\"s\", 'x')");
    refuse("bucket(\"d\", '2D')");
    refuse("bucket(\"d\", '2W')");
    refuse("bucket(\"dt\", \"s\")");
  }

  @Test
  void bangIsNotNegation() {
    refuse("!\"b\"");
    refuse("not \"b\"");
  }

  @Test
  void invalidRegexIsRefused() {
    refuse("match(\"s\", '[')");
  }

  @Test
  void expressionNamedLikeAColumnIsRefused() {
    ExpressionException e = assertThrows(ExpressionException.class, () -> Expressions.compile("i", "1", SCHEMA));
    assertEquals("Value Error - expression \"i\" cannot overwrite an existing column.", e.errorMessage());
  }

  @Test
  void exceptionIsAParallaxExceptionWithThePosition() {
    ParallaxException e = assertThrows(ParallaxException.class, () -> Expressions.compile("e", "1 +", SCHEMA));
    assertEquals("Premature end of expression[1] (line 0, column 3)", e.getMessage());
  }
}
