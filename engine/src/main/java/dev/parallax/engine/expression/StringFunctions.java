package dev.parallax.engine.expression;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Perspective's string functions. A null string gives null (5.5.1's {@code replace}
 * turns a null into the text {@code "null"} first; Parallax does not). Patterns are
 * string literals, compiled once; Java's regex dialect stands in for RE2, which
 * agrees on the common syntax.
 */
final class StringFunctions {
  private StringFunctions() {}

  static Pattern pattern(List<Ast> args, int i, Pos pos) {
    if (!(args.get(i) instanceof Ast.Str s)) {
      throw Compiler.typeError(pos);
    }
    try {
      return Pattern.compile(s.value());
    } catch (PatternSyntaxException e) {
      // 5.5.1 gives its plain type error for a pattern RE2 cannot compile.
      throw Compiler.typeError(args.get(i).pos());
    }
  }

  /** 5.5.1 gives null, not the empty string, for {@code upper('')} and {@code lower('')}. */
  static Typed upper(Typed s) {
    return Typed.str(new FunctionNodes.StrToStr(s.str(), x -> x.isEmpty() ? null : x.toUpperCase(Locale.ROOT)));
  }

  static Typed lower(Typed s) {
    return Typed.str(new FunctionNodes.StrToStr(s.str(), x -> x.isEmpty() ? null : x.toLowerCase(Locale.ROOT)));
  }

  /** {@code contains(s, part)}: whether {@code part} occurs in {@code s}; null when either is null. */
  static Typed contains(Typed s, Typed part) {
    StrNode text = s.str();
    StrNode needle = part.str();
    return Typed.num(ValueType.BOOLEAN, new NumNode() {
      @Override
      double eval(int row) {
        String x = text.eval(row);
        String y = needle.eval(row);
        return x == null || y == null ? Double.NaN : bool(x.contains(y));
      }
    });
  }

  static Typed length(Typed s) {
    return Typed.num(ValueType.FLOAT, new FunctionNodes.StrToNum(s.str(), String::length));
  }

  /** {@code match}: whether the pattern occurs; {@code match_all}: whether it spans the whole string. */
  static Typed match(Typed s, Pattern p, boolean whole) {
    return Typed.num(ValueType.BOOLEAN, new FunctionNodes.StrToNum(s.str(),
        x -> NumNode.bool(whole ? p.matcher(x).matches() : p.matcher(x).find())));
  }

  /** {@code search}: the first capture group of the first match, or null. */
  static Typed search(Typed s, Pattern p, Pos pos) {
    if (p.matcher("").groupCount() < 1) {
      throw Compiler.typeError(pos); // 5.5.1 refuses a pattern without a capture group
    }
    return Typed.str(new FunctionNodes.StrToStr(s.str(), x -> {
      Matcher m = p.matcher(x);
      return m.find() && m.groupCount() >= 1 ? m.group(1) : null;
    }));
  }

  static Typed replace(Typed s, Pattern p, Typed replacement, boolean all) {
    StrNode with = replacement.str();
    return Typed.str(new StrNode() {
      @Override
      String eval(int row) {
        String x = s.str().eval(row);
        String r = with.eval(row);
        if (x == null || x.isEmpty() || r == null) {
          return null; // 5.5.1: replacing in the empty string gives null
        }
        Matcher m = p.matcher(x);
        String q = Matcher.quoteReplacement(r);
        return all ? m.replaceAll(q) : m.replaceFirst(q);
      }
    });
  }

  /** {@code substring(s, start[, length])}: null when the range is not inside the string, as observed. */
  static Typed substring(Typed s, Typed start, Typed len) {
    NumNode from = start.num();
    NumNode count = len == null ? null : len.num();
    return Typed.str(new StrNode() {
      @Override
      String eval(int row) {
        String x = s.str().eval(row);
        double b = from.eval(row);
        double n = count == null ? (x == null ? 0 : x.length() - b) : count.eval(row);
        if (x == null || b != b || n != n || b < 0 || b >= x.length() || n < 0 || b + n > x.length()) {
          return null;
        }
        return x.substring((int) b, (int) (b + n));
      }
    });
  }

  /** {@code concat(a, b, …)}: null when any part is null, or when all are empty (as 5.5.1 has it). */
  static Typed concat(StrNode[] parts) {
    return Typed.str(new StrNode() {
      @Override
      String eval(int row) {
        StringBuilder sb = new StringBuilder();
        for (StrNode p : parts) {
          String x = p.eval(row);
          if (x == null) {
            return null;
          }
          sb.append(x);
        }
        return sb.length() == 0 ? null : sb.toString();
      }
    });
  }

  /** {@code order(s, 'a', 'b', …)}: the position of s in the list, or the list's length when absent. */
  static Typed order(Typed s, String[] values) {
    return Typed.num(ValueType.FLOAT, new FunctionNodes.StrToNum(s.str(), x -> {
      for (int i = 0; i < values.length; i++) {
        if (values[i].equals(x)) {
          return i;
        }
      }
      return values.length;
    }));
  }
}
