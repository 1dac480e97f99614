package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert;

/** Test fixtures under src/test/resources, and the problems a failing load reports. */
final class Fixtures {
  private Fixtures() {}

  /** A file or directory under src/test/resources. */
  static Path resource(String name) {
    URL url = Fixtures.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Scenario sample() {
    return new ScenarioLoader().load(resource("scenarios/sample"));
  }

  /** The acts file under errors/, loaded against the sample scenario; it must fail. */
  static List<Problem> errorsIn(String file) {
    Scenario sample = sample();
    return problems(() -> new ScenarioLoader().loadActs(resource("errors/" + file), sample));
  }

  static List<Problem> problems(ThrowableAssert.ThrowingCallable load) {
    ScenarioException[] caught = new ScenarioException[1];
    assertThatThrownBy(load).isInstanceOfSatisfying(ScenarioException.class, e -> caught[0] = e);
    return caught[0].problems();
  }
}
