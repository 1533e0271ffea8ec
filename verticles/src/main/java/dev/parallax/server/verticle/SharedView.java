package dev.parallax.server.verticle;

import dev.parallax.engine.output.ViewOutput;
import dev.parallax.engine.view.View;
import dev.parallax.engine.view.ViewConfig;
import dev.parallax.engine.view.ViewUpdate;
import dev.parallax.engine.view.ViewUpdateListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One engine view read by every {@link ViewHandle} of its table that asked for
 * the same config. Hundreds of browsers on a handful of layouts cost a handful
 * of views: each batch updates each layout once and encodes its row delta once,
 * however many subscribe. A handle that changes its tree (expand, collapse,
 * set_depth) first takes a view of its own ({@link #own}), so no other handle
 * sees its rows move. Lives on its table's thread, like the handles.
 */
final class SharedView {
  private final TableVerticle host;
  private final ViewConfig config;
  private final View view;
  private final List<ViewHandle> handles = new ArrayList<>(2);
  private final ViewUpdateListener listener = this::changed;
  /** Whether handles that ask for this config may still join: false once one handle owns it. */
  private boolean open;
  private boolean listening;

  private SharedView(TableVerticle host, ViewConfig config, View view, boolean open) {
    this.host = host;
    this.config = config;
    this.view = view;
    this.open = open;
  }

  /**
   * The view {@code handle} reads for {@code config}: the open one of that
   * config, or a new one (a bad config is a {@code ParallaxException} and
   * makes nothing).
   */
  static SharedView join(TableVerticle host, ViewConfig config, ViewHandle handle) {
    Map<ViewConfig, SharedView> open = host.openViews();
    SharedView shared = open.get(config);
    if (shared == null) {
      shared = new SharedView(host, config, View.create(host.table(), config), true);
      open.put(config, shared);
    }
    shared.handles.add(handle);
    return shared;
  }

  View view() {
    return view;
  }

  /** A view that {@code handle} alone reads, as this one is now: this one if no other handle reads it. */
  SharedView own(ViewHandle handle) {
    if (handles.size() == 1) {
      close();
      return this;
    }
    SharedView own = new SharedView(host, config, View.create(host.table(), config), false);
    own.handles.add(handle);
    leave(handle);
    own.subscriptionsChanged();
    return own;
  }

  /** {@code handle} reads this view no more; the last one to leave deletes it. */
  void leave(ViewHandle handle) {
    handles.remove(handle);
    subscriptionsChanged();
    if (handles.isEmpty()) {
      close();
      view.delete();
    }
  }

  /** Listens to the engine view while some handle has subscribers, and only then. */
  void subscriptionsChanged() {
    boolean wanted = false;
    for (int i = 0; i < handles.size() && !wanted; i++) {
      wanted = handles.get(i).hasSubscribers();
    }
    if (wanted && !listening) {
      view.onUpdate(listener);
    } else if (!wanted && listening) {
      view.removeUpdateListener(listener);
    }
    listening = wanted;
  }

  private void close() {
    if (open) {
      open = false;
      host.openViews().remove(config, this);
    }
  }

  private void changed(View v, ViewUpdate update) {
    boolean rows = false;
    for (int i = 0; i < handles.size() && !rows; i++) {
      rows = handles.get(i).wantsRows();
    }
    byte[] delta = rows ? ViewOutput.toArrow(update.rows()) : null;
    int port = host.currentPort();
    for (ViewHandle h : handles.toArray(new ViewHandle[0])) {
      h.deliver(port, delta);
    }
  }
}
