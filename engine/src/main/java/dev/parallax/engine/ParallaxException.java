package dev.parallax.engine;

/**
 * The one exception the engine throws for bad input: a malformed payload, a value
 * of the wrong type, an unknown column, a bad view configuration. Its message says
 * what was wrong in words a caller can show to a user; whatever raised it left the
 * table it was working on exactly as it was.
 */
public class ParallaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ParallaxException(String message) {
    super(message);
  }

  public ParallaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
