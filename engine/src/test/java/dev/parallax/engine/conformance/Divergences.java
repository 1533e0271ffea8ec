package dev.parallax.engine.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps where Parallax is knowingly different from Perspective, each with its
 * reason, read from {@code divergences.json}:
 * {@code {"corpus": {"case": {"steps": [-1, 3], "reason": "…"}}}} (step -1 is the
 * table's creation). A listed step that agrees again is reported, so the list
 * never outlives its reasons.
 */
final class Divergences {
  private final Map<String, Case> cases = new HashMap<>();

  static Divergences load(JsonNode root, String corpus) {
    Divergences d = new Divergences();
    JsonNode entries = root.path(corpus);
    entries.fields().forEachRemaining(e -> {
      Set<Integer> steps = new HashSet<>();
      for (JsonNode s : e.getValue().get("steps")) {
        steps.add(s.asInt());
      }
      if (e.getValue().path("reason").asText().isEmpty()) {
        throw new IllegalArgumentException("divergence " + corpus + "/" + e.getKey() + " gives no reason");
      }
      d.cases.put(e.getKey(), new Case(steps));
    });
    return d;
  }

  Case forCase(String name) {
    return cases.getOrDefault(name, new Case(Set.of()));
  }

  static final class Case {
    private final Set<Integer> steps;
    private final Set<Integer> used = new HashSet<>();

    Case(Set<Integer> steps) {
      this.steps = steps;
    }

    boolean permits(int step) {
      if (steps.contains(step)) {
        used.add(step);
        return true;
      }
      return false;
    }

    List<String> unused() {
      List<String> out = new ArrayList<>();
      for (int s : steps) {
        if (!used.contains(s)) {
          out.add("step " + s);
        }
      }
      return out;
    }
  }
}
