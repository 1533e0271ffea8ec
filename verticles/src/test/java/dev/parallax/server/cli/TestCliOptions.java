package dev.parallax.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.format.Format;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TestCliOptions {
  @Test
  void defaultsAreLoopbackPort8080NoTables() {
    CliOptions o = CliOptions.parse(new String[0]);
    assertEquals("127.0.0.1", o.host);
    assertEquals(8080, o.port);
    assertTrue(o.loads.isEmpty());
  }

  @Test
  void loadTakesNamePathIndexAndLimit() {
    CliOptions o = CliOptions.parse(new String[] {"--load", "a=data/a.csv,index=id", "--load", "b=b.arrow,limit=10",
        "--demo", "--port", "9000", "--host", "0.0.0.0"});
    assertEquals(new CliOptions.Load("a", "data/a.csv", "id", 0), o.loads.get(0));
    assertEquals(new CliOptions.Load("b", "b.arrow", null, 10), o.loads.get(1));
    assertTrue(o.demo);
    assertEquals(9000, o.port);
    assertEquals("0.0.0.0", o.host);
  }

  @Test
  void badArgumentsSayWhatIsWrong() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CliOptions.parse(new String[] {"--nope"}))
        .getMessage().contains("--nope"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CliOptions.parse(new String[] {"--port"}))
        .getMessage().contains("needs a value"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CliOptions.parse(new String[] {"--port", "x"}))
        .getMessage().contains("number"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CliOptions.parse(new String[] {"--port", "70000"}))
        .getMessage().contains("0..65535"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CliOptions.parse(new String[] {"--load", "noequals"}))
        .getMessage().contains("NAME=PATH"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CliOptions.parse(new String[] {"--load", "a=b.csv,limit=0"}))
        .getMessage().contains("limit"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CliOptions.parse(new String[] {"--load", "a=b.csv,color=red"}))
        .getMessage().contains("color=red"));
  }

  @Test
  void helpIsRecognised() {
    assertTrue(CliOptions.parse(new String[] {"--help"}).help);
    assertTrue(CliOptions.parse(new String[] {"-h"}).help);
  }

  @Test
  void fileFormatFollowsTheExtension() {
    byte[] rows = "[{\"a\":1}]".getBytes(StandardCharsets.UTF_8);
    byte[] cols = "{\"a\":[1]}".getBytes(StandardCharsets.UTF_8);
    assertEquals(Format.CSV, Main.format("x.CSV", rows));
    assertEquals(Format.ARROW, Main.format("x.arrow", rows));
    assertEquals(Format.NDJSON, Main.format("x.ndjson", rows));
    assertEquals(Format.JSON_ROWS, Main.format("x.json", rows));
    assertEquals(Format.JSON_COLUMNS, Main.format("x.json", cols));
    assertThrows(IllegalArgumentException.class, () -> Main.format("x.xlsx", rows));
  }
}
