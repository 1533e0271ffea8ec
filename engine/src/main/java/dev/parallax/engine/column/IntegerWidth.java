package dev.parallax.engine.column;

/**
 * How an integer column is typed in Arrow output. Perspective's "integer" has
 * several physical widths: 32-bit from JSON and Arrow int32, 64-bit from CSV,
 * Arrow int64 and for sums and counts, unsigned 32-bit for Arrow uint32, CSV
 * times of day and distinct counts, unsigned 64-bit for Arrow uint64. Parallax
 * stores integers in 32 bits, or 64 where the values need them (see
 * {@link IntColumn}), and keeps the width only to write them back as Perspective would.
 */
public enum IntegerWidth { INT32, INT64, UINT32, UINT64 }
