package dev.parallax.engine.aggregate;

/**
 * How a store's groups nest, for the results that depend on a group's place in
 * the pivot: "pct sum parent", "pct sum total", "gmv" and "distinct leaf". A
 * group without a parent is a root (the grand total); a group without children is
 * a leaf (the deepest {@code group_by} level).
 */
public interface GroupTree {
  /** The parent of {@code group}, or -1 for a root. */
  int parent(int group);

  int childCount(int group);

  /** The {@code i}-th child of {@code group}. */
  int child(int group, int i);

  /** Independent groups: each is a root and a leaf. */
  GroupTree FLAT = new GroupTree() {
    @Override
    public int parent(int group) {
      return -1;
    }

    @Override
    public int childCount(int group) {
      return 0;
    }

    @Override
    public int child(int group, int i) {
      throw new IndexOutOfBoundsException("group " + group + " has no children");
    }
  };
}
