package dev.parallax.engine.expression;

import java.util.List;

/** The syntax tree the {@link Parser} builds; every node knows where it starts in the text. */
sealed interface Ast {
  Pos pos();

  record Num(double value, Pos pos) implements Ast {}

  record Str(String value, Pos pos) implements Ast {}

  record Bool(boolean value, Pos pos) implements Ast {}

  /** The {@code null} literal: only meaningful in {@code x == null} and {@code x != null}. */
  record Null(Pos pos) implements Ast {}

  record ColumnRef(String name, Pos pos) implements Ast {}

  record Var(String name, Pos pos) implements Ast {}

  record Unary(String op, Ast operand, Pos pos) implements Ast {}

  record Binary(String op, Ast left, Ast right, Pos pos) implements Ast {}

  /** {@code if}/{@code else} and the ternary; {@code otherwise} is null when there is no else. */
  record Cond(Ast condition, Ast then, Ast otherwise, Pos pos) implements Ast {}

  /** {@code end} is the token after the closing bracket, where 5.5.1 reports a wrong parameter list. */
  record Call(String name, List<Ast> args, Pos pos, Pos end) implements Ast {}

  /**
   * {@code var name := init}; {@code init} is null for a bare {@code var name}.
   * {@code after} is the token after the name, where 5.5.1 reports a redefinition.
   */
  record Declare(String name, Ast init, Pos pos, Pos after) implements Ast {}

  /**
   * The braced body of an {@code if}, {@code else}, loop or case, or a {@code ~{…}}:
   * the variables declared in it are not seen after it.
   */
  record Block(Ast body, Pos pos) implements Ast {}

  /** {@code name := value}, or a compound {@code +=}, {@code -=}, … with {@code op} the arithmetic operator. */
  record Assign(String name, String op, Ast value, Pos pos) implements Ast {}

  /** Statements separated by {@code ;}: the value is the last one's; none in an empty body. */
  record Seq(List<Ast> statements, Pos pos) implements Ast {}

  /**
   * ExprTK's multi-way switch {@code [*] { case c1 : v1; case c2 : v2; }}: every
   * case whose condition holds runs, and the value is the last one's, 0 when none holds.
   */
  record AllCases(List<Ast> conditions, List<Ast> values, Pos pos) implements Ast {}

  /** {@code break} or {@code continue} inside a loop. */
  record Jump(boolean isBreak, Pos pos) implements Ast {}

  /** {@code for (init; condition; step) body} and {@code while (condition) body}; init and step may be null. */
  record Loop(Ast init, Ast condition, Ast step, Ast body, Pos pos) implements Ast {}

  /**
   * {@code var name[size]}, with {@code := {a, b, …}} ({@code items}) or
   * {@code := vector} ({@code from}) or neither; {@code pos} is the name's. {@code sizeEnd} is the closing
   * {@code ]}, where 5.5.1 reports a bad size, and {@code itemsEnd} the token after the
   * closing brace, where it reports too many items.
   */
  record VecDeclare(String name, Ast size, Pos sizeEnd, List<Ast> items, Pos itemsEnd, Ast from, Pos pos)
      implements Ast {}

  /**
   * {@code name[index]}, or {@code name[]} (its size) when {@code index} is null.
   * {@code after} is the token after the {@code ]}, where 5.5.1 reports an index out of range.
   */
  record Element(String name, Ast index, Pos after, Pos pos) implements Ast {}

  /** {@code name[index] := value}, or a compound {@code +=}, … with {@code op} the arithmetic operator. */
  record ElementAssign(Element target, String op, Ast value, Pos pos) implements Ast {}
}
