/**
 * Perspective's expression language (the ExprTK dialect of {@code @perspective-dev}
 * 5.5.1) for computed columns.
 *
 * <p>{@link dev.parallax.engine.expression.Expressions} is the entry point:
 * {@code definitions} reads a request's expressions in either of Perspective's
 * forms (object or legacy list), {@code validate} answers like Perspective's
 * {@code validate_expressions} ({@code toMap()} gives its JSON shape), and
 * {@code compile} gives a {@link dev.parallax.engine.expression.CompiledExpression}
 * that fills a column from a table, wholly or for the rows a delta touched, and
 * says which table columns it reads.
 *
 * <p>Inside: {@code Lexer} → {@code Parser} (an {@code Ast} with positions) →
 * {@code Compiler} (type check and node building in one walk, with
 * {@code Functions} resolving calls) → a tree of {@code NumNode}/{@code StrNode}
 * that evaluates chunks of rows on primitive arrays. Vector variables
 * ({@code var v[3] := {…}}) compile through {@code Vectors} into {@code VecNode}s
 * over arrays in the expression's {@code Frame}; {@code VectorFunctions} takes
 * them as arguments; {@code TableFunctions} ({@code index()}, {@code vlookup()})
 * read the bound table beyond the current row.
 */
package dev.parallax.engine.expression;
