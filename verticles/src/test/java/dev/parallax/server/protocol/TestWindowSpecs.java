package dev.parallax.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.NullValue;
import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.view.ViewConfig;
import dev.parallax.server.protocol.wire.Wire;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Window columns between the wire and the JSON form, both ways, as the 5.5.1 client encodes them. */
class TestWindowSpecs {
  private static Wire.ViewConfig withWindow(String name, Wire.WindowSpec w) {
    return Wire.ViewConfig.newBuilder().putWindows(name, w).build();
  }

  @Test
  void cumulativeWindowReadsAsItsJsonForm() {
    Wire.WindowSpec w = Wire.WindowSpec.newBuilder().setSource("v").setOp("sum").addPartitionBy("g")
        .setOrderBy(Wire.WindowSpec.Order.newBuilder().setColumn("t").setDesc(true))
        .setCumulative(NullValue.NULL_VALUE).build();
    Map<String, Object> m = ViewConfigs.toMap(withWindow("cum", w));
    assertEquals(Map.of("cum", Map.of("column", "v", "aggregate", "sum", "partition_by", List.of("g"),
        "order_by", List.of("t", "desc"), "cumulative", true)), m.get("windows"));
  }

  @Test
  void rowsRangeOffsetAndAlphaReadAsNumbers() {
    assertEquals(Map.of("column", "v", "aggregate", "avg", "rows", 3L),
        WindowSpecs.toMap(Wire.WindowSpec.newBuilder().setSource("v").setOp("avg").setRows(3).build()));
    assertEquals(Map.of("column", "v", "aggregate", "sum", "order_by", List.of("t", "asc"), "range", 2.5),
        WindowSpecs.toMap(Wire.WindowSpec.newBuilder().setSource("v").setOp("sum")
            .setOrderBy(Wire.WindowSpec.Order.newBuilder().setColumn("t")).setRange(2.5).build()));
    assertEquals(Map.of("column", "v", "aggregate", "lag", "offset", 2L),
        WindowSpecs.toMap(Wire.WindowSpec.newBuilder().setSource("v").setOp("lag").setOffset(2).build()));
    assertEquals(Map.of("column", "v", "aggregate", "ema", "alpha", 0.25),
        WindowSpecs.toMap(Wire.WindowSpec.newBuilder().setSource("v").setOp("ema").setAlpha(0.25).build()));
  }

  @Test
  void jsonFormGoesBackToTheSameWireMessage() {
    Wire.WindowSpec w = Wire.WindowSpec.newBuilder().setSource("v").setOp("max").addPartitionBy("g")
        .addPartitionBy("h").setOrderBy(Wire.WindowSpec.Order.newBuilder().setColumn("t")).setRange(1.5).build();
    Wire.ViewConfig wire = withWindow("m", w);
    assertEquals(w, ViewConfigs.fromMap(ViewConfigs.toMap(wire)).getWindowsOrThrow("m"));
  }

  @Test
  void engineParsesTheWindowsOfAWireConfig() {
    Wire.WindowSpec w = Wire.WindowSpec.newBuilder().setSource("v").setOp("lead").setOffset(3).build();
    ViewConfig c = ViewConfig.fromMap(ViewConfigs.toMap(withWindow("n", w)));
    assertEquals(3L, c.windows().get("n").offset());
  }

  @Test
  void reportedConfigCarriesNoWindows() {
    Wire.WindowSpec w = Wire.WindowSpec.newBuilder().setSource("v").setOp("sum").build();
    ViewConfig c = ViewConfig.fromMap(ViewConfigs.toMap(withWindow("s", w)));
    assertFalse(ViewConfigs.fromMap(c.toMap()).getWindowsCount() > 0);
  }

  @Test
  void unknownWindowAggregateFromTheWireIsRefused() {
    Wire.WindowSpec w = Wire.WindowSpec.newBuilder().setSource("v").setOp("median").build();
    assertThrows(ParallaxException.class, () -> ViewConfig.fromMap(ViewConfigs.toMap(withWindow("x", w))));
  }
}
