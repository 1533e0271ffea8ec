package dev.parallax.engine.aggregate;

import dev.parallax.engine.column.ColumnType;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongArrays;
import it.unimi.dsi.fastutil.longs.LongCollection;
import it.unimi.dsi.fastutil.longs.LongIterator;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * The aggregates that need a group's values themselves, kept per group in
 * primitive collections (every value for the order statistics and "dominant",
 * the distinct values for the rest) plus the count of nulls; merging concatenates
 * or unites them. Observed in Perspective 5.5.1, in the input's type unless said:
 * <ul>
 * <li>"median", "q1", "q3": of the group's n values sorted ascending with nulls
 *     first, the element at index ⌊n·p⌋ for p = 1/2, 1/4, 3/4: integer
 *     {@code [1, 2, 3, 4]} has median 3, {@code [1, null, 3]} median 1, q1 null
 *     and q3 3. Floats only, when n·p is a whole number k, take the mean of the
 *     elements at k−1 and k (null if either is null): float {@code [1, 2, 3, 4]}
 *     has median 2.5, q1 1.5, q3 3.5.
 * <li>"distinct count" (integer): distinct values, null counting as one.
 * <li>"unique": the value when every row holds the same one, else null (a null
 *     among values makes it null).
 * <li>"distinct leaf": "unique" at a leaf group, null above. For strings a
 *     non-unique group (leaf or not) shows {@code ""}, a leaf of only nulls null.
 * <li>"dominant": the most frequent non-null value; of values equally frequent,
 *     the one that reached that frequency first in the {@link RowSequence}, which
 *     follows the tree ({@code [3, 1, 1, 3]} gives 1, {@code [2, 1]} gives 2, and a
 *     total over leaves a [1, 2], b [2, 1] gives 2); null when all are null.
 * <li>"join" (strings): {@code null} if there was one, then the distinct values
 *     sorted, separated by {@code ", "}.
 * </ul>
 * Nulls order first, as Perspective orders them in a table made from data (the
 * first batch of a table made from a schema orders them last, a quirk Parallax
 * does not copy).
 * Not invertible.
 */
final class CollectStore extends AggregateStore {
  private final ValueDomain domain;
  private final boolean keepAll;
  private final boolean keepSequence;
  private LongCollection[] values;
  private LongArrayList[] sequences;
  /** Non-null rows per group: a set of distinct values does not count them. */
  private long[] nonNull;
  /**
   * Each group's values sorted, kept from one write to the next until the group
   * changes: a live pivot writes a group's quantile several times per batch.
   */
  private long[][] sortedCache;

  CollectStore(AggregateSpec spec, int groups) {
    super(spec, groups);
    AggregateKind k = spec.kind();
    this.domain = new ValueDomain(spec.valueType());
    this.keepSequence = k == AggregateKind.DOMINANT;
    this.keepAll = keepSequence || k == AggregateKind.MEDIAN || k == AggregateKind.Q1
        || k == AggregateKind.Q3;
    this.values = new LongCollection[groups];
    this.nonNull = new long[groups];
    this.sequences = keepSequence ? new LongArrayList[groups] : null;
    this.sortedCache = new long[groups][];
  }

  @Override
  void grow(int groups) {
    values = Arrays.copyOf(values, groups);
    nonNull = Arrays.copyOf(nonNull, groups);
    sortedCache = Arrays.copyOf(sortedCache, groups);
    if (keepSequence) {
      sequences = Arrays.copyOf(sequences, groups);
    }
  }

  private LongCollection valuesOf(int group) {
    LongCollection c = values[group];
    if (c == null) {
      c = keepAll ? new LongArrayList() : new LongOpenHashSet();
      values[group] = c;
      if (keepSequence) {
        sequences[group] = new LongArrayList();
      }
    }
    return c;
  }

  @Override
  public void add(AggregateSource src, int group, int row) {
    rows[group]++;
    if (src.value.isValid(row)) {
      nonNull[group]++;
      sortedCache[group] = null;
      valuesOf(group).add(domain.folded(domain.read(src.value, row)));
      if (keepSequence) {
        sequences[group].add(src.sequence.at(row));
      }
    }
  }

  @Override
  void mergeState(int group, AggregateStore other, int otherGroup) {
    CollectStore o = (CollectStore) other;
    nonNull[group] += o.nonNull[otherGroup];
    LongCollection from = o.values[otherGroup];
    if (from == null || from.isEmpty()) {
      return;
    }
    LongCollection into = valuesOf(group);
    sortedCache[group] = null;
    for (LongIterator it = from.iterator(); it.hasNext(); ) {
      into.add(domain.adopt(o.domain, it.nextLong()));
    }
    if (keepSequence) {
      sequences[group].addAll(o.sequences[otherGroup]);
    }
  }

  @Override
  void resetState(int group) {
    values[group] = null;
    sortedCache[group] = null;
    nonNull[group] = 0;
    if (keepSequence) {
      sequences[group] = null;
    }
  }

  /** How many values {@code group} holds: all of them, or its distinct ones. */
  private int held(int group) {
    return values[group] == null ? 0 : values[group].size();
  }

  @Override
  void writeState(int group, GroupTree tree, AggregateColumn out, int outRow) {
    boolean anyNull = nonNull[group] < rows[group];
    switch (spec.kind()) {
      case MEDIAN:
        writeQuantile(group, 1, 2, out, outRow);
        break;
      case Q1:
        writeQuantile(group, 1, 4, out, outRow);
        break;
      case Q3:
        writeQuantile(group, 3, 4, out, outRow);
        break;
      case DISTINCT_COUNT:
        out.setLong(outRow, held(group) + (anyNull ? 1 : 0));
        break;
      case UNIQUE:
        writeUnique(group, anyNull, out, outRow);
        break;
      case DISTINCT_LEAF:
        writeDistinctLeaf(group, tree, anyNull, out, outRow);
        break;
      case DOMINANT:
        writeDominant(group, out, outRow);
        break;
      default:
        writeJoin(group, anyNull, out, outRow);
        break;
    }
  }

  /** Sorted values of {@code group} (nulls are not among them); the caller must not modify it. */
  private long[] sorted(int group) {
    long[] cached = sortedCache[group];
    if (cached != null) {
      return cached;
    }
    long[] v = values[group] == null ? new long[0] : values[group].toLongArray();
    long[] keys = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      keys[i] = domain.sortKey(v[i]);
    }
    LongArrays.quickSort(keys, v);
    sortedCache[group] = v;
    return v;
  }

  /** The quantile {@code num/den} of the group's rows, nulls first. */
  private void writeQuantile(int group, long num, long den, AggregateColumn out, int outRow) {
    long scaled = rows[group] * num;
    int k = (int) (scaled / den);
    long nulls = rows[group] - nonNull[group];
    boolean between = spec.valueType() == ColumnType.FLOAT && scaled % den == 0;
    // Element i of the sorted rows is null below index `nulls`, else value i - nulls.
    if (k < nulls || (between && k - 1 < nulls)) {
      out.setNull(outRow);
    } else if (between) {
      long[] v = sorted(group);
      out.setDouble(outRow, (domain.number(v[(int) (k - 1 - nulls)]) + domain.number(v[(int) (k - nulls)])) / 2);
    } else {
      domain.write(out, outRow, sorted(group)[(int) (k - nulls)]);
    }
  }

  private void writeUnique(int group, boolean anyNull, AggregateColumn out, int outRow) {
    if (anyNull || held(group) != 1) {
      out.setNull(outRow);
    } else {
      domain.write(out, outRow, values[group].iterator().nextLong());
    }
  }

  private void writeDistinctLeaf(int group, GroupTree tree, boolean anyNull, AggregateColumn out,
      int outRow) {
    boolean strings = spec.valueType() == ColumnType.STRING;
    if (tree.childCount(group) == 0 && !anyNull && held(group) == 1) {
      domain.write(out, outRow, values[group].iterator().nextLong());
    } else if (strings && (tree.childCount(group) > 0 || nonNull[group] > 0)) {
      out.setString(outRow, "");
    } else {
      out.setNull(outRow);
    }
  }

  private void writeDominant(int group, AggregateColumn out, int outRow) {
    int n = held(group);
    if (n == 0) {
      out.setNull(outRow);
      return;
    }
    long[] v = ((LongArrayList) values[group]).elements();
    long[] s = sequences[group].elements();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    IntArrays.quickSort(order, (a, b) -> Long.compare(s[a], s[b]));
    Long2IntOpenHashMap counts = new Long2IntOpenHashMap();
    long best = 0;
    int bestCount = 0;
    for (int i = 0; i < n; i++) {
      long x = v[order[i]];
      int c = counts.addTo(x, 1) + 1;
      if (c > bestCount) {
        bestCount = c;
        best = x;
      }
    }
    domain.write(out, outRow, best);
  }

  private void writeJoin(int group, boolean anyNull, AggregateColumn out, int outRow) {
    StringJoiner j = new StringJoiner(", ");
    if (anyNull) {
      j.add("null");
    }
    for (long v : sorted(group)) {
      j.add(domain.text(v));
    }
    out.setString(outRow, j.toString());
  }
}
