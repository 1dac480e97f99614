package org.charter.core.act;

/** Whether a resolution was adopted, as reported. */
public enum Outcome {
  ADOPTED,
  FAILED
}
