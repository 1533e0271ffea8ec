/**
 * The HTTP front: the {@code /websocket} endpoint that carries the protocol and
 * the REST routes for snapshots and updates.
 */
package dev.parallax.server.http;
