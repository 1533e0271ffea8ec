package dev.parallax.engine.view;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import java.util.List;

/** A table's own columns. */
final class TableColumnSource implements ColumnSource {
  private final Table table;

  TableColumnSource(Table table) {
    this.table = table;
  }

  @Override
  public Column column(String name) {
    int i = table.schema().indexOf(name);
    return i < 0 ? null : table.column(i);
  }

  @Override
  public List<String> names() {
    return table.schema().names();
  }

  @Override
  public boolean touchedBy(String name, TableDelta delta) {
    int i = table.schema().indexOf(name);
    return i >= 0 && delta.touches(i);
  }

  @Override
  public Column updatedBefore(String name, TableDelta delta) {
    return columnOf(delta.updatedBefore(), name);
  }

  @Override
  public Column removedBefore(String name, TableDelta delta) {
    return columnOf(delta.removedBefore(), name);
  }

  /** The batch's column {@code name}; a delta's batches hold every table column in table order. */
  private Column columnOf(ColumnBatch batch, String name) {
    int i = table.schema().indexOf(name);
    return batch == null || i < 0 ? null : batch.column(i);
  }
}
