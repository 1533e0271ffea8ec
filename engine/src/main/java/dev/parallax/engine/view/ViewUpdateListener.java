package dev.parallax.engine.view;

/** Receives each change of a live view, once per table batch. */
@FunctionalInterface
public interface ViewUpdateListener {
  void onUpdate(View view, ViewUpdate update);
}
