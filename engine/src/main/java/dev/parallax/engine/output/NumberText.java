package dev.parallax.engine.output;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;

/**
 * Doubles as text, the way Perspective's outputs print them: the shortest digits
 * that read back to the same double (Schubfach, since JDK 17's
 * {@code Double.toString} is not always shortest), laid out in one of two styles.
 *
 * <ul>
 *   <li>JSON (to_json, to_columns, to_ndjson): plain notation for decimal exponents
 *       -6..20 with a {@code .0} on integral values ({@code 100.0}), otherwise
 *       {@code 1e21}, {@code 1e-7}.
 *   <li>CSV: plain for exponents -6..9 without a trailing {@code .0} ({@code 100}),
 *       otherwise {@code 1e+10}, {@code 1.5e-7}.
 * </ul>
 * NaN and the infinities have no text: callers write null.
 *
 * <p>Where two shortest forms are equally near (1000000000000000.25 lies midway
 * between ...0.2 and ...0.3) this picks the even one, as Perspective's CSV does;
 * its JSON picks the upper one. Both read back to the same double.
 */
final class NumberText {
  private NumberText() {
  }

  static void appendJson(StringBuilder out, double v) {
    append(out, v, 20, 1e15, true, false);
  }

  static void appendCsv(StringBuilder out, double v) {
    append(out, v, 9, 1e10, false, true);
  }

  /** Whether {@code v} has a text form at all. */
  static boolean isFinite(double v) {
    return !Double.isNaN(v) && !Double.isInfinite(v);
  }

  /**
   * {@code integralLimit}: below it, integral values take the fast path; it never
   * exceeds 2^53 (where every integer is a double) nor the plain-notation range.
   */
  private static void append(StringBuilder out, double v, int maxPlainExponent, double integralLimit,
      boolean pointZero, boolean plusSign) {
    if (v == 0d) {
      if (Double.doubleToRawLongBits(v) < 0) {
        out.append('-');
      }
      out.append(pointZero ? "0.0" : "0");
      return;
    }
    if (v == Math.rint(v) && Math.abs(v) < integralLimit) {
      // Below 2^53 an integral double's shortest digits are its exact integer: print the long, no parsing.
      out.append((long) v);
      if (pointZero) {
        out.append(".0");
      }
      return;
    }
    // Java keeps "4.9E-324" for the smallest subnormal for compatibility; its shortest form is 5e-324.
    String s = Math.abs(v) == Double.MIN_VALUE ? "5.0E-324" : DoubleToDecimal.toString(Math.abs(v));
    int e = s.indexOf('E');
    String mantissa = e < 0 ? s : s.substring(0, e);
    int exp = e < 0 ? 0 : Integer.parseInt(s, e + 1, s.length(), 10);
    int point = mantissa.indexOf('.');
    StringBuilder digits = new StringBuilder(mantissa.length());
    digits.append(mantissa, 0, point).append(mantissa, point + 1, mantissa.length());
    int lead = 0;
    while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
      lead++;
    }
    int end = digits.length();
    while (end > lead + 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    String d = digits.substring(lead, end);
    int x = point + exp - lead - 1; // decimal exponent of the first significant digit
    if (v < 0) {
      out.append('-');
    }
    int n = d.length();
    if (x >= -6 && x <= maxPlainExponent) {
      if (x >= n - 1) {
        out.append(d);
        for (int i = n - 1; i < x; i++) {
          out.append('0');
        }
        if (pointZero) {
          out.append(".0");
        }
      } else if (x >= 0) {
        out.append(d, 0, x + 1).append('.').append(d, x + 1, n);
      } else {
        out.append("0.");
        for (int i = -1; i > x; i--) {
          out.append('0');
        }
        out.append(d);
      }
    } else {
      out.append(d.charAt(0));
      if (n > 1) {
        out.append('.').append(d, 1, n);
      }
      out.append('e');
      if (x >= 0 && plusSign) {
        out.append('+');
      }
      out.append(x);
    }
  }
}
