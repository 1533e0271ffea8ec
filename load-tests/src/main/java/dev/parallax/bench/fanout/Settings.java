package dev.parallax.bench.fanout;

import dev.parallax.engine.ParallaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a fan-out run does, from system properties ({@code -Dfanout.NAME=...}):
 * {@code subscribers} (1,10,50,200: one level per count), {@code rows} (100000),
 * {@code batchRows} (500), {@code rate} (20 batches a second), {@code warmupSeconds}
 * (10: sent, not measured), {@code seconds} (20: measured), {@code drainSeconds} (30:
 * the most to wait for the last deltas), {@code verify} (false: keep each view's
 * copy and compare it with the server's at the end; costs client time),
 * {@code out} (load-tests/target/fan-out). Every one is bounded.
 */
record Settings(List<Integer> subscribers, int rows, int batchRows, double rate, int warmupSeconds, int seconds,
    int drainSeconds, boolean verify, Path out) {

  static final int MAX_SUBSCRIBERS = 2_000;
  static final int MAX_SECONDS = 600;

  Settings {
    if (subscribers.isEmpty()) {
      throw new ParallaxException("fanout.subscribers: no subscriber count given");
    }
    for (int n : subscribers) {
      within("fanout.subscribers", n, 1, MAX_SUBSCRIBERS);
    }
    within("fanout.rows", rows, 1, 10_000_000);
    within("fanout.batchRows", batchRows, 1, 1_000_000);
    if (!(rate > 0 && rate <= 1_000)) {
      throw new ParallaxException("fanout.rate must be in (0, 1000] batches a second, got " + rate);
    }
    within("fanout.warmupSeconds", warmupSeconds, 0, MAX_SECONDS);
    within("fanout.seconds", seconds, 1, MAX_SECONDS);
    within("fanout.drainSeconds", drainSeconds, 1, MAX_SECONDS);
  }

  static Settings fromSystemProperties() {
    Path defaultOut = Files.isDirectory(Path.of("load-tests")) ? Path.of("load-tests/target/fan-out")
        : Path.of("target/fan-out");
    return new Settings(counts(System.getProperty("fanout.subscribers", "1,10,50,200")),
        integer("rows", 100_000), integer("batchRows", 500), number("rate", 20), integer("warmupSeconds", 10),
        integer("seconds", 20), integer("drainSeconds", 30), Boolean.getBoolean("fanout.verify"),
        Path.of(System.getProperty("fanout.out", defaultOut.toString())));
  }

  /** Batches sent before measuring starts. */
  int warmupBatches() {
    return (int) Math.round(warmupSeconds * rate);
  }

  /** Batches sent in all, warm-up included. */
  int batches() {
    return warmupBatches() + Math.max(1, (int) Math.round(seconds * rate));
  }

  private static void within(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new ParallaxException(name + " must be in [" + min + ", " + max + "], got " + value);
    }
  }

  private static List<Integer> counts(String text) {
    List<Integer> out = new ArrayList<>();
    for (String part : text.split(",")) {
      out.add(toInt("subscribers", parse("subscribers", part.trim())));
    }
    return out;
  }

  private static int integer(String name, int fallback) {
    String v = System.getProperty("fanout." + name);
    return v == null ? fallback : toInt(name, parse(name, v.trim()));
  }

  private static int toInt(String name, Number n) {
    if (n instanceof Double || n.longValue() != n.intValue()) {
      throw new ParallaxException("fanout." + name + ": not a whole number in range: " + n);
    }
    return n.intValue();
  }

  private static double number(String name, double fallback) {
    String v = System.getProperty("fanout." + name);
    return v == null ? fallback : parse(name, v.trim()).doubleValue();
  }

  private static Number parse(String name, String text) {
    try {
      return text.contains(".") ? (Number) Double.parseDouble(text) : (Number) Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new ParallaxException("fanout." + name + ": not a number: '" + text + "'");
    }
  }
}
