package org.charter.cli;

import java.util.List;
import org.charter.core.state.Register;
import picocli.CommandLine.Option;

/** {@code --view acted|legal|both}: which register a state answer shows. */
final class ViewOption {
  enum View {
    acted, legal, both
  }

  @Option(names = "--view", defaultValue = "both", paramLabel = "acted|legal|both",
      description = "which register: as acted (what the organisation did and the world treated as done), legal"
          + " (under the rules: a void act has no effect, a voidable one stands until avoided), or both, with where"
          + " they differ (default: ${DEFAULT-VALUE})")
  View view = View.both;

  List<Register> registers() {
    return Register.views(view.name()).orElseThrow();
  }
}
