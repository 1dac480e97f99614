package org.charter.cli;

import picocli.CommandLine.Option;

/** The --format option every printing command shares. */
final class FormatOption {
  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  boolean json() {
    return format == Format.json;
  }
}
