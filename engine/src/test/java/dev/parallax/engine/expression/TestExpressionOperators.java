package dev.parallax.engine.expression;

import static dev.parallax.engine.expression.ExpressionFixture.type;
import static dev.parallax.engine.expression.ExpressionFixture.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.engine.column.ColumnType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Literals, arithmetic, comparisons and logic; expected values recorded from Perspective 5.5.1. */
class TestExpressionOperators {
  @Test
  void columnReferenceKeepsItsType() {
    assertEquals(ColumnType.INTEGER, type("\"i\""));
    assertEquals(Arrays.asList(1, 2, null, 4, -7), values("\"i\""));
    assertEquals(Arrays.asList(19737, 19722, null, 19782, -165), values("\"d\""));
  }

  @Test
  void arithmeticOnIntegersIsFloat() {
    assertEquals(ColumnType.FLOAT, type("\"i\" * 2"));
    assertEquals(Arrays.asList(2.0, 4.0, null, 8.0, -14.0), values("\"i\" * 2"));
    assertEquals(Arrays.asList(2.0, 3.0, null, 5.0, -6.0), values("\"i\" + 1"));
  }

  @Test
  void unaryMinusKeepsInteger() {
    assertEquals(ColumnType.INTEGER, type("-\"i\""));
    assertEquals(Arrays.asList(-1, -2, null, -4, 7), values("-\"i\""));
  }

  @Test
  void divisionByZeroIsNull() {
    // recorded from 5.5.1: its CSV leaves 1 / 0 empty (null), where it writes log(0) as -inf
    assertEquals(Arrays.asList(null, 2.0 / 3, null, null, -3.5), values("\"i\" / \"j\""));
    assertEquals(Arrays.asList(null, null, null, null, null), values("1 / 0"));
    assertEquals(Arrays.asList(null, null, null, null, null), values("-1 / 0"));
    assertEquals(Arrays.asList(null, null, null, null, null), values("var x := 0; 1 / x"));
    assertEquals(Arrays.asList(null, null, null, null, null), values("0 / 0"));
    assertEquals(Arrays.asList(null, 2.0, null, null, -1.0), values("\"i\" % \"j\""));
  }

  @Test
  void nanResultsAreNullAndInfinitiesAreKept() {
    double inf = Double.POSITIVE_INFINITY;
    assertEquals(Arrays.asList(-inf, -inf, -inf, -inf, -inf), values("log(0)"));
    assertEquals(Arrays.asList(null, null, null, null, null), values("sqrt(-1)"));
    assertEquals(Arrays.asList(inf, inf, inf, inf, inf), values("inf"));
  }

  @Test
  void divisionOfAVaryingValueByAConstantZeroIsATypeError() {
    for (String bad : new String[] {"\"i\" / 0", "\"f\" / 0.0", "\"i\" / (1 - 1)", "\"i\" / -0"}) {
      assertThrows(ExpressionException.class, () -> Expressions.compile("x", bad, ExpressionFixture.table().schema()),
          bad);
    }
    assertEquals(Arrays.asList(null, null, null, null, null), values("\"i\" % 0"));
  }

  @Test
  void nullEqualsNull() {
    assertEquals(Arrays.asList(true, true, true, true, true), values("\"i\" == \"i\""));
    assertEquals(Arrays.asList(true, true, true, true, true), values("\"i\" <= \"i\""));
    assertEquals(Arrays.asList(false, false, false, false, false), values("\"i\" != \"i\""));
    assertEquals(Arrays.asList(true, true, true, true, true), values("\"s\" >= \"s\""));
    assertEquals(Arrays.asList(true, true, true, true, true), values("null == null"));
  }

  @Test
  void nullAgainstAValueHoldsOnlyForNotEqual() {
    assertEquals(Arrays.asList(true, true, false, true, true), values("\"i\" < 100"));
    assertEquals(Arrays.asList(false, false, false, false, false), values("\"i\" >= 100 or \"i\" == 100"));
    assertEquals(Arrays.asList(true, true, true, true, true), values("\"i\" != 100"));
  }

  @Test
  void arithmeticWithTheNullLiteralIsNull() {
    assertEquals(ColumnType.FLOAT, type("\"i\" + null"));
    assertEquals(Arrays.asList(null, null, null, null, null), values("\"i\" + null"));
  }

  @Test
  void powerIsRightAssociativeAndBindsTighterThanMinus() {
    assertEquals(512.0, values("2 ^ 3 ^ 2").get(0));
    assertEquals(-4.0, values("-2 ^ 2").get(0));
    assertEquals(-1.0, values("-7 % 3").get(0));
    assertEquals(3.0, values("1 ++ 2").get(0));
  }

  @Test
  void numberLiteralsAreFloatAndBooleanLiteralsBoolean() {
    assertEquals(ColumnType.FLOAT, type("5"));
    assertEquals(1000.0, values("1e3").get(0));
    assertEquals(ColumnType.BOOLEAN, type("True"));
    assertEquals(false, values("false").get(0));
    assertEquals(ColumnType.STRING, type("'abc'"));
    assertEquals(Math.PI, values("pi").get(0));
  }

  @Test
  void literalForms() {
    assertEquals(0.5, values(".5").get(0));
    assertEquals(1.0, values("1.").get(0));
    assertEquals("it's", values("'it\\'s'").get(0));
    assertEquals(true, values("'a' < 'b'").get(0));
  }

  @Test
  void roundingHalfAwayFromZero() {
    assertEquals(-3.0, values("round(-2.5)").get(0));
    assertEquals(3.0, values("round(2.5)").get(0));
    assertEquals(-1, values("trunc(-1.5)").get(0));
    assertEquals(-0.5, values("frac(-1.5)").get(0));
    assertEquals(null, values("integer(3000000000)").get(0));
  }

  @Test
  void comparisonsWithNullAreFalseExceptNotEquals() {
    assertEquals(Arrays.asList(true, false, false, false, false), values("\"i\" == 1"));
    assertEquals(Arrays.asList(true, false, false, false, false), values("\"i\" = 1"));
    assertEquals(Arrays.asList(false, true, true, true, true), values("\"i\" != 1"));
    assertEquals(Arrays.asList(false, true, true, true, true), values("\"i\" <> 1"));
    assertEquals(Arrays.asList(true, false, false, false, true), values("\"i\" < \"f\""));
  }

  @Test
  void stringComparisons() {
    assertEquals(Arrays.asList(true, false, false, false, false), values("\"s\" == 'a'"));
    assertEquals(Arrays.asList(true, true, false, false, true), values("\"s\" < \"s2\""));
    assertEquals(Arrays.asList(false, false, true, false, false), values("\"s\" == null"));
  }

  @Test
  void dateComparisons() {
    assertEquals(Arrays.asList(true, false, false, true, false), values("\"d\" > date(2024, 1, 1)"));
    assertEquals(Arrays.asList(true, false, false, true, false), values("\"b\" == true"));
  }

  @Test
  void logicTreatsNullAsFalse() {
    assertEquals(Arrays.asList(true, false, false, true, false), values("\"b\" and true"));
    assertEquals(Arrays.asList(true, false, false, true, false), values("\"b\" or false"));
    assertEquals(Arrays.asList(false, true, true, false, true), values("\"b\" xor true"));
    assertEquals(Arrays.asList(false, true, true, false, true), values("\"b\" nand true"));
    assertEquals(Arrays.asList(false, false, false, false, false), values("\"b\" nor true"));
    assertEquals(Arrays.asList(true, false, false, true, false), values("\"b\" xnor true"));
    assertEquals(Arrays.asList(false, true, true, false, true), values("not(\"b\")"));
    assertEquals(Arrays.asList(false, true, false, false, false), values("(\"i\" > 1) and (\"j\" > 1)"));
    assertEquals(Arrays.asList(false, true, false, true, false), values("\"i\" * 2.5 > 3 and \"s\" != 'a'"));
  }

  @Test
  void ampersandAndBarAreTypedFloat() {
    assertEquals(ColumnType.FLOAT, type("\"b\" & true"));
    assertEquals(ColumnType.FLOAT, type("\"b\" | false"));
    assertEquals(0.0, values("0 & 1").get(0));
  }
}
