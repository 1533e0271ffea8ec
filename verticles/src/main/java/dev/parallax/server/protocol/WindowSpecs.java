package dev.parallax.server.protocol;

import com.google.protobuf.NullValue;
import dev.parallax.engine.window.WindowSpec;
import dev.parallax.server.protocol.wire.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A window column between its wire message ({@code WindowSpec}: source, op,
 * partition_by, order_by {column, desc}, one of rows / range / cumulative,
 * offset, alpha) and the JSON shape a client writes in a view config
 * ({@code {"column": "v", "aggregate": "sum", "order_by": ["t", "desc"], ...}}).
 */
public final class WindowSpecs {
  private WindowSpecs() {
  }

  /** The JSON form of a wire window, only the fields it carries. */
  public static Map<String, Object> toMap(Wire.WindowSpec w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("column", w.getSource());
    m.put("aggregate", w.getOp());
    if (w.getPartitionByCount() > 0) {
      m.put("partition_by", List.copyOf(w.getPartitionByList()));
    }
    if (w.hasOrderBy()) {
      m.put("order_by", List.of(w.getOrderBy().getColumn(), w.getOrderBy().getDesc() ? "desc" : "asc"));
    }
    switch (w.getFrameCase()) {
      case ROWS:
        m.put("rows", Integer.toUnsignedLong(w.getRows()));
        break;
      case RANGE:
        m.put("range", w.getRange());
        break;
      case CUMULATIVE:
        m.put("cumulative", true);
        break;
      default:
        break;
    }
    if (w.hasOffset()) {
      m.put("offset", Integer.toUnsignedLong(w.getOffset()));
    }
    if (w.hasAlpha()) {
      m.put("alpha", w.getAlpha());
    }
    return m;
  }

  /** The wire form of a parsed window. */
  public static Wire.WindowSpec fromSpec(WindowSpec s) {
    Wire.WindowSpec.Builder b = Wire.WindowSpec.newBuilder()
        .setSource(s.source())
        .setOp(s.op().label())
        .addAllPartitionBy(s.partitionBy());
    if (s.orderBy() != null) {
      b.setOrderBy(Wire.WindowSpec.Order.newBuilder().setColumn(s.orderBy()).setDesc(s.descending()));
    }
    if (s.frame() != null) {
      switch (s.frame()) {
        case ROWS:
          b.setRows((int) s.rows());
          break;
        case RANGE:
          b.setRange(s.range());
          break;
        default:
          b.setCumulative(NullValue.NULL_VALUE);
          break;
      }
    }
    if (s.offset() != null) {
      b.setOffset(s.offset().intValue());
    }
    if (s.alpha() != null) {
      b.setAlpha(s.alpha());
    }
    return b.build();
  }
}
