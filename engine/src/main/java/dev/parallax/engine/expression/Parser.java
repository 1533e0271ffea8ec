package dev.parallax.engine.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for Perspective's ExprTK dialect. Precedence, loosest
 * first: {@code ;}, assignment, {@code ?:}, {@code or}-family, {@code and}-family,
 * comparisons, {@code + -}, {@code * / %}, unary {@code - +}, {@code ^} (right
 * associative, so {@code -2 ^ 2} is -4 and {@code 2 ^ 3 ^ 2} is 512, as observed).
 */
final class Parser {
  /** ExprTK's reserved words that 5.5.1 does not let an expression use. */
  private static final Set<String> RESERVED = Set.of("repeat", "until", "return", "case", "default", "swap");

  private final List<Token> tokens;
  private int p;

  private Parser(List<Token> tokens) {
    this.tokens = tokens;
  }

  static Ast parse(String text) {
    Parser parser = new Parser(Lexer.tokenize(text));
    Token first = parser.peek();
    if (first.kind() == Token.Kind.END) {
      throw new ExpressionException("Empty expression!", Pos.START);
    }
    Ast program = parser.sequence();
    Token t = parser.peek();
    if (t.kind() != Token.Kind.END) {
      throw t.is(")") || t.is("}")
          ? new ExpressionException("Mismatched brackets: '" + t.text() + "'", t.pos())
          : parser.unexpected(t);
    }
    return program;
  }

  private Token peek() {
    return tokens.get(p);
  }

  private Token advance() {
    return tokens.get(p++);
  }

  private boolean accept(String op) {
    if (peek().is(op) && peek().kind() == Token.Kind.OP) {
      p++;
      return true;
    }
    return false;
  }

  private boolean acceptWord(String word) {
    if (peek().kind() == Token.Kind.IDENT && peek().text().equals(word)) {
      p++;
      return true;
    }
    return false;
  }

  private void expect(String op) {
    if (!accept(op)) {
      Token t = peek();
      if (t.kind() == Token.Kind.END) {
        throw new ExpressionException("Mismatched brackets: expected '" + op + "' before end of expression", t.pos());
      }
      throw new ExpressionException("Expected '" + op + "' but got: '" + t.show() + "'", t.pos());
    }
  }

  private ExpressionException unexpected(Token t) {
    Token prev = tokens.get(Math.max(0, p - 1));
    return new ExpressionException("Invalid token sequence: '" + prev.show() + "' and '" + t.show() + "'", prev.pos());
  }

  /** Statements up to the end or a closing bracket; empty statements (a trailing {@code ;}) are dropped. */
  private Ast sequence() {
    Pos start = peek().pos();
    List<Ast> statements = new ArrayList<>();
    while (true) {
      while (accept(";")) {
        // empty statement
      }
      Token t = peek();
      if (t.kind() == Token.Kind.END || t.is("}") || t.is(")")) {
        break;
      }
      statements.add(statement());
      Token after = peek();
      if (after.is(";")) {
        continue;
      }
      if (after.kind() == Token.Kind.END || after.is("}") || after.is(")")
          || endsWithBlock(statements.get(statements.size() - 1))) {
        continue;
      }
      throw unexpected(after);
    }
    if (statements.isEmpty()) {
      throw new ExpressionException("Premature end of expression[1]", peek().pos());
    }
    return statements.size() == 1 ? statements.get(0) : new Ast.Seq(List.copyOf(statements), start);
  }

  private static boolean endsWithBlock(Ast a) {
    return a instanceof Ast.Loop || a instanceof Ast.Cond;
  }

  private Ast statement() {
    Token t = peek();
    if (t.kind() == Token.Kind.IDENT && t.text().equals("var")) {
      p++;
      Token name = advance();
      if (name.kind() != Token.Kind.IDENT) {
        throw new ExpressionException("Expected a variable name after 'var', got: '" + name.show() + "'", name.pos());
      }
      if (peek().is("[") && peek().kind() == Token.Kind.OP) {
        return vectorDeclaration(name);
      }
      Pos after = peek().pos();
      Ast init = accept(":=") ? expression() : null;
      return new Ast.Declare(name.text(), init, t.pos(), after);
    }
    if (t.kind() == Token.Kind.IDENT && p + 1 < tokens.size() && tokens.get(p + 1).is("[")
        && tokens.get(p + 1).kind() == Token.Kind.OP) {
      Ast assignment = elementAssignment(t);
      if (assignment != null) {
        return assignment;
      }
    }
    if ((t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.COLUMN) && p + 1 < tokens.size()) {
      Token op = tokens.get(p + 1);
      boolean compound = op.is("+=") || op.is("-=") || op.is("*=") || op.is("/=") || op.is("%=");
      if (op.kind() == Token.Kind.OP && t.kind() == Token.Kind.COLUMN && op.is(":=")) {
        // 5.5.1 lets "col" := x shadow the column with a variable from there on; the table is untouched.
        p += 2;
        return new Ast.Declare(Compiler.columnVariable(t.text()), expression(), t.pos(), op.pos());
      }
      if (op.kind() == Token.Kind.OP && t.kind() == Token.Kind.COLUMN && compound) {
        // 5.5.1 reads "col" += x as "col" + x: a column cannot be assigned.
        p += 2;
        return new Ast.Binary(op.text().substring(0, 1), new Ast.ColumnRef(t.text(), t.pos()), expression(), op.pos());
      }
      if (op.kind() == Token.Kind.OP && t.kind() == Token.Kind.IDENT && (op.is(":=") || compound)) {
        p += 2;
        String arith = op.text().equals(":=") ? null : op.text().substring(0, 1);
        return new Ast.Assign(t.text(), arith, expression(), t.pos());
      }
    }
    return expression();
  }

  /** After {@code var name}: {@code [size]}, then optionally {@code := {a, b, …}} or {@code := vector}. */
  private Ast vectorDeclaration(Token name) {
    expect("[");
    Ast size = peek().is("]") ? null : expression();
    Pos sizeEnd = peek().pos();
    expect("]");
    if (!accept(":=")) {
      return new Ast.VecDeclare(name.text(), size, sizeEnd, null, null, null, name.pos());
    }
    if (!accept("{")) {
      // as in 5.5.1, an initialiser other than a list must start with a vector's name: v, v * 2
      if (peek().kind() != Token.Kind.IDENT) {
        throw new ExpressionException("Expected '{' as part of vector initialiser list", peek().pos());
      }
      return new Ast.VecDeclare(name.text(), size, sizeEnd, null, null, expression(), name.pos());
    }
    List<Ast> items = new ArrayList<>();
    if (!peek().is("}")) {
      do {
        items.add(expression());
      } while (accept(","));
    }
    expect("}");
    Pos itemsEnd = peek().pos();
    return new Ast.VecDeclare(name.text(), size, sizeEnd, List.copyOf(items), itemsEnd, null, name.pos());
  }

  /**
   * {@code name[index] := value} (or {@code +=}, …) when that is what follows;
   * otherwise null, with nothing consumed, for the statement to be read as an expression.
   */
  private Ast elementAssignment(Token name) {
    int start = p;
    p++;
    Ast.Element target = element(name);
    Token op = peek();
    boolean compound = op.is("+=") || op.is("-=") || op.is("*=") || op.is("/=") || op.is("%=");
    if (op.kind() == Token.Kind.OP && (op.is(":=") || compound)) {
      p++;
      return new Ast.ElementAssign(target, compound ? op.text().substring(0, 1) : null, expression(), name.pos());
    }
    p = start;
    return null;
  }

  /** {@code [index]} or {@code []} after a variable's name. */
  private Ast.Element element(Token name) {
    expect("[");
    Ast index = peek().is("]") ? null : expression();
    expect("]");
    return new Ast.Element(name.text(), index, peek().pos(), name.pos());
  }

  private Ast expression() {
    Ast c = logicalOr();
    Token q = peek();
    if (accept("?")) {
      Ast a = expression();
      expect(":");
      Ast b = expression();
      return new Ast.Cond(c, a, b, q.pos());
    }
    return c;
  }

  private Ast logicalOr() {
    Ast left = logicalAnd();
    while (true) {
      Token t = peek();
      String op = wordOrOp(t, "or", "nor", "xor", "xnor", "||", "|");
      if (op == null) {
        return left;
      }
      p++;
      left = new Ast.Binary(op, left, logicalAnd(), t.pos());
    }
  }

  private Ast logicalAnd() {
    Ast left = comparison();
    while (true) {
      Token t = peek();
      String op = wordOrOp(t, "and", "nand", "&&", "&");
      if (op == null) {
        return left;
      }
      p++;
      left = new Ast.Binary(op, left, comparison(), t.pos());
    }
  }

  private static String wordOrOp(Token t, String... ops) {
    if (t.kind() != Token.Kind.OP && t.kind() != Token.Kind.IDENT) {
      return null;
    }
    for (String op : ops) {
      if (t.text().equals(op)) {
        return op;
      }
    }
    return null;
  }

  private Ast comparison() {
    Ast left = additive();
    while (true) {
      Token t = peek();
      String op = t.kind() == Token.Kind.OP ? wordOrOp(t, "==", "=", "!=", "<>", "<", "<=", ">", ">=") : null;
      if (op == null) {
        return left;
      }
      p++;
      left = new Ast.Binary(op.equals("=") ? "==" : op.equals("<>") ? "!=" : op, left, additive(), t.pos());
    }
  }

  private Ast additive() {
    Ast left = multiplicative();
    while (peek().kind() == Token.Kind.OP && (peek().is("+") || peek().is("-"))) {
      Token t = advance();
      left = new Ast.Binary(t.text(), left, multiplicative(), t.pos());
    }
    return left;
  }

  private Ast multiplicative() {
    Ast left = unary();
    while (peek().kind() == Token.Kind.OP && (peek().is("*") || peek().is("/") || peek().is("%"))) {
      Token t = advance();
      left = new Ast.Binary(t.text(), left, unary(), t.pos());
    }
    return left;
  }

  private Ast unary() {
    Token t = peek();
    if (t.kind() == Token.Kind.OP && (t.is("-") || t.is("+"))) {
      p++;
      return new Ast.Unary(t.text(), unary(), t.pos());
    }
    if (t.kind() == Token.Kind.OP && t.is("!")) {
      throw new ExpressionException("Premature end of expression[2]: use not(x) for logical negation", t.pos());
    }
    return power();
  }

  private Ast power() {
    Ast base = primary();
    Token t = peek();
    if (t.kind() == Token.Kind.OP && t.is("^")) {
      p++;
      return new Ast.Binary("^", base, unary(), t.pos());
    }
    return base;
  }

  private Ast primary() {
    Token t = advance();
    switch (t.kind()) {
      case NUMBER:
        return new Ast.Num(t.number(), t.pos());
      case STRING:
        return new Ast.Str(t.text(), t.pos());
      case COLUMN:
        return new Ast.ColumnRef(t.text(), t.pos());
      case END:
        throw new ExpressionException("Premature end of expression[1]", t.pos());
      case IDENT:
        return word(t);
      default:
        break;
    }
    if (t.is("(")) {
      Ast inner = sequence();
      expect(")");
      return inner;
    }
    if (t.is("{")) {
      // a bare block does not scope its variables in 5.5.1; the bodies of if, loops and ~{…} do
      Ast inner = sequence();
      expect("}");
      return inner;
    }
    if (t.is("~")) {
      return tildeSequence(t);
    }
    if (t.is("[") && peek().is("*")) {
      p++;
      expect("]");
      return allCases(t);
    }
    if (t.is(")") || t.is("}")) {
      throw new ExpressionException("Mismatched brackets: '" + t.text() + "'", t.pos());
    }
    throw new ExpressionException("Premature end of expression[1] at: '" + t.show() + "'", t.pos());
  }

  /** ExprTK's explicit sequences {@code ~{a; b}} and {@code ~(a, b)}: the value is the last statement's. */
  private Ast tildeSequence(Token tilde) {
    if (accept("{")) {
      Ast inner = sequence();
      expect("}");
      return new Ast.Block(inner, tilde.pos());
    }
    if (!accept("(")) {
      throw new ExpressionException("Expected '{' or '(' after '~', got: '" + peek().show() + "'", peek().pos());
    }
    List<Ast> parts = new ArrayList<>();
    do {
      parts.add(statement());
    } while (accept(",") || accept(";"));
    expect(")");
    return parts.size() == 1 ? parts.get(0) : new Ast.Seq(List.copyOf(parts), tilde.pos());
  }

  /** After {@code [*]}: {@code { case c : v; … }}. */
  private Ast allCases(Token start) {
    expect("{");
    List<Ast> conditions = new ArrayList<>();
    List<Ast> values = new ArrayList<>();
    while (!accept("}")) {
      Token c = advance();
      if (!isWord(c, "case")) {
        throw new ExpressionException(c.kind() == Token.Kind.END
            ? "Mismatched brackets: expected '}' before end of expression"
            : "Expected 'case' in a [*] switch, got: '" + c.show() + "'", c.pos());
      }
      conditions.add(expression());
      expect(":");
      values.add(body());
      while (accept(";")) {
        // each case ends with ';'
      }
    }
    if (conditions.isEmpty()) {
      throw new ExpressionException("A switch needs at least one case", start.pos());
    }
    return new Ast.AllCases(List.copyOf(conditions), List.copyOf(values), start.pos());
  }

  private Ast word(Token t) {
    switch (t.text()) {
      case "true": case "True":
        return new Ast.Bool(true, t.pos());
      case "false": case "False":
        return new Ast.Bool(false, t.pos());
      case "null":
        return new Ast.Null(t.pos());
      case "if":
        return ifElse(t);
      case "for":
        return forLoop(t);
      case "while":
        return whileLoop(t);
      case "switch":
        return switchCases(t);
      case "break":
        return new Ast.Jump(true, t.pos());
      case "continue":
        return new Ast.Jump(false, t.pos());
      default:
        break;
    }
    if (RESERVED.contains(t.text())) {
      throw new ExpressionException("Invalid use of reserved symbol '" + t.text() + "'", t.pos());
    }
    if (accept("(")) {
      List<Ast> args = new ArrayList<>();
      if (!accept(")")) {
        do {
          args.add(expression());
        } while (accept(","));
        expect(")");
      }
      return new Ast.Call(t.text(), List.copyOf(args), t.pos(), peek().pos());
    }
    if (peek().is("[") && peek().kind() == Token.Kind.OP) {
      return element(t);
    }
    if (t.text().equals("not")) {
      throw new ExpressionException("Expected a '(' at start of function call to 'not', instead got: '"
          + peek().show() + "'", peek().pos());
    }
    return new Ast.Var(t.text(), t.pos());
  }

  /** {@code if (c) a else b}, {@code else if} chains, and ExprTK's function form {@code if (c, a, b)}. */
  private Ast ifElse(Token t) {
    expect("(");
    Ast c = expression();
    if (accept(",")) {
      Ast a = expression();
      expect(",");
      Ast b = expression();
      expect(")");
      return new Ast.Cond(c, a, b, t.pos());
    }
    expect(")");
    Ast then = body();
    Ast otherwise = null;
    if (peek().is(";") && p + 1 < tokens.size() && isWord(tokens.get(p + 1), "else")) {
      p++; // if (c) a; else b;  the statement form ends its branch with ';'
    }
    if (acceptWord("else")) {
      Token n = peek();
      otherwise = n.kind() == Token.Kind.IDENT && n.text().equals("if") ? word(advance()) : body();
    }
    return new Ast.Cond(c, then, otherwise, t.pos());
  }

  private static boolean isWord(Token t, String word) {
    return t.kind() == Token.Kind.IDENT && t.text().equals(word);
  }

  /**
   * {@code switch { case c1 : v1; case c2 : v2; default : v; }}: the value of the
   * first case whose condition holds, else the default's (null without one).
   */
  private Ast switchCases(Token t) {
    expect("{");
    List<Ast> conditions = new ArrayList<>();
    List<Ast> values = new ArrayList<>();
    Ast otherwise = null;
    while (!accept("}")) {
      Token c = advance();
      if (isWord(c, "case")) {
        conditions.add(expression());
        expect(":");
        values.add(body());
      } else if (isWord(c, "default") && otherwise == null) {
        expect(":");
        otherwise = body();
      } else {
        throw new ExpressionException(c.kind() == Token.Kind.END
            ? "Mismatched brackets: expected '}' before end of expression"
            : "Expected 'case' or 'default' in switch, got: '" + c.show() + "'", c.pos());
      }
      while (accept(";")) {
        // each case ends with ';'
      }
    }
    if (conditions.isEmpty()) {
      throw new ExpressionException("A switch needs at least one case", t.pos());
    }
    Ast result = otherwise;
    for (int i = conditions.size() - 1; i >= 0; i--) {
      result = new Ast.Cond(conditions.get(i), values.get(i), result, t.pos());
    }
    return result;
  }

  private Ast body() {
    Token open = peek();
    if (accept("{")) {
      // an empty body does nothing: for (…) { }
      Ast inner = peek().is("}") ? new Ast.Seq(List.of(), open.pos()) : sequence();
      expect("}");
      return new Ast.Block(inner, open.pos());
    }
    return statement();
  }

  private Ast forLoop(Token t) {
    expect("(");
    Ast init = peek().is(";") ? null : statement();
    expect(";");
    Ast cond = expression();
    expect(";");
    Ast step = peek().is(")") ? null : statement();
    expect(")");
    return new Ast.Loop(init, cond, step, body(), t.pos());
  }

  private Ast whileLoop(Token t) {
    expect("(");
    Ast cond = expression();
    expect(")");
    return new Ast.Loop(null, cond, null, body(), t.pos());
  }
}
