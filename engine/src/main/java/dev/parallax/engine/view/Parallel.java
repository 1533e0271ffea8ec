package dev.parallax.engine.view;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * Runs independent pieces of one view computation (aggregate columns, row
 * chunks, output columns) on the JVM's common ForkJoin pool, shared by every
 * view and sized to the machine ({@code java.util.concurrent.ForkJoinPool.common.parallelism}
 * sets it). Each piece writes only its own state, so results never depend on
 * how the pieces were scheduled.
 */
final class Parallel {
  private Parallel() {
  }

  /** Runs every task and returns when all are done; the first failure is rethrown. */
  static void run(List<Runnable> tasks) {
    ForkJoinPool pool = ForkJoinPool.commonPool();
    if (tasks.size() <= 1 || pool.getParallelism() <= 1) {
      for (Runnable t : tasks) {
        t.run();
      }
      return;
    }
    List<RecursiveAction> actions = new ArrayList<>(tasks.size());
    for (Runnable t : tasks) {
      actions.add(new RecursiveAction() {
        @Override
        protected void compute() {
          t.run();
        }
      });
    }
    pool.invoke(new RecursiveAction() {
      @Override
      protected void compute() {
        ForkJoinTask.invokeAll(actions);
      }
    });
  }

  /** How many pieces the pool runs at once. */
  static int parallelism() {
    return ForkJoinPool.commonPool().getParallelism();
  }
}
