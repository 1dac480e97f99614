package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.act.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every act type, walked from the sealed hierarchy, reads from YAML written from its record components. */
class ActTypesRoundTripTests {
  @TempDir Path dir;

  static Stream<Class<? extends Act>> actTypes() {
    return ActTypes.all().stream();
  }

  private Act readOne(Class<? extends Act> type, boolean everyField) throws IOException {
    Path file = dir.resolve("check.yaml");
    Files.writeString(file, "- " + SampleActs.act(type, "the-act", everyField) + "\n");
    List<Act> acts = new ScenarioLoader().loadActs(file, Fixtures.sample());
    assertThat(acts).hasSize(1);
    return acts.get(0);
  }

  @ParameterizedTest
  @MethodSource("actTypes")
  void read_requiredFieldsOnly_givesThatTypeWithOptionalFieldsNotOnRecord(Class<? extends Act> type)
      throws Exception {
    Act act = readOne(type, false);
    assertThat(act).isInstanceOf(type);
    assertThat(act.id()).isEqualTo("the-act");
    for (RecordComponent c : Fields.of(type)) {
      Object value = c.getAccessor().invoke(act);
      if (c.isAnnotationPresent(Nullable.class)) {
        assertThat(value).as(c.getName()).isNull();
      } else if (c.getType() == List.class) {
        assertThat((List<?>) value).as(c.getName()).isEmpty();
      } else {
        assertThat(value).as(c.getName()).isNotNull();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("actTypes")
  void read_everyField_givesThatTypeWithEveryFieldSet(Class<? extends Act> type) throws Exception {
    Act act = readOne(type, true);
    assertThat(act).isInstanceOf(type);
    for (RecordComponent c : Fields.of(type)) {
      Object value = c.getAccessor().invoke(act);
      assertThat(value).as(c.getName()).isNotNull();
      if (value instanceof Collection<?> list) {
        assertThat(list).as(c.getName()).isNotEmpty();
      }
      if (value instanceof String s) {
        assertThat(s).as(c.getName()).isEqualTo(SampleActs.stringFor(c));
      }
      if (value instanceof Boolean b) {
        assertThat(b).as(c.getName()).isTrue();
      }
    }
  }

  @Test
  void actTypes_noActFieldIsNamedLikeAMetaKey() {
    for (Class<? extends Act> type : ActTypes.all()) {
      assertThat(Fields.of(type)).extracting(Fields::name).as(ActTypes.nameOf(type))
          .doesNotContainAnyElementsOf(Fields.META_KEYS).doesNotContain("act");
    }
  }

  @Test
  void nameDefiners_matchTheNamesSectionOfTheFormatDoc() {
    assertThat(Names.definers())
        .extractingFromEntries(e -> e.getKey().name().toLowerCase(Locale.ROOT) + ": " + e.getValue())
        .containsExactlyInAnyOrder(
            "entity: [entity-formed, entity-entered]",
            "person: [person-described]",
            "body: [body-established]",
            "meeting: [meeting-called]",
            "resolution: [motion-voted, written-consent-signed]",
            "petition: [petition-opened]");
  }
}
