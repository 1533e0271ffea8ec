package dev.parallax.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.server.ParallaxServer;
import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The load tests' Node scripts, run from the smoke tests: Perspective's own server and the client scripts. */
public final class NodeScripts {
  /** No script may take longer than this. */
  public static final long TIMEOUT_S = 60;

  private final File dir;

  private NodeScripts(File dir) {
    this.dir = dir;
  }

  /** The scripts in the folder the build names ({@code parallax.node.dir}), their packages installed. */
  public static NodeScripts installed() {
    File dir = new File(System.getProperty("parallax.node.dir", "src/main/node"));
    assertTrue(new File(dir, "node_modules/@perspective-dev/client").isDirectory(),
        "run `npm ci` in " + dir.getAbsolutePath() + " (the Maven build does)");
    return new NodeScripts(dir);
  }

  /** Something to do with a server listening on {@code port}. */
  @FunctionalInterface
  public interface OnPort {
    void run(int port) throws Exception;
  }

  /** Runs {@code task} with Perspective's own Node server, started for it and stopped after. */
  public void withPerspective(OnPort task) throws Exception {
    Process server = new ProcessBuilder("node", "perspective-server.mjs").directory(dir).redirectErrorStream(true)
        .start();
    try {
      task.run(perspectivePort(server));
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
      server.destroyForcibly();
    }
  }

  /** Runs {@code task} with a Parallax server embedded in this process, started for it and closed after. */
  public static void withParallax(OnPort task) throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      task.run(ParallaxServer.create(vertx).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture()
          .get(TIMEOUT_S, TimeUnit.SECONDS).actualPort());
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(TIMEOUT_S, TimeUnit.SECONDS);
    }
  }

  /** The port Perspective's server prints once it listens. */
  private static int perspectivePort(Process server) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
    StringBuilder log = new StringBuilder();
    for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
      if (line.startsWith("PORT ")) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "perspective-server-log");
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(line.substring(5).trim());
      }
      log.append(line).append('\n');
    }
    throw new AssertionError("Perspective's server did not start:\n" + log);
  }

  /** Runs {@code script} with {@code args}; returns its output, failing on a non-zero exit. */
  public String run(String script, String... args) throws Exception {
    Path log = Files.createTempFile("node-script", ".log");
    String[] command = new String[args.length + 2];
    command[0] = "node";
    command[1] = script;
    System.arraycopy(args, 0, command, 2, args.length);
    Process node = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      assertTrue(node.waitFor(TIMEOUT_S, TimeUnit.SECONDS), script + " did not finish in " + TIMEOUT_S + " s");
    } finally {
      node.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    assertEquals(0, node.exitValue(), output);
    return output;
  }
}
