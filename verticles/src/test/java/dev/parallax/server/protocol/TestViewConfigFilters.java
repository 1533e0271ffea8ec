package dev.parallax.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.view.ViewConfig;
import dev.parallax.server.protocol.wire.Wire;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Filter operands of a reported config on the wire, as Perspective 5.5.1's
 * server sends them (read off its responses), so that its client reads back what
 * it reads from that server.
 */
class TestViewConfigFilters {
  private static List<Object> operands(String filterJson) {
    Wire.ViewConfig wire = ViewConfigs.fromMap(ViewConfig.parse("{\"filter\":[" + filterJson + "]}").toMap());
    List<Object> out = new ArrayList<>();
    for (Wire.Scalar s : wire.getFilter(0).getValueList()) {
      out.add(ViewConfigs.scalar(s));
    }
    return out;
  }

  @Test
  void aUnaryOperatorSendsOneNull() {
    assertEquals(Arrays.asList((Object) null), operands("[\"x\",\"is null\"]"));
  }

  @Test
  void aListSendsANullBeforeItsValuesForEachValue() {
    assertEquals(Arrays.asList(null, null, "a", "b"), operands("[\"x\",\"in\",[\"a\",\"b\"]]"));
  }

  @Test
  void aListOfOneValueSendsTwoSoThatItReadsBackAsAList() {
    assertEquals(Arrays.asList(null, "a"), operands("[\"x\",\"not in\",[\"a\"]]"));
  }

  @Test
  void anEmptyListSendsNothing() {
    assertEquals(List.of(), operands("[\"x\",\"in\",[]]"));
  }

  @Test
  void aComparisonSendsItsValue() {
    assertEquals(List.of("a"), operands("[\"x\",\"==\",\"a\"]"));
  }
}
