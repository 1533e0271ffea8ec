package dev.parallax.engine.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every recorded case of a corpus through the engine and compares each
 * step with what Perspective 5.5.1 answered (fixtures under
 * {@code conformance/}, recorded by {@code engine/src/test/node/generate.mjs}).
 * Where Parallax is knowingly different — it refuses input Perspective silently
 * mangles, or is right where Perspective has a defect — {@code divergences.json}
 * names the step and says why; any other difference fails.
 */
class TestConformance {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> tables() throws IOException {
    return corpus("tables");
  }

  @TestFactory
  Stream<DynamicTest> integers() throws IOException {
    return corpus("integers");
  }

  @TestFactory
  Stream<DynamicTest> flatViews() throws IOException {
    return corpus("flat");
  }

  @TestFactory
  Stream<DynamicTest> expressions() throws IOException {
    return corpus("expressions");
  }

  @TestFactory
  Stream<DynamicTest> pivots() throws IOException {
    return corpus("pivot");
  }

  @TestFactory
  Stream<DynamicTest> randomPivots() throws IOException {
    return corpus("pivot-random");
  }

  @TestFactory
  Stream<DynamicTest> windows() throws IOException {
    return corpus("windows");
  }

  private static Stream<DynamicTest> corpus(String name) throws IOException {
    JsonNode fixture = load(name + ".json");
    Divergences divergences = Divergences.load(load("divergences.json"), name);
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : fixture.get("cases")) {
      String caseName = c.get("name").asText();
      tests.add(DynamicTest.dynamicTest(caseName, () -> replay(c, divergences.forCase(caseName))));
    }
    return tests.stream();
  }

  private static void replay(JsonNode c, Divergences.Case allowed) {
    List<String> problems = new ArrayList<>();
    Replay replay = new Replay();
    JsonNode created = replay.createTable(c.get("table"));
    check(problems, allowed, -1, "table", c.get("table").get("expected"), created);
    if (replay.hasTable()) {
      JsonNode steps = c.get("steps");
      for (int i = 0; i < steps.size(); i++) {
        JsonNode step = steps.get(i);
        JsonNode expected = step.get("expected");
        if (expected != null && expected.has("skipped")) {
          continue;
        }
        JsonNode actual;
        try {
          actual = replay.step(step);
        } catch (RuntimeException e) {
          problems.add("step " + i + " (" + step.get("op").asText() + ") threw " + e);
          continue;
        }
        check(problems, allowed, i, step.get("op").asText(), expected, actual);
      }
    }
    List<String> unused = allowed.unused();
    if (!unused.isEmpty()) {
      problems.add("divergences.json allows differences that no longer occur: " + unused);
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  private static void check(List<String> problems, Divergences.Case allowed, int step, String op, JsonNode expected,
      JsonNode actual) {
    boolean expectedError = expected != null && expected.has("error");
    boolean actualError = actual != null && actual.has("error");
    String d;
    if (expectedError || actualError) {
      // Error texts are our own; what must agree is whether the step was refused.
      d = expectedError == actualError ? null
          : (expectedError ? "Perspective refused (" + expected.get("error").asText() + ") but we accepted"
              : "we refused (" + actual.get("error").asText() + ") but Perspective accepted");
    } else {
      d = JsonMatch.diff(expected, actual, "");
    }
    if (d != null && !allowed.permits(step)) {
      problems.add("step " + step + " (" + op + ")" + d);
    }
  }

  private static JsonNode load(String resource) throws IOException {
    try (InputStream in = TestConformance.class.getResourceAsStream("/conformance/" + resource)) {
      if (in == null) {
        throw new IOException("missing fixture conformance/" + resource);
      }
      return MAPPER.readTree(in);
    }
  }
}
