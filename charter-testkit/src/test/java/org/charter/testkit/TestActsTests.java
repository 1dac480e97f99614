package org.charter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.charter.core.ledger.ChainVerifier;
import org.charter.core.ledger.LedgerEntry;
import org.junit.jupiter.api.Test;

class TestActsTests {
  @Test
  void entries_fromGenesis_verifyAsAChain() {
    List<LedgerEntry> entries = TestActs.entries("b", 5);

    assertThat(entries).extracting(LedgerEntry::seq).containsExactly(0L, 1L, 2L, 3L, 4L);
    assertThat(ChainVerifier.verify("b", entries)).isEmpty();
  }

  @Test
  void next_afterEntries_continuesTheChainWithFreshActIds() {
    List<LedgerEntry> first = TestActs.entries("b", 3);
    List<LedgerEntry> all = TestActs.concat(first, TestActs.next("b", first, 4));

    assertThat(ChainVerifier.verify("b", all)).isEmpty();
    assertThat(all).extracting(LedgerEntry::actId).doesNotHaveDuplicates();
  }

  @Test
  void statements_recordedAfterValidTime_soStoresKeepBothTimes() {
    var act = TestActs.statements("s", 1).get(0);

    assertThat(act.meta().recordedAt()).isAfter(act.meta().validAt());
  }
}
