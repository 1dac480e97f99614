package org.charter.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;

/** Replays the bundled OpenAI November 2023 case into the embedded store. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Replay the bundled OpenAI case (scenarios/openai-2023) into the embedded SQLite store and print"
        + " the timeline with a verdict per binding act and the final state.")
final class DemoCommand extends ReplayCommand {
  @Override
  Path scenarioDir() {
    return source.dir != null ? source.dir : Scenarios.bundled();
  }
}
