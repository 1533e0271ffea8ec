package dev.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.server.protocol.wire.Wire;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.bridge.BridgeEventType;
import io.vertx.ext.bridge.PermittedOptions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Perspective's protocol over the SockJS event-bus bridge ({@code /eventbus}),
 * driven with the bridge's raw JSON frames as a browser's vertx-eventbus.js sends
 * them: served like a WebSocket session, deny by default, one connection unable
 * to act or listen as another, bad payloads answered to their sender only, and a
 * dropped connection resumed.
 */
class TestEventBusBridge extends ServerTestBase {
  private static final Wire.ViewConfig FLAT = Wire.ViewConfig.getDefaultInstance();
  private static final int MAX_FRAME = 16 * 1024;
  private final List<BridgeClient> bridgeClients = new ArrayList<>();

  @Override
  protected ParallaxOptions options() {
    // The application permits one address of its own and refuses, through its guard, any body saying "forbidden".
    return new ParallaxOptions()
        .setMaxFrameBytes(MAX_FRAME)
        .setBridgeResumeMillis(5_000)
        .addBridgeInboundPermitted(new PermittedOptions().setAddress("app.inbox"))
        .setBridgeGuard(event -> Future.succeededFuture(event.type() != BridgeEventType.SEND
            || !"forbidden".equals(event.getRawMessage().getValue("body"))));
  }

  @AfterEach
  void closeBridgeClients() {
    for (BridgeClient c : bridgeClients) {
      c.close();
    }
  }

  private BridgeClient bridge(String token) throws Exception {
    BridgeClient c = BridgeClient.connect(vertx, port, token);
    bridgeClients.add(c);
    return c;
  }

  private BridgeClient attached() throws Exception {
    BridgeClient c = bridge(BridgeClient.newToken());
    assertEquals("attached", c.attach());
    return c;
  }

  @Test
  void protocolIsServedOverTheBridgeAsOverTheWebSocket() throws Exception {
    BridgeClient c = attached();
    assertEquals(Wire.Response.ClientRespCase.MAKE_TABLE_RESP,
        c.call(Requests.makeTable("t", Requests.rows("[{\"a\":1},{\"a\":2}]"))).getClientRespCase());
    assertEquals(Wire.Response.ClientRespCase.TABLE_MAKE_VIEW_RESP,
        c.call(Requests.makeView("t", "v", FLAT)).getClientRespCase());
    Wire.Response rows = c.call(Requests.toRows("v"));
    assertEquals("[{\"a\":1},{\"a\":2}]", rows.getViewToRowsStringResp().getJsonString());
  }

  @Test
  void pushesOfASubscriptionReachTheBrowser() throws Exception {
    BridgeClient c = attached();
    c.call(Requests.makeTable("t", Requests.rows("[{\"a\":1}]")));
    c.call(Requests.makeView("t", "v", FLAT));
    int sub = c.request(Requests.onUpdate("v", true));
    c.call(Requests.update("t", "[{\"a\":2}]"));
    assertTrue(c.response(sub).hasViewOnUpdateResp());
  }

  @Test
  void sendToAnAddressNotPermittedIsRefused() throws Exception {
    List<Object> delivered = new CopyOnWriteArrayList<>();
    vertx.eventBus().consumer("app.secret", m -> delivered.add(m.body()));
    BridgeClient c = attached();
    c.send("app.secret", "hello");
    assertEquals("access_denied", c.error().getString("body"));
    assertTrue(delivered.isEmpty(), "the message went through: " + delivered);
  }

  @Test
  void registeringAnAddressNotPermittedIsRefused() throws Exception {
    BridgeClient c = attached();
    c.frame(new JsonObject().put("type", "register").put("address", "app.secret"));
    assertEquals("access_denied", c.error().getString("body"));
  }

  @Test
  void applicationAddressesCanBePermittedAndItsGuardRefuses() throws Exception {
    List<Object> delivered = new CopyOnWriteArrayList<>();
    vertx.eventBus().consumer("app.inbox", m -> delivered.add(m.body()));
    BridgeClient c = attached();
    c.send("app.inbox", "forbidden");
    assertEquals("rejected", c.error().getString("body"));
    c.send("app.inbox", "hello");
    long deadline = System.currentTimeMillis() + WireClient.TIMEOUT_MS;
    while (delivered.isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(List.of("hello"), delivered);
  }

  @Test
  void requestsBeforeRegisteringAReplyAddressAreRefused() throws Exception {
    BridgeClient c = bridge(BridgeClient.newToken());
    c.request(Requests.size("nothing"));
    assertEquals("rejected", c.error().getString("body"));
  }

  @Test
  void anotherConnectionsReplyAddressCannotBeRegistered() throws Exception {
    BridgeClient owner = attached();
    BridgeClient thief = bridge(owner.token());
    thief.frame(new JsonObject().put("type", "register").put("address", owner.replyAddress()));
    assertEquals("rejected", thief.error().getString("body"));
  }

  @Test
  void aReplyAddressThatIsNotATokenIsRefused() throws Exception {
    BridgeClient c = bridge("short");
    c.frame(new JsonObject().put("type", "register").put("address", "parallax.replies.short"));
    assertEquals("rejected", c.error().getString("body"));
  }

  @Test
  void headersFromTheBrowserCannotSpeakForAnotherConnection() throws Exception {
    BridgeClient victim = attached();
    BridgeClient other = attached();
    other.frame(new JsonObject().put("type", "send").put("address", "parallax.requests")
        .put("headers", new JsonObject().put("parallax-token", victim.token()))
        .put("body", Base64.getUrlEncoder().encodeToString(Requests.size("nothing").setMsgId(7).build().toByteArray())));
    assertTrue(other.response(7).hasServerError(), "the sender itself is answered");
    assertNull(victim.pollResponse(7, 300), "the victim's session was not used");
  }

  @Test
  void payloadThatIsNotBase64urlGetsAnErrorToThatClientOnly() throws Exception {
    BridgeClient bad = attached();
    BridgeClient bystander = attached();
    bad.send("parallax.requests", "%%% not base64 %%%");
    Wire.ServerError e = error(bad.response(0));
    assertTrue(e.getMessage().contains("not base64url"), e.getMessage());
    assertBystanderUntouched(bystander);
  }

  @Test
  void payloadThatIsNotAStringGetsAnErrorToThatClientOnly() throws Exception {
    BridgeClient bad = attached();
    BridgeClient bystander = attached();
    bad.send("parallax.requests", new JsonObject().put("data", "AAAA"));
    Wire.ServerError e = error(bad.response(0));
    assertTrue(e.getMessage().contains("base64url strings"), e.getMessage());
    assertBystanderUntouched(bystander);
  }

  @Test
  void base64urlOfGarbageBytesGetsAnErrorToThatClientOnly() throws Exception {
    BridgeClient bad = attached();
    BridgeClient bystander = attached();
    bad.send("parallax.requests", Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xff, 0x13, 0x37, 0x00}));
    Wire.ServerError e = error(bad.response(0));
    assertTrue(e.getMessage().contains("Malformed request"), e.getMessage());
    assertBystanderUntouched(bystander);
    assertEquals(Wire.Response.ClientRespCase.MAKE_TABLE_RESP,
        bad.call(Requests.makeTable("after", Requests.rows("[{\"a\":1}]"))).getClientRespCase(),
        "the sender is still served");
  }

  @Test
  void oversizePayloadGetsAnErrorToThatClientOnly() throws Exception {
    BridgeClient bad = attached();
    BridgeClient bystander = attached();
    // Over the limit once decoded, yet under twice it: refused with an error, not a dropped connection.
    bad.send("parallax.requests", "A".repeat(MAX_FRAME * 3 / 2));
    Wire.ServerError e = error(bad.response(0));
    assertTrue(e.getMessage().contains("over the limit"), e.getMessage());
    assertBystanderUntouched(bystander);
  }

  @Test
  void publishingToParallaxAddressesIsRefused() throws Exception {
    BridgeClient c = attached();
    c.frame(new JsonObject().put("type", "publish").put("address", "parallax.requests").put("body", "AAAA"));
    assertEquals("rejected", c.error().getString("body"));
  }

  @Test
  void aDroppedConnectionResumesItsSessionWithTheSameToken() throws Exception {
    BridgeClient first = attached();
    first.call(Requests.makeTable("t", Requests.rows("[{\"a\":1}]")));
    first.call(Requests.makeView("t", "v", FLAT));
    int sub = first.request(Requests.onUpdate("v", true));
    first.close();
    Thread.sleep(200);
    WireClient writer = client();
    writer.call(Requests.update("t", "[{\"a\":2}]"));

    BridgeClient again = bridge(first.token());
    assertEquals("resumed", again.attach());
    assertTrue(again.response(sub).hasViewOnUpdateResp(), "the push made while away arrives");
    assertEquals("[{\"a\":1},{\"a\":2}]", again.call(Requests.toRows("v")).getViewToRowsStringResp().getJsonString());
  }

  @Test
  void aSessionNotResumedInTimeIsClosed() throws Exception {
    BridgeClient first = attached();
    first.call(Requests.makeTable("t", Requests.rows("[{\"a\":1}]")));
    first.call(Requests.makeView("t", "v", FLAT));
    first.close();
    awaitListeners("t", 0);
    BridgeClient again = bridge(first.token());
    assertEquals("attached", again.attach(), "a new session");
    assertEquals(Wire.StatusCode.VIEW_NOT_FOUND, error(again.call(Requests.toRows("v"))).getStatusCode());
  }

  private void assertBystanderUntouched(BridgeClient bystander) throws Exception {
    assertNull(bystander.pollResponse(0, 300), "the other client got the error too");
    assertEquals(Wire.Response.ClientRespCase.MAKE_TABLE_RESP,
        bystander.call(Requests.makeTable("b" + System.nanoTime(), Requests.rows("[{\"a\":1}]"))).getClientRespCase());
  }
}
