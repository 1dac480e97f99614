package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.charter.core.act.Act;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTests {
  @Test
  void load_sampleScenario_readsHeaderAndActsInFileOrder() {
    Scenario s = Fixtures.sample();
    assertThat(s.id()).isEqualTo("sample");
    assertThat(s.zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
    assertThat(s.recordedBy()).isEqualTo("charter-tests");
    assertThat(s.acts()).extracting(Act::id).startsWith("openai-inc-formed", "2015-2", "2015-3", "2019-1");
    System.out.println(s.acts());
  }
}
