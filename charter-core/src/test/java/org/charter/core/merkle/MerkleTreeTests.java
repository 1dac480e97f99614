package org.charter.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tree against the Certificate Transparency reference vectors (RFC 6962, as published in transparency-dev/merkle's
 * testonly constants), so a Charter root means the same to any RFC 9162 verifier.
 */
class MerkleTreeTests {
  private static final HexFormat HEX = HexFormat.of();
  private static final List<String> CT_LEAVES = List.of("", "00", "10", "2021", "3031", "40414243",
      "5051525354555657", "606162636465666768696a6b6c6d6e6f");
  private static final List<String> CT_ROOTS = List.of(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
      "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
      "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
      "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
      "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
      "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

  static MerkleTree ctTree() {
    return MerkleTree.of(CT_LEAVES.stream().map(HEX::parseHex).toList());
  }

  private static List<String> hex(List<byte[]> hashes) {
    return hashes.stream().map(HEX::formatHex).toList();
  }

  @Test
  void root_ofTheEmptyTree_isSha256OfNothing() {
    assertThat(HEX.formatHex(MerkleTree.of(List.of()).root()))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void root_ofEveryPrefixOfTheCtLeaves_isTheReferenceRoot() {
    MerkleTree t = ctTree();
    for (int n = 0; n <= 8; n++) {
      assertThat(HEX.formatHex(t.root(n))).as("size " + n).isEqualTo(CT_ROOTS.get(n));
    }
  }

  @Test
  void root_ofTwoLeaves_isTheNodeHashOfTheirLeafHashesByHand() {
    byte[] a = MerkleTree.leafHash(new byte[0]);
    byte[] b = MerkleTree.leafHash(new byte[] {0x00});
    // RFC 9162: leaf = SHA-256(0x00 || d); node = SHA-256(0x01 || left || right).
    assertThat(HEX.formatHex(a)).isEqualTo(CT_ROOTS.get(1));
    assertThat(HEX.formatHex(MerkleTree.nodeHash(a, b))).isEqualTo(CT_ROOTS.get(2));
  }

  @Test
  void inclusionProof_ofCtLeaves_isTheReferencePath() {
    MerkleTree t = ctTree();
    assertThat(hex(t.inclusionProof(0, 8))).containsExactly(
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    assertThat(hex(t.inclusionProof(5, 8))).containsExactly(
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
  }

  @Test
  void consistencyProof_ofCtTrees_isTheReferencePath() {
    MerkleTree t = ctTree();
    assertThat(hex(t.consistencyProof(2, 8))).containsExactly(
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    assertThat(hex(t.consistencyProof(6, 8))).containsExactly(
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    assertThat(hex(t.consistencyProof(2, 5))).containsExactly(
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
  }

  @Test
  void split_isTheLargestPowerOfTwoSmallerThanN_notTheMidpoint() {
    assertThat(List.of(2, 3, 4, 5, 6, 7, 8, 9, 1000).stream().map(MerkleTree::split).toList())
        .containsExactly(1, 2, 2, 4, 4, 4, 4, 8, 512);
  }

  @Test
  void proofs_outsideTheTree_areRefused() {
    MerkleTree t = ctTree();
    assertThatThrownBy(() -> t.inclusionProof(8, 8)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.inclusionProof(0, 9)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.consistencyProof(5, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.root(9)).isInstanceOf(IllegalArgumentException.class);
  }

  static List<byte[]> randomLeaves(Random r, int n) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] leaf = new byte[r.nextInt(40)];
      r.nextBytes(leaf);
      out.add(leaf);
    }
    return out;
  }
}
