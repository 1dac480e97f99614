package org.charter.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/**
 * The check a bylaw condition passes when the bylaws are recorded, on arbitrary text: it compiles, or the answer is
 * CEL's message, never an exception, and never a hang (10 s per input, Jazzer's timeout when fuzzing). Seeds are
 * conditions in the scenario format's documentation and fixtures (CelConditionFuzzTestsInputs/compile/).
 */
class CelConditionFuzzTests {
  @FuzzTest(maxDuration = "20s")
  @Timeout(10)
  void compile(byte[] bytes) {
    Optional<String> error = CelConditions.compileError(new String(bytes, StandardCharsets.UTF_8));
    error.ifPresent(message -> assertThat(message).as("why it does not compile").isNotBlank());
  }
}
