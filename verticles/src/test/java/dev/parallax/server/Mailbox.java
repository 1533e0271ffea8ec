package dev.parallax.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/** What a test client received, taken by what it matches, waiting (bounded) for it to come. */
final class Mailbox<T> {
  private final List<T> items = new ArrayList<>();
  private boolean closed;

  synchronized void add(T item) {
    items.add(item);
    notifyAll();
  }

  /** Nothing more will come: waits end at once. */
  synchronized void close() {
    closed = true;
    notifyAll();
  }

  synchronized boolean isClosed() {
    return closed;
  }

  /** The first item that is {@code wanted} within {@code millis}, removed; or null. Others stay for later. */
  synchronized T take(Predicate<? super T> wanted, long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (true) {
      for (Iterator<T> it = items.iterator(); it.hasNext(); ) {
        T item = it.next();
        if (wanted.test(item)) {
          it.remove();
          return item;
        }
      }
      long left = deadline - System.currentTimeMillis();
      if (left <= 0 || closed) {
        return null;
      }
      wait(left);
    }
  }

  /** How many items that are {@code wanted} arrived and are not yet taken. */
  synchronized int count(Predicate<? super T> wanted) {
    int n = 0;
    for (T item : items) {
      if (wanted.test(item)) {
        n++;
      }
    }
    return n;
  }

  synchronized int size() {
    return items.size();
  }

  @Override
  public synchronized String toString() {
    return items.toString();
  }
}
