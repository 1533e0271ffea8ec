package dev.parallax.server.verticle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.column.ColumnType;
import dev.parallax.server.protocol.WireTypes;
import dev.parallax.server.protocol.wire.Wire;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What get_features advertises, against what Perspective 5.5.1 advertises (the recorded fixture). */
class TestFeatures {
  private static final Path FIXTURE = Path.of("../engine/src/test/resources/conformance/features.json");

  private static JsonObject perspective() throws Exception {
    return new JsonObject(Files.readString(FIXTURE));
  }

  @Test
  void viewFeaturesAreAllOn() {
    Wire.GetFeaturesResp f = Features.get();
    assertTrue(f.getGroupBy() && f.getSplitBy() && f.getExpressions() && f.getOnUpdate() && f.getSort());
  }

  /** Every operator Perspective offers on a type, in its order; Parallax also offers "in" on non-strings. */
  @Test
  void filterOperatorsPerTypeIncludePerspectivesInItsOrder() throws Exception {
    JsonObject expected = perspective().getJsonObject("filter_ops");
    for (ColumnType type : ColumnType.values()) {
      List<String> ours = new ArrayList<>(
          Features.get().getFilterOpsOrThrow(WireTypes.toWire(type).getNumber()).getOptionsList());
      List<?> theirs = expected.getJsonArray(type.label()).getList();
      assertTrue(ours.containsAll(theirs), type.label() + ": " + ours);
      ours.retainAll(theirs);
      assertEquals(theirs, ours, type.label());
    }
  }

  @Test
  void aggregatesPerTypeArePerspectives() throws Exception {
    JsonObject expected = perspective().getJsonObject("aggregates");
    for (ColumnType type : ColumnType.values()) {
      Set<String> theirs = new TreeSet<>();
      for (Object o : expected.getJsonArray(type.label())) {
        theirs.add(o instanceof JsonArray ? ((JsonArray) o).getString(0) + " " + ((JsonArray) o).getJsonArray(1)
            : (String) o);
      }
      Set<String> ours = new TreeSet<>();
      for (Wire.GetFeaturesResp.AggregateArgs a
          : Features.get().getAggregatesOrThrow(WireTypes.toWire(type).getNumber()).getAggregatesList()) {
        List<String> args = new ArrayList<>();
        for (Wire.ColumnType t : a.getArgsList()) {
          args.add(WireTypes.fromWire(t).label());
        }
        ours.add(args.isEmpty() ? a.getName() : a.getName() + " " + new JsonArray(args));
      }
      assertEquals(theirs, ours, type.label());
    }
  }

  /** Each window aggregate as "name frames offset alpha result", the way both sides can be written. */
  private static String describe(String name, List<?> frames, boolean offset, boolean alpha, String result) {
    return name + " " + frames + " offset=" + offset + " alpha=" + alpha + " result=" + result;
  }

  @Test
  void windowAggregatesPerTypeArePerspectives() throws Exception {
    JsonObject expected = perspective().getJsonObject("window_aggregates");
    for (ColumnType type : ColumnType.values()) {
      List<String> theirs = new ArrayList<>();
      for (Object o : expected.getJsonArray(type.label())) {
        JsonObject a = (JsonObject) o;
        theirs.add(describe(a.getString("name"), a.getJsonArray("frames").getList(), a.getBoolean("offset"),
            a.getBoolean("alpha"), a.getString("result_type")));
      }
      List<String> ours = new ArrayList<>();
      for (Wire.WindowAggregateArgs a
          : Features.get().getWindowAggregatesOrThrow(WireTypes.toWire(type).getNumber()).getOptionsList()) {
        ours.add(describe(a.getName(), a.getFramesList(), a.getOffset(), a.getAlpha(),
            a.hasResultType() ? WireTypes.fromWire(a.getResultType()).label() : null));
      }
      assertEquals(theirs, ours, type.label());
    }
  }

  @Test
  void rollupModesArePerspectives() throws Exception {
    JsonObject p = perspective();
    List<String> group = new ArrayList<>();
    for (Wire.GroupRollupMode m : Features.get().getGroupRollupModeList()) {
      group.add(m.name().toLowerCase());
    }
    assertEquals(p.getJsonArray("group_rollup_mode").getList(), group);
    assertEquals(p.getJsonArray("split_rollup_mode").size(), Features.get().getSplitRollupModeCount());
  }
}
