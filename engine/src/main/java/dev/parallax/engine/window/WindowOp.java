package dev.parallax.engine.window;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnType;
import java.util.List;

/**
 * The window aggregates of Perspective 5.5.1, with what each accepts: the frames
 * it can run over (none for the offset aggregates), whether it takes an
 * {@code offset} or an {@code alpha}, which source types it reads and the type
 * it yields.
 */
public enum WindowOp {
  SUM("sum", true, false, false, true, ColumnType.FLOAT),
  AVG("avg", true, false, false, true, ColumnType.FLOAT),
  COUNT("count", true, false, false, false, ColumnType.INTEGER),
  MIN("min", true, false, false, false, null),
  MAX("max", true, false, false, false, null),
  STDDEV("stddev", true, false, false, true, ColumnType.FLOAT),
  VAR("var", true, false, false, true, ColumnType.FLOAT),
  LAG("lag", false, true, false, false, null),
  LEAD("lead", false, true, false, false, null),
  DIFF("diff", false, true, false, true, ColumnType.FLOAT),
  RATE("rate", false, false, false, true, ColumnType.FLOAT),
  EMA("ema", false, false, true, true, ColumnType.FLOAT);

  private final String label;
  private final boolean framed;
  private final boolean offset;
  private final boolean alpha;
  private final boolean numeric;
  private final ColumnType result;

  WindowOp(String label, boolean framed, boolean offset, boolean alpha, boolean numeric, ColumnType result) {
    this.label = label;
    this.framed = framed;
    this.offset = offset;
    this.alpha = alpha;
    this.numeric = numeric;
    this.result = result;
  }

  /** The name a config gives it. */
  public String label() {
    return label;
  }

  /** The op called {@code label}; an unknown name is a {@link ParallaxException}. */
  public static WindowOp of(String label) {
    for (WindowOp op : values()) {
      if (op.label.equals(label)) {
        return op;
      }
    }
    throw new ParallaxException("Window `op` not implemented in this build: " + label);
  }

  /** The frames it runs over, as {@code get_features} names them; empty for none. */
  public List<WindowFrame> frames() {
    if (framed) {
      return List.of(WindowFrame.ROWS, WindowFrame.RANGE, WindowFrame.CUMULATIVE);
    }
    return this == RATE ? List.of(WindowFrame.RANGE) : List.of();
  }

  /** Whether it takes an {@code offset} (lag, lead, diff). */
  public boolean takesOffset() {
    return offset;
  }

  /** Whether it takes an {@code alpha} (ema). */
  public boolean takesAlpha() {
    return alpha;
  }

  /** Whether it reads a source of {@code type}. */
  public boolean appliesTo(ColumnType type) {
    return numeric ? type == ColumnType.INTEGER || type == ColumnType.FLOAT : true;
  }

  /** Its result's type over a source of {@code source}. */
  public ColumnType resultType(ColumnType source) {
    return result == null ? source : result;
  }

  /** Its result type when fixed whatever the source, else null (it keeps the source's type). */
  public ColumnType fixedResultType() {
    return result;
  }
}
