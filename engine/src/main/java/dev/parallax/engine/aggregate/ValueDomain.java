package dev.parallax.engine.aggregate;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Dictionary;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Values of one column type as the longs that states keep, each exact: integers,
 * dates (days), datetimes (epoch ms) and booleans (0 or 1) as themselves, floats
 * as their IEEE bits. Strings become codes of a dictionary the store owns, so
 * that states from stores fed by different tables (partitions) merge by
 * translating codes once per dictionary, never by comparing strings per row.
 * Order, arithmetic and output go through the domain, which knows the encoding.
 */
final class ValueDomain {
  /** Perspective reads a null date cell as 0000-00-00, which it shows as this day. */
  static final int NULL_DATE_DAYS = -719529;

  final ColumnType type;
  private final boolean floats;
  private final Dictionary dictionary;
  /** For each dictionary values came from, its codes' codes in {@link #dictionary} (-1: not yet seen). */
  private final Map<Dictionary, int[]> maps = new IdentityHashMap<>();
  private Dictionary lastSource;
  private int[] lastMap = new int[0];

  ValueDomain(ColumnType type) {
    this.type = type;
    this.floats = type == ColumnType.FLOAT;
    this.dictionary = type == ColumnType.STRING ? new Dictionary() : null;
  }

  /** The value of a valid row of {@code c}, a column of this domain's type. */
  long read(Column c, int row) {
    switch (type) {
      case INTEGER:
      case DATE:
        return ((IntColumn) c).getLong(row);
      case DATETIME:
        return ((LongColumn) c).getLong(row);
      case FLOAT:
        return Double.doubleToRawLongBits(((DoubleColumn) c).getDouble(row));
      case BOOLEAN:
        return ((BoolColumn) c).getBoolean(row) ? 1 : 0;
      case STRING:
        StringColumn s = (StringColumn) c;
        return translate(s.dictionary(), s.getCode(row));
      default:
        throw new AssertionError(type);
    }
  }

  /**
   * What Perspective reads from a null cell where an aggregate does not skip
   * nulls ("any" of only nulls, "high", "low"): the type's zero (0.0's bits are 0).
   */
  long zero() {
    switch (type) {
      case DATE: return NULL_DATE_DAYS;
      case STRING: return dictionary.encode("");
      default: return 0;
    }
  }

  /** Whether {@code v} is a number or boolean zero (-0.0 included). */
  boolean isZero(long v) {
    return floats ? number(v) == 0 : v == 0;
  }

  /** {@code v} with -0.0 folded into 0.0, which Perspective counts as one value. */
  long folded(long v) {
    return floats && number(v) == 0 ? 0L : v;
  }

  /** {@code v} as a number: a float's value, any other value itself. */
  double number(long v) {
    return floats ? Double.longBitsToDouble(v) : v;
  }

  /** {@code a - b}, in this domain's arithmetic. */
  long minus(long a, long b) {
    return floats ? Double.doubleToRawLongBits(number(a) - number(b)) : a - b;
  }

  /** The greater of two values, as {@link #compare} orders them. */
  long max(long a, long b) {
    return compare(a, b) >= 0 ? a : b;
  }

  /** The lesser of two values, as {@link #compare} orders them. */
  long min(long a, long b) {
    return compare(a, b) <= 0 ? a : b;
  }

  /** {@code v}, a value of domain {@code from}, as a value of this domain. */
  long adopt(ValueDomain from, long v) {
    return dictionary == null ? v : translate(from.dictionary, (int) v);
  }

  private int translate(Dictionary source, int code) {
    if (source != lastSource) {
      // Merges alternate between partitions' dictionaries: keep one map for each.
      if (lastSource != null) {
        maps.put(lastSource, lastMap);
      }
      int[] known = maps.get(source);
      lastSource = source;
      lastMap = known == null ? new int[0] : known;
    }
    if (code >= lastMap.length) {
      int old = lastMap.length;
      lastMap = Arrays.copyOf(lastMap, Math.max(code + 1, source.size()));
      Arrays.fill(lastMap, old, lastMap.length, -1);
    }
    int mine = lastMap[code];
    if (mine < 0) {
      mine = dictionary.encode(source.decode(code));
      lastMap[code] = mine;
    }
    return mine;
  }

  /** Orders two values of this domain: strings by their text, the rest by number. */
  int compare(long a, long b) {
    if (floats) {
      return Double.compare(number(a), number(b));
    }
    if (dictionary == null) {
      return Long.compare(a, b);
    }
    int[] ranks = dictionary.ranks();
    return Integer.compare(ranks[(int) a], ranks[(int) b]);
  }

  /** A sort key for {@code v} whose signed order is {@link #compare}'s. */
  long sortKey(long v) {
    if (floats) {
      // Negative floats' bits order backwards: flip all but the sign bit.
      return v ^ ((v >> 63) & Long.MAX_VALUE);
    }
    return dictionary == null ? v : dictionary.ranks()[(int) v];
  }

  /** Writes {@code v} as a result of this domain's type. */
  void write(AggregateColumn out, int row, long v) {
    switch (type) {
      case FLOAT: out.setDouble(row, number(v)); break;
      case STRING: out.setString(row, dictionary.decode((int) v)); break;
      case BOOLEAN: out.setBoolean(row, v != 0); break;
      default: out.setLong(row, v); break;
    }
  }

  /** The text of string value {@code v}. */
  String text(long v) {
    return dictionary.decode((int) v);
  }
}
