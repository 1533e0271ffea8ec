package dev.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.server.protocol.wire.Wire;
import org.junit.jupiter.api.Test;

/** A bridge whose resume period is 0: a session ends with its connection, as a WebSocket's does. */
class TestEventBusBridgeWithoutResume extends ServerTestBase {
  @Override
  protected ParallaxOptions options() {
    return new ParallaxOptions().setBridgeResumeMillis(0);
  }

  @Test
  void aDroppedConnectionsSessionEndsAtOnce() throws Exception {
    String token = BridgeClient.newToken();
    try (BridgeClient first = BridgeClient.connect(vertx, port, token)) {
      assertEquals("attached", first.attach());
      first.call(Requests.makeTable("t", Requests.rows("[{\"a\":1}]")));
      first.call(Requests.makeView("t", "v", Wire.ViewConfig.getDefaultInstance()));
    }
    awaitListeners("t", 0);
    try (BridgeClient again = BridgeClient.connect(vertx, port, token)) {
      assertEquals("attached", again.attach(), "a new session");
      assertEquals(Wire.StatusCode.VIEW_NOT_FOUND, error(again.call(Requests.toRows("v"))).getStatusCode());
    }
  }
}
