package dev.parallax.server;

import static dev.parallax.server.Requests.makeIndexedTable;
import static dev.parallax.server.Requests.makeView;
import static dev.parallax.server.Requests.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.format.Format;
import dev.parallax.engine.format.TableReader;
import dev.parallax.server.protocol.wire.Wire;
import org.junit.jupiter.api.Test;

/** A subscriber that stops reading gets its row deltas coalesced, then the latest rows once it reads again. */
class TestSlowReader extends ServerTestBase {
  private static final int ROWS = 20_000;
  private static final int UPDATES = 40;

  @Override
  protected ParallaxOptions options() {
    return new ParallaxOptions().setMaxPendingBytes(256 * 1024);
  }

  /** Rows of update {@code value}: {@code w} is noise, so that compression cannot hide the deltas' size. */
  private static String rowsWithValue(int value) {
    StringBuilder b = new StringBuilder("[");
    java.util.SplittableRandom noise = new java.util.SplittableRandom(value);
    for (int i = 0; i < ROWS; i++) {
      b.append("{\"id\":").append(i).append(",\"v\":").append(value).append(",\"w\":").append(noise.nextDouble())
          .append("},");
    }
    b.setCharAt(b.length() - 1, ']');
    return b.toString();
  }

  @Test
  void subscriberThatStopsReadingGetsCoalescedPushesEndingWithTheLatestRows() throws Exception {
    WireClient writer = client();
    assertMade(writer, makeIndexedTable("t", rows(rowsWithValue(0)), "id"));
    int sub;
    try (RawSocketClient slow = new RawSocketClient(port, 8 * 1024)) {
      slow.send(makeView("t", "v", Wire.ViewConfig.getDefaultInstance()));
      sub = slow.send(Requests.onUpdate("v", true));
      int size = slow.send(Requests.size("t"));
      while (slow.read().getMsgId() != size) {
        continue;
      }
      for (int u = 1; u <= UPDATES; u++) {
        writer.call(Requests.update("t", rowsWithValue(u)));
      }
      slow.setReadTimeout(3_000);
      ColumnBatch last = null;
      int pushes = 0;
      try {
        while (true) {
          Wire.Response r = slow.read();
          if (r.getMsgId() == sub) {
            pushes++;
            last = TableReader.read(Format.ARROW, r.getViewOnUpdateResp().getDelta().toByteArray(), null);
            if (((Number) last.column(last.indexOf("v")).get(0)).intValue() == UPDATES) {
              break;
            }
          }
        }
      } catch (java.net.SocketTimeoutException e) {
        // no more pushes
      }
      assertTrue(pushes > 0 && pushes < UPDATES, "coalesced: " + pushes + " pushes for " + UPDATES + " updates");
      assertEquals(ROWS, last.rowCount());
      int v = last.indexOf("v");
      assertEquals(UPDATES, ((Number) last.column(v).get(0)).intValue());
      assertEquals(UPDATES, ((Number) last.column(v).get(ROWS - 1)).intValue());
    }
    assertAnotherSessionIsServed();
  }
}
