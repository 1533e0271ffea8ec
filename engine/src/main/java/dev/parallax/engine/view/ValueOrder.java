package dev.parallax.engine.view;

import dev.parallax.engine.aggregate.AggregateColumn;

/**
 * Orders two aggregate results the way a pivot sorts its groups, as Perspective
 * 5.5.1 does: null first ascending and last descending; under an abs order
 * numbers by magnitude with null counted as 0 ascending, booleans with null as
 * false, strings unordered.
 */
final class ValueOrder {
  private ValueOrder() {
  }

  static int compare(AggregateColumn c, int i, int j, boolean descending, boolean abs) {
    int r = ascending(c, i, j, abs && !descending, abs);
    return descending ? -r : r;
  }

  private static int ascending(AggregateColumn c, int i, int j, boolean nullIsZero, boolean abs) {
    boolean ni = c.isNull(i);
    boolean nj = c.isNull(j);
    switch (c.type()) {
      case STRING:
        if (abs) {
          return 0;
        }
        if (ni || nj) {
          return Boolean.compare(!ni, !nj);
        }
        return c.getString(i).compareTo(c.getString(j));
      case BOOLEAN: {
        if (abs) {
          return Boolean.compare(!ni && c.getBoolean(i), !nj && c.getBoolean(j));
        }
        if (ni || nj) {
          return Boolean.compare(!ni, !nj);
        }
        return Boolean.compare(c.getBoolean(i), c.getBoolean(j));
      }
      case FLOAT: {
        if ((ni || nj) && !nullIsZero) {
          return Boolean.compare(!ni, !nj);
        }
        double a = ni ? 0 : c.getDouble(i);
        double b = nj ? 0 : c.getDouble(j);
        return abs ? Double.compare(Math.abs(a), Math.abs(b)) : Double.compare(a + 0.0, b + 0.0);
      }
      case DATE:
        if (ni || nj) {
          return Boolean.compare(!ni, !nj);
        }
        return Integer.compare(c.getInt(i), c.getInt(j));
      case DATETIME:
        if (ni || nj) {
          return Boolean.compare(!ni, !nj);
        }
        return Long.compare(c.getLong(i), c.getLong(j));
      default: {
        if ((ni || nj) && !nullIsZero) {
          return Boolean.compare(!ni, !nj);
        }
        long a = ni ? 0 : c.getLong(i);
        long b = nj ? 0 : c.getLong(j);
        return abs ? Long.compare(Math.abs(a), Math.abs(b)) : Long.compare(a, b);
      }
    }
  }

  /** Orders two non-null results of the same type, from two columns. */
  static int compare(AggregateColumn a, int i, AggregateColumn b, int j) {
    switch (a.type()) {
      case STRING: return a.getString(i).compareTo(b.getString(j));
      case BOOLEAN: return Boolean.compare(a.getBoolean(i), b.getBoolean(j));
      case FLOAT: return Double.compare(a.getDouble(i) + 0.0, b.getDouble(j) + 0.0);
      case DATE: return Integer.compare(a.getInt(i), b.getInt(j));
      default: return Long.compare(a.getLong(i), b.getLong(j));
    }
  }

  /** Whether two results are the same value (nulls equal each other only). */
  static boolean same(AggregateColumn a, int i, AggregateColumn b, int j) {
    if (a.isNull(i) || b.isNull(j)) {
      return a.isNull(i) && b.isNull(j);
    }
    switch (a.type()) {
      case STRING: return a.getString(i).equals(b.getString(j));
      case BOOLEAN: return a.getBoolean(i) == b.getBoolean(j);
      case FLOAT: return Double.compare(a.getDouble(i), b.getDouble(j)) == 0;
      case DATE: return a.getInt(i) == b.getInt(j);
      default: return a.getLong(i) == b.getLong(j);
    }
  }
}
