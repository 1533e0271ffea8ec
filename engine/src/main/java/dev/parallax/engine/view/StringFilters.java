package dev.parallax.engine.view;

import dev.parallax.engine.column.StringColumn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Every operator on a string column: {@code ==}/{@code !=} by dictionary code,
 * the rest as a predicate judged once per distinct string (Perspective 5.5.1
 * semantics: begins/contains/ends with ignore case, {@code matches} is a
 * case-sensitive regular-expression search, comparisons are by code point).
 */
final class StringFilters {
  private StringFilters() {
  }

  static FilterCompiler.Compiled compile(StringColumn column, ViewConfig.Filter f) {
    FilterOperator op = f.operator();
    if (op == FilterOperator.IN || op == FilterOperator.NOT_IN) {
      List<Object> values = new ArrayList<>();
      Set<String> set = new HashSet<>();
      for (Object o : f.operand() instanceof List ? (List<?>) f.operand() : List.of(f.operand())) {
        if (o != null) {
          set.add(Operands.string(f.column(), o));
        }
        values.add(o);
      }
      boolean in = op == FilterOperator.IN;
      RowFilter filter = new StringFilter(column, s -> set.contains(s) == in, !in);
      return new FilterCompiler.Compiled(filter, FilterCompiler.with(f, values));
    }
    String v = Operands.string(f.column(), f.operand());
    if (op == FilterOperator.EQ || op == FilterOperator.NE) {
      return new FilterCompiler.Compiled(new StringEqualsFilter(column, v, op == FilterOperator.NE), f);
    }
    // Text operators other than "matches" ignore case in Perspective 5.5.1; == and < do not.
    String lower = v.toLowerCase(Locale.ROOT);
    Predicate<String> p;
    switch (op) {
      case GT: p = s -> s.compareTo(v) > 0; break;
      case GE: p = s -> s.compareTo(v) >= 0; break;
      case LT: p = s -> s.compareTo(v) < 0; break;
      case LE: p = s -> s.compareTo(v) <= 0; break;
      case BEGINS_WITH: p = s -> s.toLowerCase(Locale.ROOT).startsWith(lower); break;
      case NOT_BEGINS_WITH: p = s -> !s.toLowerCase(Locale.ROOT).startsWith(lower); break;
      case CONTAINS: p = s -> s.toLowerCase(Locale.ROOT).contains(lower); break;
      case NOT_CONTAINS: p = s -> !s.toLowerCase(Locale.ROOT).contains(lower); break;
      case ENDS_WITH: p = s -> s.toLowerCase(Locale.ROOT).endsWith(lower); break;
      case NOT_ENDS_WITH: p = s -> !s.toLowerCase(Locale.ROOT).endsWith(lower); break;
      case MATCHES: p = regex(v, true); break;
      case NOT_MATCHES: p = regex(v, false); break;
      default: throw new AssertionError(op);
    }
    return new FilterCompiler.Compiled(new StringFilter(column, p, false), f);
  }

  /**
   * A search (not a whole-string match), case-sensitive. Perspective matches
   * nothing, either way, for a pattern that does not compile; a viewer sends
   * half-typed patterns, so this is not an error.
   */
  private static Predicate<String> regex(String pattern, boolean want) {
    Pattern p;
    try {
      p = Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      return s -> false;
    }
    return s -> p.matcher(s).find() == want;
  }
}
