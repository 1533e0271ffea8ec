package dev.parallax.engine.expression;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * {@code integer()}, {@code float()}, {@code boolean()}, {@code string()},
 * {@code datetime()} with the results 5.5.1 gives: {@code integer} truncates and
 * is null outside 32 bits or for text that is not a number; {@code boolean} is
 * false for null; {@code string} writes floats like C's {@code %g} ({@code "1e+10"}),
 * dates as {@code 2024-01-15} and datetimes as {@code 2024-01-15 13:47:12.345} (UTC).
 */
final class Conversions {
  private Conversions() {}

  /**
   * The number {@code integer()} and {@code float()} see in a value: 5.5.1 exposes a
   * date as its internal packed form, {@code year * 65536 + (month - 1) * 256 + day};
   * every other type as its plain value.
   */
  static NumNode number(Typed x, NumNode value) {
    if (x.type() != ValueType.DATE) {
      return value;
    }
    return new FunctionNodes.Map1(value, days -> {
      long ymd = CivilDates.ymd((long) days);
      return CivilDates.year(ymd) * 65536 + (CivilDates.month(ymd) - 1) * 256 + CivilDates.day(ymd);
    });
  }

  static double toInteger(double v) {
    double t = MathFunctions.trunc(v);
    return t >= Integer.MIN_VALUE && t <= Integer.MAX_VALUE ? t : Double.NaN;
  }

  static double parse(String s) {
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  static Typed toString(Typed x) {
    switch (x.type()) {
      case STRING:
        return x;
      case INTEGER:
        return x.num() instanceof ColumnNodes.Ints ? Typed.str(new ColumnNodes.IntText((ColumnNodes.Ints) x.num()))
            : Typed.str(new FunctionNodes.NumToStr(x.num(), v -> Long.toString((long) v)));
      case BOOLEAN:
        return Typed.str(new FunctionNodes.NumToStr(x.num(), v -> v != 0 ? "true" : "false"));
      case DATE:
        return Typed.str(new FunctionNodes.NumToStr(x.num(), v -> formatDate((long) v)));
      case DATETIME:
        return Typed.str(new FunctionNodes.NumToStr(x.num(), v -> formatDatetime((long) v)));
      default:
        return Typed.str(new FunctionNodes.NumToStr(x.num(), Conversions::formatFloat));
    }
  }

  static String formatDate(long days) {
    long ymd = CivilDates.ymd(days);
    return String.format("%04d-%02d-%02d", CivilDates.year(ymd), CivilDates.month(ymd), CivilDates.day(ymd));
  }

  static String formatDatetime(long ms) {
    long days = Math.floorDiv(ms, CivilDates.DAY_MS);
    long t = Math.floorMod(ms, CivilDates.DAY_MS);
    return formatDate(days) + String.format(" %02d:%02d:%02d.%03d",
        t / 3_600_000, t / 60_000 % 60, t / 1000 % 60, t % 1000);
  }

  /** Six significant digits, trailing zeros dropped, exponent form outside 1e-5..1e6: C's {@code %g}. */
  static String formatFloat(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(v).round(new MathContext(6));
    int exp = d.precision() - d.scale() - 1;
    if (exp < -4 || exp >= 6) {
      BigDecimal mantissa = d.movePointLeft(exp).stripTrailingZeros();
      return mantissa.toPlainString() + (exp < 0 ? "e-" : "e+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }
    return d.stripTrailingZeros().toPlainString();
  }
}
