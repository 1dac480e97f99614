package org.charter.cli;

/** Output format of a command. */
enum Format {
  text,
  json
}
