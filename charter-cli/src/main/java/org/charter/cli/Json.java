package org.charter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/** JSON output: maps and lists as built by the reports, indented, in the order they were built. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  public static void print(PrintWriter out, Object tree) {
    try {
      out.println(MAPPER.writeValueAsString(tree));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("reports hold only maps, lists, strings, numbers and booleans", e);
    }
  }
}
