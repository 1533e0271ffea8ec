package dev.parallax.server.cli;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.column.StringColumn;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import dev.parallax.server.ParallaxServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The {@code --demo} table: {@code market}, quotes keyed by {@code id}
 * ({@code sym, side, qty, price, ts}) of which a few hundred change every tick.
 */
final class DemoMarket {
  static final String NAME = "market";
  static final int ROWS = 20_000;
  static final int TICK_MS = 200;
  static final int CHANGES_PER_TICK = 400;

  private static final String[] SYMBOLS = {
    "AAPL", "MSFT", "GOOG", "AMZN", "NVDA", "META", "TSLA", "NFLX", "ORCL", "INTC",
    "AMD", "IBM", "CSCO", "ADBE", "CRM", "QCOM", "TXN", "AVGO", "PYPL", "UBER"};

  private final SplittableRandom random = new SplittableRandom(42);
  private final double[] prices = new double[ROWS];

  /** Hosts the table and starts its ticks; the ticks stop with the Vertx instance. */
  static Future<Void> start(Vertx vertx, ParallaxServer server) {
    DemoMarket demo = new DemoMarket();
    Schema schema = Schema.of(List.of("id", "sym", "side", "qty", "price", "ts"),
        List.of(ColumnType.INTEGER, ColumnType.STRING, ColumnType.STRING, ColumnType.INTEGER,
            ColumnType.FLOAT, ColumnType.DATETIME));
    Table table = Table.create(schema, TableOptions.indexed("id"));
    table.update(demo.initial());
    return server.host(NAME, table).onSuccess(v ->
        vertx.setPeriodic(TICK_MS, id -> server.update(NAME, demo.tick())));
  }

  private ColumnBatch initial() {
    IntColumn id = (IntColumn) Column.create(ColumnType.INTEGER, ROWS);
    StringColumn sym = (StringColumn) Column.create(ColumnType.STRING, ROWS);
    StringColumn side = (StringColumn) Column.create(ColumnType.STRING, ROWS);
    IntColumn qty = (IntColumn) Column.create(ColumnType.INTEGER, ROWS);
    DoubleColumn price = (DoubleColumn) Column.create(ColumnType.FLOAT, ROWS);
    LongColumn ts = (LongColumn) Column.create(ColumnType.DATETIME, ROWS);
    long now = System.currentTimeMillis();
    for (int i = 0; i < ROWS; i++) {
      prices[i] = 50 + random.nextInt(450) + random.nextInt(100) / 100.0;
      id.setInt(i, i);
      sym.setString(i, SYMBOLS[i % SYMBOLS.length]);
      side.setString(i, random.nextBoolean() ? "buy" : "sell");
      qty.setInt(i, 100 * (1 + random.nextInt(50)));
      price.setDouble(i, prices[i]);
      ts.setLong(i, now);
    }
    return ColumnBatch.builder(ROWS).add("id", id).add("sym", sym).add("side", side).add("qty", qty)
        .add("price", price).add("ts", ts).build();
  }

  /** A random walk of a few hundred quotes: price, qty and time change, the rest stays. */
  private ColumnBatch tick() {
    int n = CHANGES_PER_TICK;
    IntColumn id = (IntColumn) Column.create(ColumnType.INTEGER, n);
    IntColumn qty = (IntColumn) Column.create(ColumnType.INTEGER, n);
    DoubleColumn price = (DoubleColumn) Column.create(ColumnType.FLOAT, n);
    LongColumn ts = (LongColumn) Column.create(ColumnType.DATETIME, n);
    long now = System.currentTimeMillis();
    for (int i = 0; i < n; i++) {
      int row = random.nextInt(ROWS);
      prices[row] = Math.max(1, Math.round((prices[row] * (1 + (random.nextDouble() - 0.5) / 100)) * 100) / 100.0);
      id.setInt(i, row);
      qty.setInt(i, 100 * (1 + random.nextInt(50)));
      price.setDouble(i, prices[row]);
      ts.setLong(i, now);
    }
    return ColumnBatch.builder(n).add("id", id).add("qty", qty).add("price", price).add("ts", ts).build();
  }
}
