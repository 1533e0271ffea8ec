package dev.parallax.engine.expression;

/**
 * A compiled expression node whose value is a string, or null. Column strings are
 * the dictionary's own instances, so reading them allocates nothing; only string
 * functions that build new text allocate.
 */
abstract class StrNode {
  abstract String eval(int row);
}
