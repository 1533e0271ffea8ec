/**
 * Parallax as a server: {@link dev.parallax.server.ParallaxServer} hosts tables
 * and serves them to Perspective clients over a WebSocket (and over REST) from a
 * Vert.x application, configured by {@link dev.parallax.server.ParallaxOptions}.
 */
package dev.parallax.server;
