package dev.parallax.server.session;

/** Names one subscription of one session in the maps of a table or view. */
record SubscriptionKey(Session session, int msgId) { }
