package dev.parallax.engine.expression;

import dev.parallax.engine.ParallaxException;

/**
 * Conditionals, statement sequences, loops and variables. These evaluate row by
 * row (the default chunk form): a branch or loop body may assign variables, so
 * running a branch over rows whose condition is false would be wrong, and loops
 * iterate a different number of times per row. Expressions without them never
 * meet these nodes and keep the vectorised path.
 */
final class ControlNodes {
  /** A loop that runs longer than this per row is taken to be endless. */
  static final int MAX_ITERATIONS = 10_000_000;

  private ControlNodes() {}

  /** A statement run for its effect; its value is dropped. */
  interface Effect {
    void run(int row);
  }

  static Effect effect(Typed t) {
    if (t.num() != null) {
      NumNode n = t.num();
      return row -> n.eval(row);
    }
    StrNode s = t.str();
    return row -> s.eval(row);
  }

  static final class NumCond extends NumNode {
    private final NumNode condition;
    private final NumNode then;
    private final NumNode otherwise;

    NumCond(NumNode condition, NumNode then, NumNode otherwise) {
      this.condition = condition;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    double eval(int row) {
      return truthy(condition.eval(row)) ? then.eval(row) : otherwise.eval(row);
    }
  }

  static final class StrCond extends StrNode {
    private final NumNode condition;
    private final StrNode then;
    private final StrNode otherwise;

    StrCond(NumNode condition, StrNode then, StrNode otherwise) {
      this.condition = condition;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    String eval(int row) {
      return NumNode.truthy(condition.eval(row)) ? then.eval(row) : otherwise.eval(row);
    }
  }

  static final class NumSeq extends NumNode {
    private final Frame frame;
    private final Effect[] first;
    private final NumNode last;

    NumSeq(Frame frame, Effect[] first, NumNode last) {
      this.frame = frame;
      this.first = first;
      this.last = last;
    }

    @Override
    double eval(int row) {
      for (Effect e : first) {
        e.run(row);
        if (frame.jump != Frame.NONE) {
          return Double.NaN;
        }
      }
      return last.eval(row);
    }
  }

  static final class StrSeq extends StrNode {
    private final Frame frame;
    private final Effect[] first;
    private final StrNode last;

    StrSeq(Frame frame, Effect[] first, StrNode last) {
      this.frame = frame;
      this.first = first;
      this.last = last;
    }

    @Override
    String eval(int row) {
      for (Effect e : first) {
        e.run(row);
        if (frame.jump != Frame.NONE) {
          return null;
        }
      }
      return last.eval(row);
    }
  }

  /** {@code if (c) { … }} without {@code else}: a statement, run for its effect only. */
  static final class When extends NumNode {
    private final NumNode condition;
    private final Effect then;

    When(NumNode condition, Effect then) {
      this.condition = condition;
      this.then = then;
    }

    @Override
    double eval(int row) {
      if (truthy(condition.eval(row))) {
        then.run(row);
      }
      return Double.NaN;
    }
  }

  /** {@code [*] { case … }}: runs every case that holds; the last one's value, or 0 when none does. */
  static final class AllCases extends NumNode {
    private final NumNode[] conditions;
    private final NumNode[] values;

    AllCases(NumNode[] conditions, NumNode[] values) {
      this.conditions = conditions;
      this.values = values;
    }

    @Override
    double eval(int row) {
      double result = 0;
      for (int i = 0; i < conditions.length; i++) {
        if (truthy(conditions[i].eval(row))) {
          result = values[i].eval(row);
        }
      }
      return result;
    }
  }

  /** {@code break} and {@code continue}: raise the frame's flag for the enclosing loop. */
  static final class Jump extends NumNode {
    private final Frame frame;
    private final int kind;

    Jump(Frame frame, int kind) {
      this.frame = frame;
      this.kind = kind;
    }

    @Override
    double eval(int row) {
      frame.jump = kind;
      return Double.NaN;
    }
  }

  /** {@code for} and {@code while}; its own value is null, so it only makes sense before another statement. */
  static final class Loop extends NumNode {
    private final Frame frame;
    private final Effect init;
    private final NumNode condition;
    private final Effect step;
    private final Effect body;

    Loop(Frame frame, Effect init, NumNode condition, Effect step, Effect body) {
      this.frame = frame;
      this.init = init;
      this.condition = condition;
      this.step = step;
      this.body = body;
    }

    @Override
    double eval(int row) {
      if (init != null) {
        init.run(row);
      }
      int n = 0;
      while (truthy(condition.eval(row))) {
        body.run(row);
        int jump = frame.jump;
        frame.jump = Frame.NONE;
        if (jump == Frame.BREAK) {
          break;
        }
        if (step != null) {
          step.run(row);
        }
        if (++n > MAX_ITERATIONS) {
          throw new ParallaxException("Expression loop ran more than " + MAX_ITERATIONS
              + " times on one row; is it endless?");
        }
      }
      return Double.NaN;
    }
  }

  static final class NumVar extends NumNode {
    private final Frame frame;
    private final int slot;

    NumVar(Frame frame, int slot) {
      this.frame = frame;
      this.slot = slot;
    }

    @Override
    double eval(int row) {
      return frame.nums[slot];
    }
  }

  static final class StrVar extends StrNode {
    private final Frame frame;
    private final int slot;

    StrVar(Frame frame, int slot) {
      this.frame = frame;
      this.slot = slot;
    }

    @Override
    String eval(int row) {
      return frame.strs[slot];
    }
  }

  /** {@code x := value} and {@code var x := value}: stores and yields the value. */
  static final class NumStore extends NumNode {
    private final Frame frame;
    private final int slot;
    private final NumNode value;

    NumStore(Frame frame, int slot, NumNode value) {
      this.frame = frame;
      this.slot = slot;
      this.value = value;
    }

    @Override
    double eval(int row) {
      double v = value.eval(row);
      frame.nums[slot] = v;
      return v;
    }
  }

  static final class StrStore extends StrNode {
    private final Frame frame;
    private final int slot;
    private final StrNode value;

    StrStore(Frame frame, int slot, StrNode value) {
      this.frame = frame;
      this.slot = slot;
      this.value = value;
    }

    @Override
    String eval(int row) {
      String v = value.eval(row);
      frame.strs[slot] = v;
      return v;
    }
  }
}
