package dev.parallax.server.protocol;

import dev.parallax.server.protocol.wire.Wire;

/** Builders for replies: every reply echoes the request's {@code msg_id} and {@code entity_id}. */
public final class Responses {
  private Responses() {
  }

  /** A reply to {@code request}, its body still to be set. */
  public static Wire.Response.Builder to(Wire.Request request) {
    return Wire.Response.newBuilder().setMsgId(request.getMsgId()).setEntityId(request.getEntityId());
  }

  /** A push under a subscription: the subscribing request's ids. */
  public static Wire.Response.Builder push(int msgId, String entityId) {
    return Wire.Response.newBuilder().setMsgId(msgId).setEntityId(entityId);
  }

  public static Wire.Response error(int msgId, String entityId, String message, Wire.StatusCode code) {
    return push(msgId, entityId).setServerError(Wire.ServerError.newBuilder()
        .setMessage(message == null ? "Unknown error" : message).setStatusCode(code)).build();
  }
}
