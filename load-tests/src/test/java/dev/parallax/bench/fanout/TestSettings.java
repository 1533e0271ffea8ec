package dev.parallax.bench.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.ParallaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fan-out settings: bounded, and named in the message when out of bounds. */
class TestSettings {
  private static Settings with(List<Integer> subscribers, int seconds, double rate) {
    return new Settings(subscribers, 1_000, 10, rate, 1, seconds, 5, false, Path.of("out"));
  }

  @Test
  void warmUpAndMeasuredBatchesFollowTheRate() {
    Settings s = new Settings(List.of(1), 1_000, 10, 20, 5, 20, 5, false, Path.of("out"));
    assertEquals(100, s.warmupBatches());
    assertEquals(500, s.batches());
  }

  @Test
  void noSubscriberCountIsRejected() {
    assertTrue(assertThrows(ParallaxException.class, () -> with(List.of(), 1, 20)).getMessage()
        .contains("fanout.subscribers"));
  }

  @Test
  void aZeroSubscriberCountIsRejected() {
    assertTrue(assertThrows(ParallaxException.class, () -> with(List.of(10, 0), 1, 20)).getMessage()
        .contains("fanout.subscribers"));
  }

  @Test
  void aMeasuredTimeAboveTheBoundIsRejected() {
    assertTrue(assertThrows(ParallaxException.class, () -> with(List.of(1), Settings.MAX_SECONDS + 1, 20))
        .getMessage().contains("fanout.seconds"));
  }

  @Test
  void aZeroRateIsRejected() {
    assertTrue(assertThrows(ParallaxException.class, () -> with(List.of(1), 1, 0)).getMessage()
        .contains("fanout.rate"));
  }

  @Test
  void aSubscriberCountThatIsNotANumberIsRejected() {
    System.setProperty("fanout.subscribers", "1,ten");
    try {
      assertTrue(assertThrows(ParallaxException.class, Settings::fromSystemProperties).getMessage()
          .contains("'ten'"));
    } finally {
      System.clearProperty("fanout.subscribers");
    }
  }
}
