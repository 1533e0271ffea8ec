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
 * Values of one column type as the doubles that states keep: exact for integers
 * up to 2^53 in magnitude (larger ones are rounded to the nearest double), dates
 * (days), datetimes (epoch ms, exact to year 285,000), booleans (0 or 1) and floats. Strings become codes of a dictionary the store owns, so
 * that states from stores fed by different tables (partitions) merge by
 * translating codes once per dictionary, never by comparing strings per row.
 */
final class ValueDomain {
  /** Perspective reads a null date cell as 0000-00-00, which it shows as this day. */
  static final int NULL_DATE_DAYS = -719529;

  final ColumnType type;
  private final Dictionary dictionary;
  /** For each dictionary values came from, its codes' codes in {@link #dictionary} (-1: not yet seen). */
  private final Map<Dictionary, int[]> maps = new IdentityHashMap<>();
  private Dictionary lastSource;
  private int[] lastMap = new int[0];

  ValueDomain(ColumnType type) {
    this.type = type;
    this.dictionary = type == ColumnType.STRING ? new Dictionary() : null;
  }

  /** The value of a valid row of {@code c}, a column of this domain's type. */
  double read(Column c, int row) {
    switch (type) {
      case INTEGER:
      case DATE:
        return ((IntColumn) c).getLong(row);
      case DATETIME:
        return ((LongColumn) c).getLong(row);
      case FLOAT:
        return ((DoubleColumn) c).getDouble(row);
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
   * nulls ("any" of only nulls, "high", "low"): the type's zero.
   */
  double zero() {
    switch (type) {
      case DATE: return NULL_DATE_DAYS;
      case STRING: return dictionary.encode("");
      default: return 0;
    }
  }

  /** {@code v}, a value of domain {@code from}, as a value of this domain. */
  double adopt(ValueDomain from, double v) {
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
  int compare(double a, double b) {
    if (dictionary == null) {
      return Double.compare(a, b);
    }
    int[] ranks = dictionary.ranks();
    return Integer.compare(ranks[(int) a], ranks[(int) b]);
  }

  /** A sort key for {@code v} that orders as {@link #compare} does. */
  double sortKey(double v) {
    return dictionary == null ? v : dictionary.ranks()[(int) v];
  }

  /** Writes {@code v} as a result of this domain's type. */
  void write(AggregateColumn out, int row, double v) {
    switch (type) {
      case FLOAT: out.setDouble(row, v); break;
      case STRING: out.setString(row, dictionary.decode((int) v)); break;
      case BOOLEAN: out.setBoolean(row, v != 0); break;
      default: out.setLong(row, (long) v); break;
    }
  }

  /** The text of string value {@code v}. */
  String text(double v) {
    return dictionary.decode((int) v);
  }
}
