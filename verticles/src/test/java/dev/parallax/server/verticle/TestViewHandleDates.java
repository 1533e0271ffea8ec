package dev.parallax.server.verticle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TestViewHandleDates {
  @Test
  void minMaxOfADateTravelsInPerspectivesPackedForm() {
    // Recorded from Perspective 5.5.1 (conformance fixtures): 2024-01-31 is 132644895, 2023-01-01 is 132579329.
    assertEquals(132644895L, ViewHandle.packedDate(LocalDate.of(2024, 1, 31).toEpochDay()));
    assertEquals(132579329L, ViewHandle.packedDate(LocalDate.of(2023, 1, 1).toEpochDay()));
  }

  @Test
  void minMaxOfAnEmptyDateColumnStaysNull() {
    assertNull(ViewHandle.packedDate(null));
  }
}
