/**
 * One client connection: its {@code Session} reads requests, sends each to the
 * table verticle it concerns, replies, keeps the ids the client chose, pushes
 * subscription updates through a bounded, coalescing queue, and frees it all on
 * close.
 */
package dev.parallax.server.session;
