package dev.parallax.engine.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.engine.column.Schema;
import org.junit.jupiter.api.Test;

/**
 * Bad vector expressions: each refused with 5.5.1's message and, where 5.5.1's
 * position is the text's own (not shifted by its rewriting of string literals),
 * its position. Recorded from 5.5.1.
 */
class TestExpressionVectorErrors {
  private static final Schema SCHEMA = ExpressionFixture.table().schema();

  private static ExpressionException refuse(String text) {
    return assertThrows(ExpressionException.class, () -> Expressions.compile("e", text, SCHEMA), text);
  }

  private static void assertRefused(String text, String message, int column) {
    ExpressionException e = refuse(text);
    assertEquals(message, e.errorMessage(), text);
    assertEquals(0, e.line(), text);
    assertEquals(column, e.column(), text);
  }

  @Test
  void constantIndexOutOfRangeIsRefusedAfterTheBracket() {
    assertRefused("var v[3] := {1, 2, 3}; v[3]", "Index of 3 out of range for vector 'v' of size 3", 27);
    assertRefused("var v[3] := {1, 2, 3}; v[-1]", "Index of -1 out of range for vector 'v' of size 3", 28);
    assertRefused("var v[3]; v[5] := 1; 1", "Index of 5 out of range for vector 'v' of size 3", 15);
  }

  @Test
  void sizeMustBeAPositiveConstant() {
    String range = "Invalid vector size. Must be an integer in the range [0,2000000000], size: ";
    assertRefused("var v[0]; 1", range + "0", 7);
    assertRefused("var v[-2]; 1", range + "-2", 8);
    assertEquals("Expected a constant literal number as size of vector 'v'", refuse("var v[\"i\"]; 1").errorMessage());
    assertEquals("Vector 'v' of size 5000000 is larger than Parallax allows (1000000)",
        refuse("var v[5000000]; 1").errorMessage());
  }

  @Test
  void initialiserListLongerThanTheVectorIsRefused() {
    assertRefused("var v[2] := {1, 2, 3}; v[0]",
        "Initialiser list larger than the number of elements in the vector: 'v'", 21);
  }

  @Test
  void initialiserThatIsNeitherAListNorAVectorIsRefused() {
    assertRefused("var v[3] := {1, 2, 3}; var w[3] := 10 - v; w[2]",
        "Expected '{' as part of vector initialiser list", 35);
  }

  @Test
  void redeclaringAVectorIsRefused() {
    assertRefused("var v[3]; var v[2]; 1", "Illegal redefinition of local variable: 'v'", 15);
  }

  @Test
  void indexingWhatIsNotAVectorIsRefused() {
    assertRefused("var x := 1; x[0]", "Invalid sequence of variable 'x' and bracket", 12);
    assertRefused("w[0]", "Undefined symbol: 'w'", 0);
  }

  @Test
  void vectorFunctionsRefuseWrongArgumentKinds() {
    assertRefused("dot_product3(1, 2)",
        "Failed parameter type check for function 'dot_product3', Expected 'VV' call set: 'TT'", 18);
    assertRefused("var a[3]; norm3(a, a)", "Failed parameter type check for function 'norm3', Expected 'V' call set: 'VV'", 21);
    assertEquals("Failed parameter type check for function 'indexof', Expected 'TSV' call set: 'TST'",
        refuse("indexof(\"s\", '(o)', 1)").errorMessage());
    assertEquals("Failed parameter type check for function 'indexof', Expected 'TSV' call set: 'TTV'",
        refuse("var v[2]; indexof(\"s\", \"s\", v)").errorMessage());
  }

  @Test
  void vectorsTooShortForTheFunctionAreTypeErrors() {
    for (String bad : new String[] {"var a[2] := {3, 4}; norm3(a)", "var a[3]; var o[2]; diff3(a, a, o)",
        "var v[1]; indexof(\"s\", '(o)', v)"}) {
      assertEquals(Compiler.TYPE_ERROR, refuse(bad).errorMessage(), bad);
    }
  }

  @Test
  void wrongArgumentTypesAreTypeErrors() {
    for (String bad : new String[] {"var v[2]; indexof(\"i\", '(o)', v)", "var v[3]; min(v)", "var v[3]; upper(v)",
        "var a[3]; var b[3]; diff3(a, b, a * 2)", "var v[3]; v[\"s\"]"}) {
      assertEquals(Compiler.TYPE_ERROR, refuse(bad).errorMessage(), bad);
    }
  }

  @Test
  void stringElementsAreRefused() {
    // 5.5.1 takes a vector of strings; Parallax's vectors hold numbers only.
    assertEquals(Compiler.TYPE_ERROR, refuse("var v[2] := {'a', 'b'}; v[0]").errorMessage());
    assertEquals(Compiler.TYPE_ERROR, refuse("var v[2]; v[0] := \"s\"; 1").errorMessage());
  }
}
