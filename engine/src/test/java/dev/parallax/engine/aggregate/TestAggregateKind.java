package dev.parallax.engine.aggregate;

import dev.parallax.engine.column.IntegerWidth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.engine.column.ColumnType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The catalogue of aggregates: names, applicable types and result types as Perspective 5.5.1 has them. */
class TestAggregateKind {
  @Test
  void eachTypeOffersExactlyTheAggregatesPerspectiveAdvertises() throws IOException {
    JsonNode features;
    try (InputStream in = getClass().getResourceAsStream("/conformance/features.json")) {
      features = new ObjectMapper().readTree(in).get("aggregates");
    }
    for (ColumnType type : ColumnType.values()) {
      Set<String> advertised = new TreeSet<>();
      for (JsonNode a : features.get(type.label())) {
        advertised.add(a.isArray() ? a.get(0).asText() : a.asText());
      }
      Set<String> ours = new TreeSet<>();
      for (AggregateKind k : AggregateKind.values()) {
        if (k.appliesTo(type)) {
          ours.add(k.label());
        }
      }
      assertEquals(advertised, ours, type.label());
    }
  }

  @Test
  void argumentAggregatesAreTheOnesAdvertisedWithAnArgument() {
    for (AggregateKind k : AggregateKind.values()) {
      boolean listed = k == AggregateKind.WEIGHTED_MEAN || k == AggregateKind.MAX_BY || k == AggregateKind.MIN_BY;
      assertEquals(listed, k.takesArgument(), k.label());
    }
  }

  /** From {@code view.schema()} of Perspective 5.5.1 views. */
  @Test
  void resultTypesFollowPerspective() {
    assertEquals(ColumnType.INTEGER, AggregateKind.SUM.resultType(ColumnType.INTEGER));
    assertEquals(ColumnType.FLOAT, AggregateKind.SUM.resultType(ColumnType.FLOAT));
    assertEquals(ColumnType.FLOAT, AggregateKind.AVG.resultType(ColumnType.INTEGER));
    assertEquals(ColumnType.FLOAT, AggregateKind.STDDEV.resultType(ColumnType.INTEGER));
    assertEquals(ColumnType.FLOAT, AggregateKind.PCT_SUM_PARENT.resultType(ColumnType.INTEGER));
    assertEquals(ColumnType.FLOAT, AggregateKind.WEIGHTED_MEAN.resultType(ColumnType.INTEGER));
    assertEquals(ColumnType.INTEGER, AggregateKind.COUNT.resultType(ColumnType.STRING));
    assertEquals(ColumnType.INTEGER, AggregateKind.DISTINCT_COUNT.resultType(ColumnType.DATE));
    assertEquals(ColumnType.INTEGER, AggregateKind.MUL.resultType(ColumnType.INTEGER));
    assertEquals(ColumnType.DATE, AggregateKind.MEDIAN.resultType(ColumnType.DATE));
    assertEquals(ColumnType.STRING, AggregateKind.JOIN.resultType(ColumnType.STRING));
    assertEquals(ColumnType.BOOLEAN, AggregateKind.AND.resultType(ColumnType.BOOLEAN));
    assertEquals(ColumnType.DATETIME, AggregateKind.AVG.resultType(ColumnType.DATETIME));
  }

  @Test
  void defaultIsSumForNumbersAndCountOtherwise() {
    assertEquals(AggregateKind.SUM, AggregateKind.defaultFor(ColumnType.INTEGER));
    assertEquals(AggregateKind.SUM, AggregateKind.defaultFor(ColumnType.FLOAT));
    for (ColumnType t : new ColumnType[] {ColumnType.STRING, ColumnType.BOOLEAN, ColumnType.DATE, ColumnType.DATETIME}) {
      assertEquals(AggregateKind.COUNT, AggregateKind.defaultFor(t), t.label());
    }
  }

  @Test
  void labelsRoundTripAndUnknownLabelsAreNull() {
    for (AggregateKind k : AggregateKind.values()) {
      assertEquals(k, AggregateKind.byLabel(k.label()));
    }
    assertNull(AggregateKind.byLabel("Sum"));
    assertNull(AggregateKind.byLabel("median "));
  }

  /** Perspective's Arrow output: sum and count Int64, distinct count Uint32. */
  @Test
  void integerWidthsFollowPerspectiveArrowOutput() {
    Data d = new Data(Data.Tree.oneLevel(0)).column("x", ColumnType.INTEGER).column("s", ColumnType.STRING);
    assertEquals(IntegerWidth.INT64, d.spec("x", "sum").integerWidth());
    assertEquals(IntegerWidth.INT64, d.spec("s", "count").integerWidth());
    assertEquals(IntegerWidth.UINT32, d.spec("s", "distinct count").integerWidth());
    assertEquals(IntegerWidth.INT32, d.spec("x", "max").integerWidth());
  }
}
