package dev.parallax.server.bridge;

import io.vertx.core.Future;
import io.vertx.ext.web.handler.sockjs.BridgeEvent;

/**
 * The embedding application's say on the event-bus bridge: asked about every
 * bridge event (a socket opening, a send, a register) before Parallax's own
 * checks, it may refuse any of them, e.g. unless {@code event.socket().webUser()}
 * is authorised. A refused socket is closed; a refused message is answered with
 * the bridge's {@code rejected} error. The bridge forwards each message once
 * its guard completes, so a guard that answers later for some messages than
 * for others reorders a connection's requests: answer at once where possible.
 */
@FunctionalInterface
public interface BridgeGuard {
  /** Lets everything through that the permitted addresses allow. */
  BridgeGuard ALLOW_ALL = event -> Future.succeededFuture(true);

  /** Completes with whether {@code event} may proceed; a failed future refuses it. */
  Future<Boolean> allow(BridgeEvent event);
}
