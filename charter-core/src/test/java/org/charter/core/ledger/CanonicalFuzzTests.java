package org.charter.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.charter.core.act.Act;
import org.junit.jupiter.api.Timeout;

/**
 * The canonical decoder on arbitrary bytes: a ledger row read back from disk is either an act or an
 * IllegalArgumentException, never another exception, and what it decodes re-encodes to the same act. Seeds are the
 * canonical bytes of the bundled scenario's acts (CanonicalFuzzTestsInputs/decode/).
 */
class CanonicalFuzzTests {
  @FuzzTest(maxDuration = "20s")
  @Timeout(10)
  void decode(byte[] bytes) {
    Act act;
    try {
      act = Canonical.decode(bytes);
    } catch (IllegalArgumentException refused) {
      // The decoder's one error type: the reader of a ledger row maps it to "entry N is not a canonical act".
      assertThat(refused.getMessage()).as("the refusal says why").isNotBlank();
      return;
    }
    assertThat(act).as("an act, or IllegalArgumentException").isNotNull();
    byte[] again = Canonical.encode(act);
    assertThat(Canonical.decode(again)).as("decoded act re-encodes to the same act").isEqualTo(act);
    assertThat(Canonical.encode(Canonical.decode(again))).as("the canonical form is a fixed point").isEqualTo(again);
  }
}
