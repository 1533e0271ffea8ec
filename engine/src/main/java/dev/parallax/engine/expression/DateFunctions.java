package dev.parallax.engine.expression;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Perspective's date functions. Dates are days since the epoch and datetimes
 * epoch milliseconds (UTC). Results as observed in 5.5.1: {@code hour_of_day} is a
 * float (0 for a date); {@code day_of_week} a string like {@code "1 Sunday"};
 * {@code month_of_year} like {@code "01 January"}; {@code bucket} with
 * {@code 's'}, {@code 'm'}, {@code 'h'} (optionally multiplied, {@code '5m'}) is a
 * datetime, with {@code 'D'}, {@code 'W'} (weeks start on Monday), {@code 'M'},
 * {@code 'Y'} a date; a date bucketed by a unit below a day is left as it is.
 */
final class DateFunctions {
  private static final String[] WEEKDAYS = {
    "1 Sunday", "2 Monday", "3 Tuesday", "4 Wednesday", "5 Thursday", "6 Friday", "7 Saturday"
  };
  private static final String[] MONTHS = {
    "01 January", "02 February", "03 March", "04 April", "05 May", "06 June",
    "07 July", "08 August", "09 September", "10 October", "11 November", "12 December"
  };
  private static final Pattern UNIT = Pattern.compile("([0-9]*)([smhDWMY])");

  private DateFunctions() {}

  static boolean isDateLike(Typed t) {
    return t.type() == ValueType.DATE || t.type() == ValueType.DATETIME;
  }

  private static long toDays(double v, boolean datetime) {
    return datetime ? Math.floorDiv((long) v, CivilDates.DAY_MS) : (long) v;
  }

  static Typed hourOfDay(Typed x) {
    boolean dt = x.type() == ValueType.DATETIME;
    return Typed.num(ValueType.FLOAT, new FunctionNodes.Map1(x.num(),
        v -> dt ? Math.floorMod((long) v, CivilDates.DAY_MS) / 3_600_000L : 0));
  }

  static Typed dayOfWeek(Typed x) {
    boolean dt = x.type() == ValueType.DATETIME;
    return Typed.str(new FunctionNodes.NumToStr(x.num(), v -> WEEKDAYS[CivilDates.weekday(toDays(v, dt))]));
  }

  static Typed monthOfYear(Typed x) {
    boolean dt = x.type() == ValueType.DATETIME;
    return Typed.str(new FunctionNodes.NumToStr(x.num(),
        v -> MONTHS[CivilDates.month(CivilDates.ymd(toDays(v, dt))) - 1]));
  }

  /** {@code bucket(date or datetime, 'unit')}; the unit must be a string literal. */
  static Typed bucket(Typed x, List<Ast> args, Pos pos) {
    if (!(args.get(1) instanceof Ast.Str unit)) {
      throw Compiler.typeError(pos);
    }
    Matcher m = UNIT.matcher(unit.value());
    if (!m.matches()) {
      throw Compiler.typeError(pos);
    }
    long k = m.group(1).isEmpty() ? 1 : Long.parseLong(m.group(1));
    char u = m.group(2).charAt(0);
    if (k <= 0 || (k > 1 && (u == 'D' || u == 'W'))) {
      throw Compiler.typeError(pos); // 5.5.1 has no multiples of days or weeks
    }
    boolean dt = x.type() == ValueType.DATETIME;
    long ms = u == 's' ? 1000L : u == 'm' ? 60_000L : u == 'h' ? 3_600_000L : 0;
    if (ms > 0) {
      if (!dt) {
        return x;
      }
      long width = ms * k;
      return Typed.num(ValueType.DATETIME, new FunctionNodes.Map1(x.num(),
          v -> Math.floorDiv((long) v, width) * (double) width));
    }
    return Typed.num(ValueType.DATE, new FunctionNodes.Map1(x.num(), v -> bucketDays(toDays(v, dt), u, k)));
  }

  private static double bucketDays(long days, char unit, long k) {
    switch (unit) {
      case 'D':
        return days;
      case 'W':
        return days - Math.floorMod(days - 4, 7); // 1970-01-05 was a Monday
      case 'M': {
        long ymd = CivilDates.ymd(days);
        int month0 = (int) ((CivilDates.month(ymd) - 1) / k * k);
        return CivilDates.days(CivilDates.year(ymd), month0 + 1, 1);
      }
      default: {
        long year = Math.floorDiv(CivilDates.year(CivilDates.ymd(days)), k) * k;
        return CivilDates.days(year, 1, 1);
      }
    }
  }

  /**
   * {@code date(y, m, d)}: null for a negative year, a month outside 1-12 or a day
   * outside 1-31; a day past the month's end runs into the next month
   * ({@code date(2024, 2, 30)} is 2024-03-01), as observed.
   */
  static double date(double y, double m, double d) {
    if (y < 0 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) {
      return Double.NaN;
    }
    return CivilDates.days((long) y, (int) m, 1) + (long) d - 1;
  }

  static double today() {
    return Math.floorDiv(System.currentTimeMillis(), CivilDates.DAY_MS);
  }

  static double now() {
    return System.currentTimeMillis();
  }
}
