package org.charter.core.merkle;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.charter.core.act.Nullable;

/**
 * What a director needs to check one act offline: the act's canonical bytes (the leaf) and its index, the tree it is
 * proven in (size and root, signed when {@code checkpoint} is given) with the inclusion proof, and, when
 * {@code sinceSize} is given, the consistency proof from the tree of that size, the checkpoint the director holds.
 */
public record ActProof(
    String book,
    long leafIndex,
    byte[] leaf,
    long treeSize,
    byte[] root,
    List<byte[]> inclusion,
    @Nullable SignedCheckpoint checkpoint,
    @Nullable Long sinceSize,
    List<byte[]> consistency) {

  public ActProof {
    Objects.requireNonNull(book, "book");
    leaf = leaf.clone();
    root = root.clone();
    inclusion = inclusion.stream().map(byte[]::clone).toList();
    consistency = consistency.stream().map(byte[]::clone).toList();
  }

  /**
   * The proof of leaf {@code index} of {@code tree}: in the tree of its first {@code size} leaves (signed by
   * {@code checkpoint} when given, which must state that tree), and consistent with the tree of its first
   * {@code since} leaves when given.
   */
  public static ActProof of(MerkleTree tree, String book, int index, byte[] leaf, int size,
      @Nullable SignedCheckpoint checkpoint, @Nullable Integer since) {
    if (checkpoint != null && (checkpoint.checkpoint().size() != size
        || !Arrays.equals(checkpoint.checkpoint().root(), tree.root(size)))) {
      throw new IllegalArgumentException("the checkpoint does not state the tree of " + size + " leaves");
    }
    return new ActProof(book, index, leaf, size, tree.root(size), tree.inclusionProof(index, size), checkpoint,
        since == null ? null : since.longValue(), since == null ? List.of() : tree.consistencyProof(since, size));
  }

  @Override
  public byte[] leaf() {
    return leaf.clone();
  }

  @Override
  public byte[] root() {
    return root.clone();
  }
}
