package dev.parallax.server.verticle;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.aggregate.AggregateKind;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.view.FilterOperator;
import dev.parallax.engine.window.WindowFrame;
import dev.parallax.engine.window.WindowOp;
import dev.parallax.server.protocol.WireTypes;
import dev.parallax.server.protocol.wire.Wire;
import java.util.List;

/**
 * What {@code get_features} advertises: exactly what the engine serves, so the
 * viewer hides the rest. Filter operators are spelled as Perspective 5.5.1
 * advertises them, in its order, keeping those the engine parses and applies;
 * aggregates come from the engine's own catalogue, those that take a column
 * advertising a float argument as Perspective does; window aggregates come from
 * the engine's window catalogue, with the frames, offset or alpha each takes and
 * its result type when that does not follow the source's.
 */
public final class Features {
  private static final List<String> FILTER_LABELS = List.of(
      "==", "!=", ">", ">=", "<", "<=", "begins with", "not begins with", "contains", "not contains",
      "ends with", "not ends with", "matches", "not matches", "in", "not in", "is not null", "is null");

  private static final Wire.GetFeaturesResp FEATURES = build();

  private Features() {
  }

  public static Wire.GetFeaturesResp get() {
    return FEATURES;
  }

  private static Wire.GetFeaturesResp build() {
    Wire.GetFeaturesResp.Builder b = Wire.GetFeaturesResp.newBuilder()
        .setGroupBy(true)
        .setSplitBy(true)
        .setExpressions(true)
        .setOnUpdate(true)
        .setSort(true)
        .addGroupRollupMode(Wire.GroupRollupMode.ROLLUP)
        .addGroupRollupMode(Wire.GroupRollupMode.FLAT)
        .addGroupRollupMode(Wire.GroupRollupMode.TOTAL)
        .addSplitRollupMode(Wire.SplitRollupMode.SPLIT_ROLLUP_MODE_FLAT)
        .addSplitRollupMode(Wire.SplitRollupMode.SPLIT_ROLLUP_MODE_ROLLUP);
    for (ColumnType type : ColumnType.values()) {
      Wire.GetFeaturesResp.ColumnTypeOptions.Builder ops = Wire.GetFeaturesResp.ColumnTypeOptions.newBuilder();
      for (String label : FILTER_LABELS) {
        if (supports(label, type)) {
          ops.addOptions(label);
        }
      }
      b.putFilterOps(WireTypes.toWire(type).getNumber(), ops.build());
      b.putAggregates(WireTypes.toWire(type).getNumber(), aggregates(type));
      b.putWindowAggregates(WireTypes.toWire(type).getNumber(), windowAggregates(type));
    }
    return b.build();
  }

  private static Wire.GetFeaturesResp.WindowAggregateOptions windowAggregates(ColumnType type) {
    Wire.GetFeaturesResp.WindowAggregateOptions.Builder out = Wire.GetFeaturesResp.WindowAggregateOptions.newBuilder();
    for (WindowOp op : WindowOp.values()) {
      if (op.appliesTo(type)) {
        Wire.WindowAggregateArgs.Builder a = Wire.WindowAggregateArgs.newBuilder()
            .setName(op.label())
            .setOffset(op.takesOffset())
            .setAlpha(op.takesAlpha());
        for (WindowFrame f : op.frames()) {
          a.addFrames(f.label());
        }
        if (op.fixedResultType() != null) {
          a.setResultType(WireTypes.toWire(op.fixedResultType()));
        }
        out.addOptions(a);
      }
    }
    return out.build();
  }

  private static Wire.GetFeaturesResp.AggregateOptions aggregates(ColumnType type) {
    Wire.GetFeaturesResp.AggregateOptions.Builder out = Wire.GetFeaturesResp.AggregateOptions.newBuilder();
    for (AggregateKind kind : AggregateKind.values()) {
      if (kind.appliesTo(type)) {
        Wire.GetFeaturesResp.AggregateArgs.Builder a = Wire.GetFeaturesResp.AggregateArgs.newBuilder()
            .setName(kind.label());
        if (kind.takesArgument()) {
          a.addArgs(WireTypes.toWire(ColumnType.FLOAT));
        }
        out.addAggregates(a);
      }
    }
    return out.build();
  }

  private static boolean supports(String label, ColumnType type) {
    try {
      return FilterOperator.of(label).appliesTo(type);
    } catch (ParallaxException e) {
      return false;
    }
  }
}
