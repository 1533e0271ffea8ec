package dev.parallax.engine.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.column.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window aggregate catalogue, as Perspective 5.5.1's get_features lists it. */
class TestWindowOp {
  @Test
  void numericAggregatesReadIntegersAndFloatsOnly() {
    for (WindowOp op : List.of(WindowOp.SUM, WindowOp.AVG, WindowOp.STDDEV, WindowOp.VAR, WindowOp.DIFF,
        WindowOp.RATE, WindowOp.EMA)) {
      assertTrue(op.appliesTo(ColumnType.INTEGER), op.label());
      assertTrue(op.appliesTo(ColumnType.FLOAT), op.label());
      assertFalse(op.appliesTo(ColumnType.DATE), op.label());
      assertFalse(op.appliesTo(ColumnType.STRING), op.label());
    }
  }

  @Test
  void countExtremesAndShiftsReadEveryType() {
    for (WindowOp op : List.of(WindowOp.COUNT, WindowOp.MIN, WindowOp.MAX, WindowOp.LAG, WindowOp.LEAD)) {
      for (ColumnType t : ColumnType.values()) {
        assertTrue(op.appliesTo(t), op.label() + " " + t);
      }
    }
  }

  @Test
  void extremesAndShiftsKeepTheSourceType() {
    assertEquals(ColumnType.DATE, WindowOp.MIN.resultType(ColumnType.DATE));
    assertEquals(ColumnType.STRING, WindowOp.LAG.resultType(ColumnType.STRING));
    assertEquals(ColumnType.INTEGER, WindowOp.COUNT.resultType(ColumnType.STRING));
    assertEquals(ColumnType.FLOAT, WindowOp.SUM.resultType(ColumnType.INTEGER));
  }

  @Test
  void framesOffsetsAndAlphaGoWhereTheyApply() {
    assertEquals(List.of(WindowFrame.ROWS, WindowFrame.RANGE, WindowFrame.CUMULATIVE), WindowOp.VAR.frames());
    assertEquals(List.of(WindowFrame.RANGE), WindowOp.RATE.frames());
    assertEquals(List.of(), WindowOp.EMA.frames());
    assertTrue(WindowOp.DIFF.takesOffset());
    assertTrue(WindowOp.EMA.takesAlpha());
    assertFalse(WindowOp.SUM.takesOffset());
  }
}
