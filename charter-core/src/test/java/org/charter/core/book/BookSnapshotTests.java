package org.charter.core.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charter.core.Fixtures.bylaws;
import static org.charter.core.Fixtures.day;
import static org.charter.core.Fixtures.ids;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.charter.core.Fixtures;
import org.charter.core.act.ActCorrected;
import org.charter.core.act.ActMeta;
import org.charter.core.act.ActRetracted;
import org.charter.core.act.DirectorResigned;
import org.charter.core.act.Office;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.state.Register;
import org.junit.jupiter.api.Test;

/**
 * A snapshot is used only when it is whole, sealed with the key it is read with, of this format and build, and taken
 * at the head the store holds: anything else is refused with the reason, never half-read.
 */
class BookSnapshotTests {
  private static final byte[] BUILD = new byte[32];
  private static final byte[] KEY = "k".getBytes(StandardCharsets.UTF_8);

  private static Book book() {
    Fixtures f = new Fixtures().org("delaware-stock", 3, bylaws(24), null);
    f.replayAll(f.meeting("m1", 3, ids(1, 3), ids(1, 3)));
    f.replay(new OfficerAppointed(new ActMeta("sec", day(5), day(5), "t", List.of(), null), "acme", Office.SECRETARY,
        "d2", null));
    f.replay(new DirectorResigned(new ActMeta("bye", day(6), day(6), "t", List.of(), null), "board", "d3"));
    f.replay(new ActCorrected(new ActMeta("fix", day(20), day(20), "t", List.of(), null), "sec", day(15), "minutes"));
    f.replay(new ActRetracted(new ActMeta("undo", day(21), day(21), "t", List.of(), null), "bye", "wrong company"));
    return f.book;
  }

  private static byte[] write(Book b, byte[] key) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BookSnapshot.write(b, out, key, BUILD);
    return out.toByteArray();
  }

  private static Book read(byte[] bytes, LedgerEntry head, ZoneId zone, byte[] key)
      throws BookSnapshot.UnusableException {
    return BookSnapshot.read(new ByteArrayInputStream(bytes), head, zone, key, BUILD);
  }

  private static LedgerEntry head(Book b) {
    return b.last().orElseThrow().entry();
  }

  @Test
  void read_ofWhatWasWritten_givesTheSameEntriesVerdictsAndCorrections() throws Exception {
    Book b = book();
    Book r = read(write(b, KEY), head(b), ZoneOffset.UTC, KEY);
    assertThat(r.entries()).isEqualTo(b.entries());
    for (Recorded x : b.timeline()) {
      Recorded y = r.find(x.act().id()).orElseThrow();
      assertThat(y.verdict(Register.LEGAL)).isEqualTo(x.verdict(Register.LEGAL));
      assertThat(y.verdict(Register.ACTED)).isEqualTo(x.verdict(Register.ACTED));
      assertThat(y.judged().act()).isEqualTo(x.judged().act());
      assertThat(y.judged().retractedBy()).isEqualTo(x.judged().retractedBy());
    }
    assertThat(r.find("bye").orElseThrow().judged().retractedBy()).isEqualTo("undo");
    assertThat(r.find("sec").orElseThrow().judged().act().meta().validAt()).isEqualTo(day(15));
  }

  @Test
  void write_ofTheSameBookTwice_givesTheSameBytes() throws Exception {
    Book b = book();
    assertThat(write(b, KEY)).isEqualTo(write(b, KEY));
  }

  @Test
  void read_ofEveryTruncation_isRefused() throws Exception {
    Book b = book();
    byte[] bytes = write(b, KEY);
    for (int n = 0; n < bytes.length; n++) {
      byte[] cut = Arrays.copyOf(bytes, n);
      assertThatThrownBy(() -> read(cut, head(b), ZoneOffset.UTC, KEY)).as("cut at %d", n)
          .isInstanceOf(BookSnapshot.UnusableException.class);
    }
  }

  @Test
  void read_withAnyByteChanged_isRefused() throws Exception {
    Book b = book();
    byte[] bytes = write(b, KEY);
    for (int i = 0; i < bytes.length; i++) {
      byte[] bad = bytes.clone();
      bad[i] ^= (byte) (1 + (i % 255));
      int at = i;
      assertThatThrownBy(() -> read(bad, head(b), ZoneOffset.UTC, KEY)).as("byte %d", at)
          .isInstanceOf(BookSnapshot.UnusableException.class);
    }
  }

  @Test
  void read_withBytesAfterTheMac_isRefused() throws Exception {
    Book b = book();
    byte[] bytes = Arrays.copyOf(write(b, KEY), write(b, KEY).length + 1);
    assertThatThrownBy(() -> read(bytes, head(b), ZoneOffset.UTC, KEY))
        .isInstanceOf(BookSnapshot.UnusableException.class).hasMessageContaining("follow");
  }

  @Test
  void read_sealedWithAnotherKey_isRefusedAsATamperedMac() throws Exception {
    Book b = book();
    assertThatThrownBy(() -> read(write(b, "other".getBytes(StandardCharsets.UTF_8)), head(b), ZoneOffset.UTC, KEY))
        .isInstanceOf(BookSnapshot.UnusableException.class).hasMessageContaining("MAC");
  }

  @Test
  void read_ofAnotherFormat_isRefusedSayingSo() throws Exception {
    Book b = book();
    byte[] bytes = write(b, KEY);
    // The format is the varint right after the 17-byte magic.
    bytes[17] = 1;
    assertThatThrownBy(() -> read(bytes, head(b), ZoneOffset.UTC, KEY))
        .isInstanceOf(BookSnapshot.UnusableException.class).hasMessageContaining("format 1");
  }

  @Test
  void read_atAnotherHead_isRefused() throws Exception {
    Book b = book();
    byte[] bytes = write(b, KEY);
    Book longer = book();
    longer.replay(new DirectorResigned(new ActMeta("later", day(30), day(30), "t", List.of(), null), "board", "d2"));
    assertThatThrownBy(() -> read(bytes, head(longer), ZoneOffset.UTC, KEY))
        .isInstanceOf(BookSnapshot.UnusableException.class).hasMessageContaining("entries");
    LedgerEntry same = head(b);
    LedgerEntry otherHash = new LedgerEntry(same.book(), same.seq(), same.actId(), same.actType(), same.validAt(),
        same.recordedAt(), same.payload(), same.prevHash(), new byte[32]);
    assertThatThrownBy(() -> read(bytes, otherHash, ZoneOffset.UTC, KEY))
        .isInstanceOf(BookSnapshot.UnusableException.class).hasMessageContaining("head hash");
  }

  @Test
  void read_inAnotherZone_isRefused() throws Exception {
    Book b = book();
    assertThatThrownBy(() -> read(write(b, KEY), head(b), ZoneId.of("America/Los_Angeles"), KEY))
        .isInstanceOf(BookSnapshot.UnusableException.class).hasMessageContaining("zone");
  }

  @Test
  void write_ofAnEmptyBook_isRefused() {
    assertThatThrownBy(() -> write(new Book("acme", ZoneOffset.UTC), KEY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
