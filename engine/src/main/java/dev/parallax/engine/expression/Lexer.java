package dev.parallax.engine.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits expression text into tokens: {@code "column"} references, {@code 'string'}
 * literals (a backslash escapes the next character), numbers, identifiers and
 * operators. Comments ({@code //} or {@code #} to end of line, and
 * {@code /* … *}{@code /}) are skipped, which is also what makes the legacy form,
 * whose first line is {@code // name}, parse as its remaining lines.
 */
final class Lexer {
  private static final String[] OPERATORS = {
    ":=", "+=", "-=", "*=", "/=", "%=", "==", "!=", "<>", "<=", ">=", "&&", "||",
    "+", "-", "*", "/", "%", "^", "=", "<", ">", "(", ")", "{", "}", "[", "]", ",", ";", "?", ":", "&", "|", "!", "~"
  };

  private final String src;
  private int i;
  private int line;
  private int lineStart;

  private Lexer(String src) {
    this.src = src;
  }

  static List<Token> tokenize(String src) {
    return new Lexer(src).run();
  }

  private Pos pos() {
    return new Pos(line, i - lineStart);
  }

  private List<Token> run() {
    List<Token> out = new ArrayList<>();
    while (true) {
      skipSpaceAndComments();
      if (i >= src.length()) {
        out.add(new Token(Token.Kind.END, "", 0, pos()));
        return out;
      }
      out.add(next());
    }
  }

  private void skipSpaceAndComments() {
    while (i < src.length()) {
      char c = src.charAt(i);
      if (c == '\n') {
        i++;
        line++;
        lineStart = i;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (src.startsWith("//", i) || c == '#') {
        while (i < src.length() && src.charAt(i) != '\n') {
          i++;
        }
      } else if (src.startsWith("/*", i)) {
        Pos start = pos();
        int end = src.indexOf("*/", i + 2);
        if (end < 0) {
          throw new ExpressionException("Unterminated comment", start);
        }
        while (i < end + 2) {
          if (src.charAt(i++) == '\n') {
            line++;
            lineStart = i;
          }
        }
      } else {
        return;
      }
    }
  }

  private Token next() {
    Pos start = pos();
    char c = src.charAt(i);
    if (c == '"' || c == '\'') {
      return quoted(c, start);
    }
    if (Character.isDigit(c) || (c == '.' && i + 1 < src.length() && Character.isDigit(src.charAt(i + 1)))) {
      return number(start);
    }
    if (Character.isLetter(c) || c == '_') {
      int b = i;
      while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
        i++;
      }
      return new Token(Token.Kind.IDENT, src.substring(b, i), 0, start);
    }
    for (String op : OPERATORS) {
      if (src.startsWith(op, i)) {
        i += op.length();
        return new Token(Token.Kind.OP, op, 0, start);
      }
    }
    throw new ExpressionException("Invalid token: '" + c + "'", start);
  }

  private Token quoted(char quote, Pos start) {
    StringBuilder sb = new StringBuilder();
    i++;
    while (i < src.length() && src.charAt(i) != quote) {
      char c = src.charAt(i++);
      if (c == '\\' && i < src.length()) {
        c = src.charAt(i++);
      } else if (c == '\n') {
        break;
      }
      sb.append(c);
    }
    if (i >= src.length() || src.charAt(i) != quote) {
      throw quote == '"'
          ? new ExpressionException("General token error: \"" + sb, start)
          : new ExpressionException("Invalid string token: " + sb, new Pos(start.line(), start.column() + 1));
    }
    i++;
    return new Token(quote == '"' ? Token.Kind.COLUMN : Token.Kind.STRING, sb.toString(), 0, start);
  }

  private Token number(Pos start) {
    int b = i;
    while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '.')) {
      i++;
    }
    if (i < src.length() && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
      int e = i + 1;
      if (e < src.length() && (src.charAt(e) == '+' || src.charAt(e) == '-')) {
        e++;
      }
      if (e < src.length() && Character.isDigit(src.charAt(e))) {
        i = e;
        while (i < src.length() && Character.isDigit(src.charAt(i))) {
          i++;
        }
      }
    }
    String text = src.substring(b, i);
    try {
      return new Token(Token.Kind.NUMBER, text, Double.parseDouble(text), start);
    } catch (NumberFormatException e) {
      throw new ExpressionException("Invalid numeric token: '" + text + "'", start);
    }
  }
}
