package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A slow-body attack: 300 connections each declare a body and send one byte of it, then nothing. Other callers must
 * still be answered promptly, and the server must cut the slow connections off instead of waiting for them for ever.
 */
class SlowBodyProbeTests extends OneServerPerClass {
  private static final int SLOW = 300;

  @Test
  void threeHundredSlowBodies_otherRequestsAreAnsweredAndTheSlowOnesAreCutOff() throws Exception {
    String viewer = server.token("slow-viewer", TestServer.BOOK, "viewer", null);
    List<Socket> slow = new ArrayList<>();
    PrintStream stderr = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      for (int i = 0; i < SLOW; i++) {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", server.server.port()), 2_000);
        OutputStream out = s.getOutputStream();
        out.write(("POST /api/tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + viewer
            + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        slow.add(s);
      }
      // While every slow body is pending, a reader is still answered, and promptly.
      for (int i = 0; i < 20; i++) {
        long start = System.nanoTime();
        TestServer.Answer a = server.get("/api/books");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(a.status()).isEqualTo(200);
        assertThat(millis).as("a read during the slow bodies took %d ms", millis).isLessThan(2_000);
      }
      // The server gives up on the slow bodies: every connection is answered or closed within the idle timeout.
      long deadline = System.currentTimeMillis() + CharterServer.IDLE_TIMEOUT.toMillis() + 10_000;
      int cut = 0;
      for (Socket s : slow) {
        if (closedOrAnsweredBy(s, deadline)) {
          cut++;
        }
      }
      assertThat(cut).as("slow connections cut off").isEqualTo(SLOW);
      // Each aborted upload is one line at INFO, not an ERROR with a stack trace.
      Thread.sleep(1_000);
      String logged = log.toString(StandardCharsets.UTF_8);
      assertThat(logged).doesNotContain("ERROR").doesNotContain("\tat ");
      assertThat(logged.lines().filter(l -> l.contains("INFO") && l.contains("did not arrive")).count())
          .isEqualTo(SLOW);
    } finally {
      System.setErr(stderr);
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void aBodyTrickledFasterThanTheIdleTimeout_isCutOffAtTheWholeBodyDeadlineWith408() throws Exception {
    String viewer = server.token("trickle-viewer", TestServer.BOOK, "viewer", null);
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", server.server.port()), 2_000);
      OutputStream out = s.getOutputStream();
      out.write(("POST /api/tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + viewer
          + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // One byte every 4 s never leaves the connection idle for the 10 s that would cut it; only the deadline on the
      // whole body does.
      long started = System.currentTimeMillis();
      Thread trickle = Thread.ofVirtual().start(() -> {
        try {
          while (!Thread.currentThread().isInterrupted()) {
            Thread.sleep(4_000);
            out.write(' ');
            out.flush();
          }
        } catch (InterruptedException | IOException e) {
          // The server answered and closed, or the test is done.
        }
      });
      try {
        s.setSoTimeout((int) (Bodies.DEADLINE.toMillis() + CharterServer.IDLE_TIMEOUT.toMillis() + 15_000));
        String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        long took = System.currentTimeMillis() - started;
        assertThat(answer).startsWith("HTTP/1.1 408").contains("\"error\" : \"timeout\"").contains("whole body 30 s");
        assertThat(took).as("cut off after the deadline, not before").isGreaterThanOrEqualTo(Bodies.DEADLINE.toMillis());
      } finally {
        trickle.interrupt();
      }
    }
  }

  private static boolean closedOrAnsweredBy(Socket s, long deadline) throws IOException {
    InputStream in = s.getInputStream();
    while (true) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return false;
      }
      s.setSoTimeout((int) left);
      try {
        // An answer (a 408 or 400) or the end of the stream both mean the server is done with it.
        return in.read() != Integer.MIN_VALUE;
      } catch (SocketTimeoutException e) {
        return false;
      } catch (IOException e) {
        return true; // reset by the server
      }
    }
  }
}
