package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/jdk, which ./charter, ./run-tests and .ci/run source: it picks a JDK 21 or later and never falls back to an
 * older one. Each test lays out fake JDKs (a release file and an executable bin/javac) in a directory of its own.
 */
class LauncherJdkTests {
  private static final Path SCRIPT = Path.of("..", "scripts", "jdk").toAbsolutePath().normalize();

  @TempDir Path jvm;

  @Test
  void jdk_newestUnderTheJvmDirectory_isChosenOverAnOlderJavaHome() throws Exception {
    Path old = fakeJdk("java-17", "17.0.15");
    fakeJdk("jdk-21", "21.0.9");
    Path newest = fakeJdk("jdk-25", "25.0.3");
    Result r = source(old);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().strip()).isEqualTo(newest.toString());
  }

  @Test
  void jdk_javaHomeOf21OrLater_winsOverANewerOne() throws Exception {
    Path home = fakeJdk("jdk-21", "21.0.9");
    fakeJdk("jdk-25", "25.0.3");
    Result r = source(home);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().strip()).isEqualTo(home.toString());
  }

  @Test
  void jdk_onlyOlderOnes_exitsTwoNamingWhatToInstall() throws Exception {
    Path old = fakeJdk("java-17", "17.0.15");
    Result r = source(old);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("no JDK 21 or later").contains("JAVA_HOME=" + old).contains("install a JDK 21");
  }

  private Path fakeJdk(String name, String version) throws IOException {
    Path home = jvm.resolve(name);
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    Path javac = home.resolve("bin").resolve("javac");
    Files.writeString(javac, "#!/bin/sh\necho javac " + version + "\n");
    Files.setPosixFilePermissions(javac, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }

  private Result source(Path javaHome) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", "source \"$0\" && echo \"$JAVA_HOME\"", SCRIPT.toString());
    Map<String, String> env = pb.environment();
    env.put("JAVA_HOME", javaHome.toString());
    env.put("CHARTER_JVM_DIR", jvm.toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), out, err);
  }

  private record Result(int code, String out, String err) {}
}
