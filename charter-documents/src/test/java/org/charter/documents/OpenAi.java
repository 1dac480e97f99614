package org.charter.documents;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import org.charter.core.act.Act;
import org.charter.core.book.Book;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioLoader;

/** The bundled OpenAI scenario, replayed once for every test of this module. */
final class OpenAi {
  static final Path DIR = Path.of("..", "scenarios", "openai-2023");
  static final Scenario SCENARIO = new ScenarioLoader().load(DIR);
  static final Book BOOK = replay();

  private OpenAi() {}

  private static Book replay() {
    Book b = new Book(SCENARIO.id(), SCENARIO.zone());
    for (Act a : SCENARIO.acts()) {
      b.replay(a);
    }
    return b;
  }

  /** A local time in the scenario's zone. */
  static Instant local(String t) {
    return LocalDateTime.parse(t).atZone(SCENARIO.zone()).toInstant();
  }

  static DocumentRequest request(DocumentKind kind, String meeting, String act, Instant at, String entity) {
    return new DocumentRequest(kind, Instant.MAX, meeting, act, at, entity, null, null);
  }
}
