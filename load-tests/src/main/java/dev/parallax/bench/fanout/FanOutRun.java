package dev.parallax.bench.fanout;

import com.sun.management.OperatingSystemMXBean;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import dev.parallax.server.ParallaxServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * One level of the fan-out test: a Parallax server on a loopback ephemeral
 * port in this process, the table hosted, {@code n} subscribers and a
 * publisher on a Vert.x instance of their own; the batches go out at the set
 * rate; then the deltas are drained (bounded), the copies checked when
 * verifying, and everything is closed.
 */
final class FanOutRun {
  static final String TABLE = "fanout";
  /** The most any one setup or teardown step may take. */
  private static final long STEP_TIMEOUT_S = 120;
  private static final long HEAP_SAMPLE_MS = 100;

  private final Settings settings;
  private final List<byte[]> ticks;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** A level runner for {@code settings}, sending {@code ticks} (Arrow streams, one per batch). */
  FanOutRun(Settings settings, List<byte[]> ticks) {
    this.settings = settings;
    this.ticks = ticks;
  }

  LevelResult run(int n) throws Exception {
    Vertx serverVertx = Vertx.vertx();
    Vertx clientVertx = Vertx.vertx();
    try {
      ParallaxServer server = ParallaxServer.create(serverVertx);
      await(server.host(TABLE, Table.create(FanOutData.table(settings.rows()), TableOptions.indexed("id"))));
      int port = await(server.listen(0, "127.0.0.1")).actualPort();
      long heapBaseline = heapAfterGc();

      WebSocketClient http = clientVertx.createWebSocketClient(new WebSocketClientOptions()
          .setMaxConnections(n + 1).setMaxFrameSize(64 << 20).setMaxMessageSize(512 << 20));
      Set<Long> clientThreads = ConcurrentHashMap.newKeySet();
      Publisher publisher = new Publisher(await(connect(http, port)), TABLE, ticks);
      List<Subscriber> subscribers = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Subscriber s = Subscriber.on(await(connect(http, port)), i, publisher.sendNanos(), settings.warmupBatches(),
            clientThreads);
        await(s.start(TABLE, settings.verify()));
        subscribers.add(s);
      }
      long heapWithViews = heapAfterGc();
      return measure(n, publisher, subscribers, clientThreads, heapBaseline, heapWithViews);
    } finally {
      await(clientVertx.close());
      await(serverVertx.close());
    }
  }

  private LevelResult measure(int n, Publisher publisher, List<Subscriber> subscribers, Set<Long> clientThreads,
      long heapBaseline, long heapWithViews) throws Exception {
    // Written on the publisher's thread, read after joining it.
    long[] start = new long[4];
    double[] loadBefore = new double[1];
    long[] publisherCpu = new long[1];
    HeapSampler heap = new HeapSampler();
    Thread sender = new Thread(() -> {
      publisher.run(settings.rate(), settings.warmupBatches(), () -> {
        start[0] = System.nanoTime();
        start[1] = os.getProcessCpuTime();
        start[2] = cpuOf(clientThreads) + threads.getCurrentThreadCpuTime();
        start[3] = gcMillis();
        loadBefore[0] = os.getSystemLoadAverage();
        heap.start();
      });
      publisherCpu[0] = threads.getCurrentThreadCpuTime();
    }, "fanout-publisher");
    sender.start();
    long sendingNanos = (long) (settings.batches() / settings.rate() * 1e9);
    sender.join(TimeUnit.NANOSECONDS.toMillis(sendingNanos) + TimeUnit.SECONDS.toMillis(settings.drainSeconds()));
    if (sender.isAlive()) {
      sender.interrupt();
      throw new IllegalStateException("the publisher did not finish sending in time");
    }
    long drainEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.drainSeconds());
    while (System.nanoTime() < drainEnd && behind(subscribers) > 0) {
      Thread.sleep(1);
    }
    long windowNanos = System.nanoTime() - start[0];
    long processCpu = os.getProcessCpuTime() - start[1];
    long clientCpu = cpuOf(clientThreads) + publisherCpu[0] - start[2];
    long gc = gcMillis() - start[3];
    long heapMax = heap.stop();

    List<String> failures = new ArrayList<>();
    if (publisher.failure() != null) {
      failures.add("publisher: " + publisher.failure());
    }
    Histogram merged = new Histogram(60_000_000L, 3);
    long deltas = 0;
    long bytes = 0;
    long coalesced = 0;
    long unmarked = 0;
    long minDeltas = Long.MAX_VALUE;
    for (int i = 0; i < subscribers.size(); i++) {
      Subscriber.Tally t = subscribers.get(i).tally();
      merged.add(t.latencyMicros());
      deltas += t.measuredDeltas();
      bytes += t.measuredBytes();
      coalesced += t.coalesced();
      unmarked += t.unmarked();
      minDeltas = Math.min(minDeltas, t.deltas());
      if (t.failure() != null) {
        failures.add("subscriber " + i + ": " + t.failure());
      }
    }
    int behind = behind(subscribers);
    int minSeen = Integer.MAX_VALUE;
    for (Subscriber s : subscribers) {
      minSeen = Math.min(minSeen, s.covered());
    }
    if (settings.verify()) {
      for (int i = 0; i < subscribers.size(); i++) {
        for (String d : await(subscribers.get(i).check())) {
          failures.add("subscriber " + i + " (" + subscribers.get(i).mix().title() + "): " + d);
        }
      }
    }
    return new LevelResult(n, merged, settings.batches() - settings.warmupBatches(), deltas, coalesced, behind,
        minSeen, settings.batches(), unmarked, bytes, windowNanos, processCpu, clientCpu, gc, heapBaseline, heapWithViews, heapMax,
        publisher.maxLateMillis(), loadBefore[0], os.getSystemLoadAverage(), minDeltas, failures);
  }

  private int behind(List<Subscriber> subscribers) {
    int behind = 0;
    for (Subscriber s : subscribers) {
      if (s.covered() < settings.batches()) {
        behind++;
      }
    }
    return behind;
  }

  private static Future<WebSocket> connect(WebSocketClient http, int port) {
    return http.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/websocket"));
  }

  private long cpuOf(Set<Long> ids) {
    long sum = 0;
    for (long id : ids) {
      sum += Math.max(0, threads.getThreadCpuTime(id));
    }
    return sum;
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(STEP_TIMEOUT_S, TimeUnit.SECONDS);
  }

  /** The most heap used, sampled on a daemon thread while measuring. */
  private static final class HeapSampler {
    private volatile boolean running;
    private volatile long max;
    private Thread thread;

    void start() {
      running = true;
      thread = new Thread(() -> {
        while (running) {
          max = Math.max(max, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
          try {
            Thread.sleep(HEAP_SAMPLE_MS);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "fanout-heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    long stop() throws InterruptedException {
      running = false;
      if (thread != null) {
        thread.join(TimeUnit.SECONDS.toMillis(1));
      }
      return max;
    }
  }
}
