package dev.parallax.engine.expression;

import static dev.parallax.engine.expression.ExpressionFixture.type;
import static dev.parallax.engine.expression.ExpressionFixture.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.column.ColumnType;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Vector variables and the functions over them. Every expected value and type
 * here was recorded from Perspective 5.5.1 on the fixture table (i: 1, 2, null,
 * 4, -7; f: 1.5, -2.25, null, 0, 1e10; j: 0, 3, 5, null, 2).
 */
class TestExpressionVectors {
  private static List<Object> all(Object v) {
    return Collections.nCopies(5, v);
  }

  @Test
  void initialiserListFillsElementsAndIndexingReadsThem() {
    assertEquals(all(4.0), values("var v[3] := {1, 2, 3}; v[0] + v[2]"));
    assertEquals(all(4.0), values("var v[4]; v[]"));
    assertEquals(all(3.0), values("var v[1 + 2]; v[]"));
  }

  @Test
  void elementsTheListDoesNotReachAreZero() {
    assertEquals(Arrays.asList(1.0, 2.0, null, 4.0, -7.0), values("var v[3] := {\"i\"}; v[0] + v[2]"));
  }

  @Test
  void anElementReadByAConstantIndexHasTheTypeStoredThere() {
    assertEquals(ColumnType.INTEGER, type("var v[3] := {\"f\", \"i\", 3}; v[1]"));
    assertEquals(Arrays.asList(1, 2, null, 4, -7), values("var v[3] := {\"f\", \"i\", 3}; v[1]"));
    assertEquals(ColumnType.FLOAT, type("var v[3] := {\"f\", \"i\", 3}; v[0]"));
    assertEquals(Arrays.asList(true, false, null, true, false), values("var v[2] := {\"b\", 1}; v[0]"));
    assertEquals(ColumnType.DATE, type("var v[2] := {\"d\", 1}; v[0]"));
  }

  @Test
  void aVectorWhereANumberIsExpectedIsItsFirstElement() {
    assertEquals(ColumnType.INTEGER, type("var v[3] := {\"j\", 2, 3}; v"));
    assertEquals(Arrays.asList(0, 3, 5, null, 2), values("var v[3] := {\"j\", 2, 3}; v"));
    assertEquals(all(5.0), values("var v[3] := {4, 5, 6}; v + 1"));
    assertEquals(all(false), values("var v[3] := {1, 2, 3}; v[0] < v"));
  }

  @Test
  void aComputedIndexTruncatesReadsNullOutOfRangeAndTakesNullAsZero() {
    assertEquals(Arrays.asList(10.0, null, null, 10.0, 30.0), values("var v[3] := {10, 20, 30}; v[\"j\"]"));
    assertEquals(Arrays.asList(20.0, 30.0, 10.0, null, null), values("var v[3] := {10, 20, 30}; v[\"i\"]"));
    assertEquals(all(20.0), values("var v[3] := {10, 20, 30}; v[1.7]"));
  }

  @Test
  void elementAssignmentWritesOneElement() {
    assertEquals(Arrays.asList(1.5, -2.25, null, 0.0, 1e10), values("var v[3] := {1, 2, 3}; v[1] := \"f\"; v[1]"));
    assertEquals(Arrays.asList(4.0, 5.0, null, 7.0, -4.0), values("var v[3] := {1, 2, 3}; v[2] += \"i\"; v[2]"));
  }

  @Test
  void assignmentByAComputedIndexOutOfRangeWritesNothing() {
    assertEquals(Arrays.asList(329.0, 321.0, 321.0, 329.0, 921.0),
        values("var v[3] := {1, 2, 3}; v[\"j\"] := 9; v[0] + v[1] * 10 + v[2] * 100"));
  }

  @Test
  void assigningANumberToAVectorFillsIt() {
    assertEquals(Arrays.asList(1.5, -2.25, null, 0.0, 1e10), values("var v[3]; v := \"f\"; v[2]"));
  }

  @Test
  void aVectorInitialisedFromAnotherCopiesItsElementsAndTypes() {
    assertEquals(ColumnType.INTEGER, type("var v[3] := {1, 2, \"i\"}; var w[3] := v; w[2]"));
    assertEquals(Arrays.asList(1, 2, null, 4, -7), values("var v[3] := {1, 2, \"i\"}; var w[3] := v; w[2]"));
    assertEquals(all(2.0), values("var v[2] := {1, 2}; var w[3] := v; w[1] + w[2]"));
  }

  @Test
  void arithmeticOnVectorsIsElementWise() {
    assertEquals(Arrays.asList(3.0, 6.0, null, 12.0, -21.0), values("var v[3] := {1, 2, 3}; var w[3] := v * \"i\"; w[2]"));
    assertEquals(all(4.0), values("var v[3] := {1, 2, 3}; var w[3] := v + v; w[1]"));
  }

  @Test
  void loopsWalkAVector() {
    assertEquals(Arrays.asList(7.0, 8.0, null, 10.0, -1.0),
        values("var v[4] := {1, 2, 3, \"i\"}; var s := 0; for (var k := 0; k < v[]; k += 1) { s += v[k] }; s"));
  }

  @Test
  void sumAndAvgOfAVector() {
    assertEquals(Arrays.asList(5.0, 6.0, null, 8.0, -3.0), values("var v[3] := {1, \"i\", 3}; sum(v)"));
    assertEquals(Arrays.asList(1.875, 0.9375, null, 1.5, 2500000001.5), values("var v[4] := {1, 2, 3, \"f\"}; avg(v)"));
  }

  @Test
  void dotProductAndNorm() {
    assertEquals(Arrays.asList(6.5, 2.75, null, 5.0, 1.0000000005e10),
        values("var a[3] := {1, 2, 3}; var b[3] := {\"f\", 1, 1}; dot_product3(a, b)"));
    // norm3 counts a null element as 0
    assertEquals(Arrays.asList(5.220153254455275, 5.482928049865327, 5.0, 5.0, 1e10),
        values("var a[3] := {\"f\", 3, 4}; norm3(a)"));
    assertEquals(all(3.0), values("var a[4] := {1, 2, 2, 9}; norm3(a)"));
  }

  @Test
  void diffAndCrossProductWriteTheirOutputAndAreTrue() {
    assertEquals(ColumnType.BOOLEAN, type("var a[3]; var o[3]; diff3(a, a, o)"));
    assertEquals(all(true), values("var a[3]; var o[3]; diff3(a, a, o)"));
    assertEquals(Arrays.asList(19.5, 23.25, null, 21.0, -9999999979.0),
        values("var a[3] := {1, 2, 3}; var b[3] := {\"f\", 0, 1}; var o[3]; diff3(a, b, o); o[0] + o[1] * 10"));
    assertEquals(Arrays.asList(-149.0, 226.0, null, 1.0, -9.99999999999e11),
        values("var a[3] := {1, 0, 0}; var b[3] := {0, 1, \"f\"}; var o[3]; cross_product3(a, b, o); o[1] * 100 + o[2]"));
  }

  @Test
  void crossProductIntoAnInputReadsTheInputFirst() {
    assertEquals(all(-29403.0), values(
        "var a[3] := {1, 2, 3}; var b[3] := {4, 5, 6}; cross_product3(a, b, a); a[0] * 10000 + a[1] * 100 + a[2]"));
  }

  @Test
  void indexofWritesTheFirstGroupsSpanAndSaysWhetherItMatched() {
    // s: a, Bc, null, dd, Hello World
    assertEquals(ColumnType.BOOLEAN, type("var v[2]; indexof(\"s\", '(o)', v)"));
    assertEquals(Arrays.asList(false, false, null, false, true), values("var v[2]; indexof(\"s\", '(o)', v)"));
    assertEquals(Arrays.asList(-1.0, -1.0, -1.0, 0.0, 10.0), values("var v[2]; indexof(\"s\", '(d)', v) ? v[0] : -1"));
    assertEquals(Arrays.asList(0.0, 1.0, -1.0, 1.0, 4.0),
        values("var v[2]; indexof(\"s\", '([a-z]+)', v) ? v[1] : -1"));
    assertEquals(Arrays.asList(777.0, 777.0, 777.0, 777.0, 337.0),
        values("var v[3] := {7, 7, 7}; indexof(\"s\", 'l(l)', v); v[0] * 100 + v[1] * 10 + v[2]"));
  }

  @Test
  void indexofWithoutACaptureGroupNeverMatches() {
    assertEquals(all(-1.0), values("var v[2]; indexof(\"s\", 'o', v) ? v[0] : -1"));
  }
}
