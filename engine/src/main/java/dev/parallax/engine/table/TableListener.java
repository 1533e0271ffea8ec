package dev.parallax.engine.table;

/** Receives every batch a table applies, once, after the table has changed. */
@FunctionalInterface
public interface TableListener {
  void onDelta(Table table, TableDelta delta);
}
