/**
 * The wire: the protobuf messages generated from {@code parallax.proto}
 * ({@code wire.Wire}), and their translation to and from engine types (column
 * types, schemas, view configurations, scalars).
 */
package dev.parallax.server.protocol;
