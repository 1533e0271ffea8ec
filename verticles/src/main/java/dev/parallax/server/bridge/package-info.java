/**
 * Perspective's protocol over the Vert.x SockJS event-bus bridge, for browsers
 * that reach the server through the event bus instead of a raw WebSocket.
 *
 * <p>A browser connection picks a random token, registers its reply address
 * {@code <prefix>.replies.<token>}, attaches ({@code <prefix>.attach}, body the
 * token) and then sends each protobuf {@code Request} to {@code
 * <prefix>.requests} as a base64url string; every {@code Response} comes back
 * on its reply address the same way. Each connection is a
 * {@link dev.parallax.server.session.Session}, exactly like a WebSocket
 * connection. The bridge denies every address but these (plus the ones the
 * application permits), stamps each request with the connection it came from so
 * no socket can speak for another, and keeps a dropped connection's session for
 * a grace period so that a browser that reconnects with the same token resumes
 * its views and subscriptions where they were.
 */
package dev.parallax.server.bridge;
