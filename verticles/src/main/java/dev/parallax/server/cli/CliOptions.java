package dev.parallax.server.cli;

import java.util.ArrayList;
import java.util.List;

/** The command line of the runnable server, parsed; a bad argument is an {@link IllegalArgumentException} saying which. */
final class CliOptions {
  static final String USAGE = String.join("\n",
      "Usage: java -jar parallax-server.jar [options]",
      "",
      "  --host HOST        interface to listen on (default 127.0.0.1)",
      "  --port PORT        port to listen on (default 8080; 0 picks a free one)",
      "  --load NAME=PATH[,index=COLUMN][,limit=ROWS]",
      "                     host the CSV, Arrow (.arrow/.feather/.ipc) or JSON",
      "                     (.json/.ndjson/.jsonl) file PATH as table NAME; repeatable",
      "  --demo             host 'market', a live table of 20,000 quotes that ticks",
      "                     five times a second",
      "  --help             show this help",
      "",
      "Perspective clients connect to ws://HOST:PORT/websocket.");

  String host = "127.0.0.1";
  int port = 8080;
  boolean demo;
  boolean help;
  final List<Load> loads = new ArrayList<>();

  /** One {@code --load}: a file to host. */
  record Load(String name, String path, String index, int limit) { }

  static CliOptions parse(String[] args) {
    CliOptions o = new CliOptions();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help":
        case "-h":
          o.help = true;
          break;
        case "--demo":
          o.demo = true;
          break;
        case "--host":
          o.host = value(args, ++i, a);
          break;
        case "--port":
          o.port = number(value(args, ++i, a), a, 0, 65535);
          break;
        case "--load":
          o.loads.add(load(value(args, ++i, a)));
          break;
        default:
          throw new IllegalArgumentException("Unknown option '" + a + "'");
      }
    }
    return o;
  }

  private static Load load(String spec) {
    String[] parts = spec.split(",");
    int eq = parts[0].indexOf('=');
    if (eq <= 0 || eq == parts[0].length() - 1) {
      throw new IllegalArgumentException("--load takes NAME=PATH[,index=COLUMN][,limit=ROWS], got '" + spec + "'");
    }
    String index = null;
    int limit = 0;
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].startsWith("index=") && parts[i].length() > 6) {
        index = parts[i].substring(6);
      } else if (parts[i].startsWith("limit=")) {
        limit = number(parts[i].substring(6), "limit", 1, Integer.MAX_VALUE);
      } else {
        throw new IllegalArgumentException("Unknown --load option '" + parts[i] + "' in '" + spec + "'");
      }
    }
    return new Load(parts[0].substring(0, eq), parts[0].substring(eq + 1), index, limit);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int number(String text, String what, int min, int max) {
    try {
      int n = Integer.parseInt(text);
      if (n < min || n > max) {
        throw new IllegalArgumentException(what + " must be in " + min + ".." + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a number, got '" + text + "'");
    }
  }
}
