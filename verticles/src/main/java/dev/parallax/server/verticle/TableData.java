package dev.parallax.server.verticle;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.format.Format;
import dev.parallax.engine.format.TableReader;
import dev.parallax.server.protocol.wire.Wire;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;

/**
 * Reads a table payload from the wire ({@code MakeTableData}) into a column
 * batch. Parsing is work for the table's own thread, not the event loop.
 */
public final class TableData {
  private TableData() {
  }

  /**
   * The rows of {@code data}, typed for {@code target} (or inferred when null).
   * A schema payload yields no rows; a view reference is resolved by the caller.
   */
  public static ColumnBatch read(Wire.MakeTableData data, Schema target) {
    switch (data.getDataCase()) {
      case FROM_CSV:
        return TableReader.read(Format.CSV, data.getFromCsv(), target);
      case FROM_ARROW:
        return TableReader.read(Format.ARROW, data.getFromArrow().toByteArray(), target);
      case FROM_ROWS:
        return TableReader.read(Format.detectJson(data.getFromRows()), data.getFromRows(), target);
      case FROM_COLS:
        return TableReader.read(Format.detectJson(data.getFromCols()), data.getFromCols(), target);
      case FROM_NDJSON:
        return TableReader.read(Format.NDJSON, data.getFromNdjson(), target);
      default:
        throw new ParallaxException("The table data is " + describe(data) + "; expected CSV, Arrow, JSON or NDJSON");
    }
  }

  /** Reads a payload in {@code format} (REST bodies and files). */
  public static ColumnBatch read(Format format, byte[] bytes, Schema target) {
    return TableReader.read(format, bytes, target);
  }

  /**
   * The keys of a {@code remove}: the client sends them as a JSON array in
   * {@code from_rows}, of the index column's type (row numbers when unindexed).
   */
  public static Keys keys(Wire.MakeTableData data, ColumnType keyType) {
    if (data.getDataCase() != Wire.MakeTableData.DataCase.FROM_ROWS) {
      throw new ParallaxException("remove() takes a JSON array of keys, got " + describe(data));
    }
    JsonArray array;
    try {
      array = new JsonArray(data.getFromRows());
    } catch (DecodeException | ClassCastException e) {
      throw new ParallaxException("remove() takes a JSON array of keys: " + e.getMessage());
    }
    return new Keys(TableReader.keys(array.getList(), keyType), array.size());
  }

  /** The first {@code count} rows of {@code column} are the keys to remove. */
  public record Keys(Column column, int count) { }

  static String describe(Wire.MakeTableData data) {
    switch (data.getDataCase()) {
      case DATA_NOT_SET:
        return "missing";
      case FROM_SCHEMA:
        return "a schema";
      case FROM_VIEW:
        return "a view";
      default:
        return data.getDataCase().name().toLowerCase();
    }
  }
}
