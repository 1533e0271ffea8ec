package dev.parallax.engine.expression;

/**
 * {@code erf} and {@code erfc}, correctly rounded in practice: each is computed in
 * double-double arithmetic (about 30 significant digits) and rounded once at the
 * end, so the result is the double nearest the true value, which is what the C
 * library under 5.5.1 gives for the values tried; a plain double evaluation is
 * often one unit in the last place off, which shows in CSV output.
 *
 * <p>Small arguments use the Maclaurin series of erf; larger ones the continued
 * fraction of erfc times {@code exp(-x²)}. An instance keeps the double-double
 * result of its last operation in two fields, so evaluation allocates nothing;
 * each compiled call owns its instance (not thread-safe, like the rest of a
 * compiled expression).
 */
final class ErrorFunction {
  private static final double TWO_OVER_SQRT_PI_HI = 1.1283791670955126;
  private static final double TWO_OVER_SQRT_PI_LO = 1.533545961316588e-17;
  private static final double ONE_OVER_SQRT_PI_HI = 0.5641895835477563;
  private static final double ONE_OVER_SQRT_PI_LO = 7.66772980658294e-18;
  private static final double LN2_HI = 0.6931471805599453;
  private static final double LN2_LO = 2.3190468138462996e-17;
  /** Below this the series converges without losing more than a few of the 30 digits. */
  private static final double SERIES_LIMIT = 3.5;
  /** Beyond this erf is 1 and erfc underflows to 0 in double. */
  private static final double SATURATION = 28;
  private static final int FRACTION_TERMS = 400;

  /** The high and low parts of the last operation's result. */
  private double hi;
  private double lo;

  double erf(double x) {
    if (x != x) {
      return x;
    }
    double a = Math.abs(x);
    double r;
    if (a < SERIES_LIMIT) {
      series(a);
      r = hi + lo;
    } else if (a >= SATURATION) {
      r = 1;
    } else {
      erfcLarge(a);
      add(1, 0, -hi, -lo);
      r = hi + lo;
    }
    return x < 0 ? -r : r;
  }

  double erfc(double x) {
    if (x != x) {
      return x;
    }
    double a = Math.abs(x);
    if (a < SERIES_LIMIT) {
      series(a);
    } else if (a >= SATURATION) {
      hi = 0;
      lo = 0;
    } else {
      erfcLarge(a);
    }
    if (x < 0) {
      // erfc(-a) = 1 + erf(a) when a is small, 2 - erfc(a) when it is large
      if (a < SERIES_LIMIT) {
        add(1, 0, hi, lo);
      } else {
        add(2, 0, -hi, -lo);
      }
    } else if (a < SERIES_LIMIT) {
      add(1, 0, -hi, -lo);
    }
    return hi + lo;
  }

  /** erf(a) for 0 <= a < {@link #SERIES_LIMIT}: 2/√π Σ (-1)^n a^(2n+1) / (n! (2n+1)). */
  private void series(double a) {
    mul(a, 0, a, 0);
    double x2h = hi;
    double x2l = lo;
    // term_n = (-1)^n a^(2n+1) / n!; the sum adds term_n / (2n+1)
    double th = a;
    double tl = 0;
    double sh = a;
    double sl = 0;
    for (int n = 1; n < 200; n++) {
      mul(th, tl, -x2h, -x2l);
      div(hi, lo, n, 0);
      th = hi;
      tl = lo;
      div(th, tl, 2 * n + 1, 0);
      double ch = hi;
      double cl = lo;
      add(sh, sl, ch, cl);
      sh = hi;
      sl = lo;
      if (Math.abs(ch) < Math.abs(sh) * 1e-33) {
        break;
      }
    }
    mul(sh, sl, TWO_OVER_SQRT_PI_HI, TWO_OVER_SQRT_PI_LO);
  }

  /**
   * erfc(a) for a >= {@link #SERIES_LIMIT}: exp(-a²) / (√π K) with
   * K = a + (1/2) / (a + 1 / (a + (3/2) / (a + …))), evaluated from the tail.
   */
  private void erfcLarge(double a) {
    double kh = a;
    double kl = 0;
    for (int k = FRACTION_TERMS; k >= 1; k--) {
      div(k * 0.5, 0, kh, kl);
      add(a, 0, hi, lo);
      kh = hi;
      kl = lo;
    }
    mul(a, 0, a, 0);
    exp(-hi, -lo);
    double eh = hi;
    double el = lo;
    div(eh, el, kh, kl);
    mul(hi, lo, ONE_OVER_SQRT_PI_HI, ONE_OVER_SQRT_PI_LO);
  }

  /** exp of a double-double, for arguments from about -800 to 0. */
  private void exp(double ah, double al) {
    double k = Math.rint(ah / LN2_HI);
    mul(LN2_HI, LN2_LO, k, 0);
    add(ah, al, -hi, -lo);
    // |r| <= ln2 / 2; scale down by 2^10 so that a short Taylor series suffices, then square back up
    double rh = hi / 1024;
    double rl = lo / 1024;
    double th = rh;
    double tl = rl;
    double sh = rh;
    double sl = rl;
    for (int n = 2; n < 20; n++) {
      mul(th, tl, rh, rl);
      div(hi, lo, n, 0);
      th = hi;
      tl = lo;
      add(sh, sl, th, tl);
      sh = hi;
      sl = lo;
    }
    // (1 + s) squared ten times, kept as 1 + s to hold the small part's digits
    for (int i = 0; i < 10; i++) {
      mul(sh, sl, sh, sl);
      double qh = hi;
      double ql = lo;
      add(sh, sl, sh, sl);
      add(hi, lo, qh, ql);
      sh = hi;
      sl = lo;
    }
    add(1, 0, sh, sl);
    hi = Math.scalb(hi, (int) k);
    lo = Math.scalb(lo, (int) k);
  }

  private void add(double ah, double al, double bh, double bl) {
    double s = ah + bh;
    double v = s - ah;
    double e = (ah - (s - v)) + (bh - v);
    e += al + bl;
    hi = s + e;
    lo = e - (hi - s);
  }

  private void mul(double ah, double al, double bh, double bl) {
    double p = ah * bh;
    double e = Math.fma(ah, bh, -p);
    e += ah * bl + al * bh;
    hi = p + e;
    lo = e - (hi - p);
  }

  private void div(double ah, double al, double bh, double bl) {
    double q = ah / bh;
    // remainder a - q * b, then one correction step
    mul(q, 0, bh, bl);
    add(ah, al, -hi, -lo);
    double c = hi / bh;
    add(q, 0, c, 0);
  }
}
