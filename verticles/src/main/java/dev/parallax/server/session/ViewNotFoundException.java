package dev.parallax.server.session;

import dev.parallax.engine.ParallaxException;

/** A request named a view this session does not have: {@code VIEW_NOT_FOUND} on the wire. */
public final class ViewNotFoundException extends ParallaxException {
  private static final long serialVersionUID = 1L;

  public ViewNotFoundException(String viewId) {
    super("View not found: '" + viewId + "'");
  }
}
