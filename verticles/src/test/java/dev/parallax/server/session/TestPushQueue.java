package dev.parallax.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A slow reader's pushes wait, coalesce and stay within bounds. */
class TestPushQueue {
  private static final long LIMIT = 1000;

  /** A transport whose backlog the test controls. */
  private static final class FakeTransport implements Transport {
    final List<String> sent = new ArrayList<>();
    boolean backedUp;
    Runnable drain;
    String closedFor;

    @Override
    public void send(Buffer frame) {
      sent.add(frame.toString());
    }

    @Override
    public boolean isBackedUp() {
      return backedUp;
    }

    @Override
    public void onDrain(Runnable handler) {
      drain = handler;
    }

    @Override
    public void close(String reason) {
      closedFor = reason;
    }

    void catchUp() {
      backedUp = false;
      Runnable r = drain;
      drain = null;
      r.run();
    }
  }

  private final FakeTransport transport = new FakeTransport();
  private final PushQueue queue = new PushQueue(transport, LIMIT);
  private final AtomicInteger resyncs = new AtomicInteger();
  private final Supplier<Future<Buffer>> everyRow = () -> {
    resyncs.incrementAndGet();
    return Future.succeededFuture(Buffer.buffer("every row"));
  };

  private static Buffer frame(String text, int size) {
    StringBuilder b = new StringBuilder(text);
    while (b.length() < size) {
      b.append('.');
    }
    return Buffer.buffer(b.toString());
  }

  @Test
  void pushesGoStraightOutWhileTheTransportKeepsUp() {
    queue.push(1, PushQueue.Kind.ROWS, Buffer.buffer("a"), everyRow);
    queue.push(1, PushQueue.Kind.ROWS, Buffer.buffer("b"), everyRow);
    assertEquals(List.of("a", "b"), transport.sent);
    assertEquals(0, queue.pendingBytes());
  }

  @Test
  void pushesWaitWhileBackedUpAndLeaveInOrderOnDrain() {
    transport.backedUp = true;
    queue.push(1, PushQueue.Kind.ROWS, Buffer.buffer("a"), everyRow);
    queue.push(1, PushQueue.Kind.ROWS, Buffer.buffer("b"), everyRow);
    assertTrue(transport.sent.isEmpty());
    assertEquals(2, queue.pendingBytes());
    transport.catchUp();
    assertEquals(List.of("a", "b"), transport.sent);
    assertEquals(0, queue.pendingBytes());
  }

  @Test
  void aPushWithoutRowsKeepsOnlyTheLatest() {
    transport.backedUp = true;
    for (int i = 0; i < 50; i++) {
      queue.push(7, PushQueue.Kind.LATEST, Buffer.buffer("n" + i), null);
    }
    assertEquals(3, queue.pendingBytes());
    transport.catchUp();
    assertEquals(List.of("n49"), transport.sent);
  }

  @Test
  void rowDeltasPastTheLimitBecomeOnePushOfEveryRow() {
    transport.backedUp = true;
    for (int i = 0; i < 100; i++) {
      queue.push(3, PushQueue.Kind.ROWS, frame("delta" + i, 100), everyRow);
      assertTrue(queue.pendingBytes() <= LIMIT, "pending bytes stay within the limit");
    }
    transport.catchUp();
    assertEquals(1, resyncs.get());
    assertEquals("every row", transport.sent.get(transport.sent.size() - 1));
    assertTrue(transport.sent.size() < 100);
    assertNull(transport.closedFor);
  }

  @Test
  void pushesThatCannotBeCoalescedCloseTheConnectionPastTwiceTheLimit() {
    transport.backedUp = true;
    for (int i = 0; i < 30; i++) {
      queue.push(5, PushQueue.Kind.ALL, frame("removed" + i, 100), null);
    }
    assertNotNull(transport.closedFor);
    assertEquals(0, queue.pendingBytes());
  }

  @Test
  void forgettingASubscriptionDropsItsPendingPushes() {
    transport.backedUp = true;
    queue.push(1, PushQueue.Kind.ROWS, Buffer.buffer("a"), everyRow);
    queue.push(2, PushQueue.Kind.ROWS, Buffer.buffer("b"), everyRow);
    queue.forget(1);
    transport.catchUp();
    assertEquals(List.of("b"), transport.sent);
  }
}
