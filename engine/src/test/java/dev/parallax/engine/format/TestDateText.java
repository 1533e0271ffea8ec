package dev.parallax.engine.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TestDateText {

  @Test
  void epochDayAgreesWithJavaTimeAcrossCenturiesAndLeapYears() {
    for (LocalDate d = LocalDate.of(-1, 1, 1); d.isBefore(LocalDate.of(2401, 1, 1)); d = d.plusDays(13)) {
      assertEquals(d.toEpochDay(), DateText.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), d.toString());
    }
  }

  @Test
  void leapDaysAreRealOnlyInLeapYears() {
    DateText t = new DateText();
    assertTrue(t.parse("2024-02-29"));
    assertTrue(t.parse("2000-02-29"));
    assertFalse(t.parse("1900-02-29"));
    assertFalse(t.parse("2023-02-29"));
  }

  @Test
  void twelveAmIsMidnightAndTwelvePmIsNoon() {
    DateText t = new DateText();
    assertTrue(t.parse("01/02/2024, 12:00:00 AM"));
    assertEquals(LocalDate.of(2024, 1, 2).toEpochDay() * 86_400_000L, t.epochMillis);
    assertTrue(t.parse("01/02/2024, 12:30:00 PM"));
    assertEquals(LocalDate.of(2024, 1, 2).toEpochDay() * 86_400_000L + 45_000_000L, t.epochMillis);
  }

  @Test
  void hoursMinutesAndSecondsOutOfRangeAreRefused() {
    DateText t = new DateText();
    assertFalse(t.parse("2024-01-01 24:00:00"));
    assertFalse(t.parse("2024-01-01 10:60:00"));
    assertFalse(t.parse("2024-01-01 10:00:60"));
  }

  @Test
  void aFieldIsNotReusedFromAnEarlierParse() {
    DateText t = new DateText();
    assertTrue(t.parse("2024-01-01T10:00:00.999+05:00"));
    assertTrue(t.parse("2024-01-01"));
    assertEquals(LocalDate.of(2024, 1, 1).toEpochDay() * 86_400_000L, t.epochMillis);
  }
}
