package org.charter.cli;

/** Output format of a command. */
public enum Format {
  text,
  json
}
