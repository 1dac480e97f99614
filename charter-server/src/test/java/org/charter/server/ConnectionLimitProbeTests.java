package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bound on connections, and so on requests in progress: past it the server takes no more until one closes, and the
 * waiting caller is then answered, not dropped.
 */
class ConnectionLimitProbeTests {
  private static final int LIMIT = 8;
  @TempDir Path dir;

  @Test
  void limitReached_nextCallerWaitsUntilOneCloses_thenIsAnswered() throws Exception {
    try (TestServer server = TestServer.start(
        ServerOptions.of(0, dir.resolve("charter.db").toString(), List.of(TestServer.OPENAI)).withMaxConnections(LIMIT))) {
      List<Socket> held = new ArrayList<>();
      try {
        for (int i = 0; i < LIMIT; i++) {
          held.add(connect(server));
        }
        // Each held connection is accepted: a request on it is answered.
        for (Socket s : held) {
          request(s, "GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n");
          assertThat(statusLine(s, 5_000)).startsWith("HTTP/1.1 200");
        }
        try (Socket extra = connect(server)) {
          request(extra, "GET /openapi.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
          // Not accepted while the limit is held: no answer comes.
          assertThatThrownBy(() -> statusLine(extra, 1_500)).isInstanceOf(SocketTimeoutException.class);
          held.remove(0).close();
          // One closed, so the waiting caller is accepted and answered.
          assertThat(statusLine(extra, 5_000)).startsWith("HTTP/1.1 200");
        }
      } finally {
        for (Socket s : held) {
          s.close();
        }
      }
    }
  }

  @Test
  void optionsRefuseALimitBelowOne() {
    assertThatThrownBy(() -> ServerOptions.of(0, "x.db", List.of()).withMaxConnections(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
  }

  private static Socket connect(TestServer server) throws IOException {
    Socket s = new Socket();
    s.connect(new InetSocketAddress("127.0.0.1", server.server.port()), 2_000);
    return s;
  }

  private static void request(Socket s, String head) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** The answer's first line, read byte by byte so that nothing after it is consumed. */
  private static String statusLine(Socket s, int millis) throws IOException {
    s.setSoTimeout(millis);
    InputStream in = s.getInputStream();
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      line.append((char) c);
    }
    return line.toString().strip();
  }
}
