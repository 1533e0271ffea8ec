/**
 * Table payloads in: CSV, JSON rows, JSON columns, NDJSON and Arrow IPC parsed
 * into a {@link dev.parallax.engine.column.ColumnBatch}, with Perspective
 * 5.5.1's type inference when a table is made and its coercions when one is
 * updated. {@link dev.parallax.engine.format.TableReader} is the entry point;
 * the rules per format are written down in {@code CsvTypes}, {@code JsonTypes}
 * and {@code ArrowReader}.
 */
package dev.parallax.engine.format;
