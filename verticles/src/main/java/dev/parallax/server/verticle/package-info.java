/**
 * Hosted tables and their threads: each table is owned by a worker
 * {@code TableVerticle} that runs every mutation and view computation of that
 * table, one at a time; {@code ViewHandle} is the one place the server calls
 * the engine's view API.
 */
package dev.parallax.server.verticle;
