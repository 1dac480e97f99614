package org.charter.cli;

import picocli.CommandLine.Option;

/** The --format option every printing command shares, charter bench's included. */
public final class FormatOption {
  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  public boolean json() {
    return format == Format.json;
  }
}
