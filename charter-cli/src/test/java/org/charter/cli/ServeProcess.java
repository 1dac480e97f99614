package org.charter.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code charter serve} process for the probes that kill one: started on this JVM's class path with the admin
 * token given, its address read from the banner it prints once it listens.
 */
final class ServeProcess implements AutoCloseable {
  static final String TOKEN = "serve-probe-admin-token-0123456789";
  static final int SIGKILL_EXIT = 128 + 9;
  private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final Process process;
  private final Path errors;
  final String base;

  private ServeProcess(Process process, Path errors, String base) {
    this.process = process;
    this.errors = errors;
    this.base = base;
  }

  /** Starts {@code charter serve --port 0 --db DB --scenario scenarios/openai-2023} and waits until it listens. */
  static ServeProcess start(String db, Path errors, String why) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "serve", "--port", "0", "--db", db,
        "--scenario", Path.of("..", "scenarios", "openai-2023").toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put(ServeCommand.ADMIN_TOKEN_ENV, TOKEN);
    pb.redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()));
    Process p = pb.start();
    return new ServeProcess(p, errors, base(p, errors, why));
  }

  /** The server's address, from the banner it prints once it listens. */
  private static String base(Process server, Path errors, String why) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = out.readLine()) != null; ) {
      seen.append(line).append('\n');
      Matcher m = URL.matcher(line);
      if (m.find()) {
        // Keep draining the banner so the server never blocks on a full pipe.
        Thread.ofVirtual().start(() -> drain(out));
        return m.group(1);
      }
    }
    server.destroyForcibly();
    return fail(why + ": charter serve ended before it listened: " + seen + Files.readString(errors));
  }

  private static void drain(BufferedReader out) {
    try (out) {
      while (out.readLine() != null) {
        // Only the banner is printed; nothing to keep.
      }
    } catch (IOException e) {
      // The pipe closes when the server is killed.
    }
  }

  /** Kills the process with SIGKILL and returns its exit value once it has ended. */
  int killNine() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      fail("charter serve did not end within 30 s of SIGKILL");
    }
    return process.exitValue();
  }

  /** A GET of {@code path} (no leading slash) with the admin token. */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN)
        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A POST of a YAML body to {@code path} with the admin token. */
  HttpResponse<String> postYaml(String path, String body) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/yaml").timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** What the process wrote to its standard error so far. */
  String errors() throws IOException {
    return Files.readString(errors);
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
