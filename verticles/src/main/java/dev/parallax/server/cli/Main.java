package dev.parallax.server.cli;

import dev.parallax.engine.format.Format;
import dev.parallax.engine.table.TableOptions;
import dev.parallax.server.ParallaxOptions;
import dev.parallax.server.ParallaxServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The runnable server: {@code java -jar parallax-server.jar --demo}. See {@link CliOptions#USAGE}. */
public final class Main {
  /** Arrow announces its allocator at INFO on first use; the server's one line should stand alone. Held: JUL forgets unreferenced loggers' levels. */
  private static final java.util.logging.Logger ARROW_LOG = java.util.logging.Logger.getLogger("org.apache.arrow");

  private Main() {
  }

  public static void main(String[] args) throws Exception {
    CliOptions options;
    try {
      options = CliOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(CliOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options.help) {
      System.out.println(CliOptions.USAGE);
      return;
    }
    ARROW_LOG.setLevel(java.util.logging.Level.WARNING);
    Vertx vertx = Vertx.vertx();
    ParallaxServer server = ParallaxServer.create(vertx, new ParallaxOptions());
    List<Future<Void>> hosting = new ArrayList<>();
    try {
      for (CliOptions.Load load : options.loads) {
        byte[] data = Files.readAllBytes(Path.of(load.path()));
        TableOptions tableOptions = new TableOptions().setIndex(load.index());
        if (load.limit() > 0) {
          tableOptions.setLimit(load.limit());
        }
        hosting.add(server.host(load.name(), data, format(load.path(), data), tableOptions));
      }
    } catch (NoSuchFileException e) {
      System.err.println("Cannot load " + e.getFile() + ": no such file");
      vertx.close();
      System.exit(1);
      return;
    } catch (IOException | RuntimeException e) {
      System.err.println("Cannot load: " + e.getMessage());
      vertx.close();
      System.exit(1);
      return;
    }
    if (options.demo) {
      hosting.add(DemoMarket.start(vertx, server));
    }
    Future.all(hosting).compose(v -> server.listen(options.port, options.host)).onComplete(ar -> {
      if (ar.failed()) {
        System.err.println("Parallax could not start: " + ar.cause().getMessage());
        vertx.close().onComplete(x -> System.exit(1));
        return;
      }
      HttpServer http = ar.result();
      System.out.println("Parallax serving " + server.tableNames() + " on http://" + options.host + ":"
          + http.actualPort() + "/ (Perspective clients: ws://" + options.host + ":" + http.actualPort()
          + "/websocket)");
    });
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      CountDownLatch closed = new CountDownLatch(1);
      vertx.close().onComplete(v -> closed.countDown());
      try {
        closed.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "parallax-shutdown"));
  }

  /** The format of a file, by its extension. */
  static Format format(String path, byte[] data) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".csv")) {
      return Format.CSV;
    } else if (p.endsWith(".arrow") || p.endsWith(".feather") || p.endsWith(".ipc") || p.endsWith(".arrows")) {
      return Format.ARROW;
    } else if (p.endsWith(".ndjson") || p.endsWith(".jsonl")) {
      return Format.NDJSON;
    } else if (p.endsWith(".json")) {
      return Format.detectJson(data);
    }
    throw new IllegalArgumentException("Unknown file type of '" + path + "': use .csv, .arrow, .json or .ndjson");
  }
}
