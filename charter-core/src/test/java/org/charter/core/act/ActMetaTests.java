package org.charter.core.act;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A span's last period is kept only with a precision, and only after its first. */
class ActMetaTests {
  private static final Instant Y2018 = Instant.parse("2018-01-01T08:00:00Z");
  private static final Instant Y2019 = Instant.parse("2019-01-01T08:00:00Z");

  @Test
  void aSpan_keepsItsLastPeriod_throughANewRecordedTime() {
    ActMeta m = new ActMeta("a", Y2018, Y2018, "t", List.of(), null, Precision.YEAR, Y2019);
    assertThat(m.withRecordedAt(Y2019).through()).isEqualTo(Y2019);
    assertThat(m.withRecordedAt(Y2019).precision()).isEqualTo(Precision.YEAR);
  }

  @Test
  void aSpanWithoutAPrecision_isRefused() {
    assertThatThrownBy(() -> new ActMeta("a", Y2018, Y2018, "t", List.of(), null, null, Y2019))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a span needs a precision");
  }

  @Test
  void aSpanEndingAtOrBeforeItsStart_isRefused() {
    assertThatThrownBy(() -> new ActMeta("a", Y2019, Y2019, "t", List.of(), null, Precision.YEAR, Y2018))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must begin after its first");
    assertThatThrownBy(() -> new ActMeta("a", Y2018, Y2018, "t", List.of(), null, Precision.YEAR, Y2018))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
