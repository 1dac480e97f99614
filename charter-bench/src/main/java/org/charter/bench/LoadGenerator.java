package org.charter.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.charter.core.act.Nullable;

/**
 * An open-loop load generator over plain HTTP/1.1 keep-alive sockets, light enough to share two cores with the
 * server: request i is due at {@code i / rate} seconds and is timed from then, whatever the answers before it did, so
 * that queueing behind a slow answer counts against the server (no coordinated omission). Requests go round-robin over
 * {@value #CONNECTIONS} connections, one thread each; a connection busy past a request's due time sends it late, and
 * the lateness is part of its latency. Each answer must come within {@value #TIMEOUT_SECONDS} s, and a request
 * still unsent {@value #TIMEOUT_SECONDS} s after the run should have ended is counted failed unsent, so a server
 * that cannot keep up makes the run fail fast rather than last for hours.
 */
final class LoadGenerator {
  static final int CONNECTIONS = 64;
  static final int TIMEOUT_SECONDS = 10;

  /** What a run saw; latencies in microseconds, sorted, one per request (failed ones at the timeout at least). */
  record Result(long sent, long ok, long failed, double achievedRate, double meanBytes, long[] micros) {
    double p50Micros() {
      return micros[micros.length / 2];
    }

    double p99Micros() {
      return micros[(int) (micros.length * 0.99)];
    }
  }

  /** One request: a GET of {@code path}, or, with a JSON body, a POST of it (answered 201). */
  record Request(String path, @Nullable String json) {
    static Request get(String path) {
      return new Request(path, null);
    }

    static Request post(String path, String json) {
      return new Request(path, json);
    }
  }

  private final String token;

  LoadGenerator(String token) {
    this.token = token;
  }

  /** Sends {@code paths.get(i)} (path and query) to {@code base} for every i, at {@code rate} per second. */
  Result run(URI base, List<String> paths, int rate) throws InterruptedException {
    return send(base, paths.stream().map(Request::get).toList(), rate);
  }

  /**
   * Sends the requests round-robin to several servers at {@code rate} per second in all (request i to server i mod k,
   * each at its share of the rate), and returns what all of them saw together.
   */
  Result send(List<URI> bases, List<Request> requests, int rate) throws InterruptedException {
    int k = bases.size();
    Result[] parts = new Result[k];
    List<Thread> threads = new ArrayList<>();
    for (int s = 0; s < k; s++) {
      int server = s;
      List<Request> share = new ArrayList<>();
      for (int i = server; i < requests.size(); i += k) {
        share.add(requests.get(i));
      }
      Thread t = Thread.ofPlatform().name("charter-load-server-" + s).start(() -> {
        try {
          parts[server] = send(bases.get(server), share, Math.max(1, rate / k));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    long sent = 0;
    long ok = 0;
    long failed = 0;
    double achieved = 0;
    double bytes = 0;
    List<long[]> all = new ArrayList<>();
    for (Result r : parts) {
      sent += r.sent();
      ok += r.ok();
      failed += r.failed();
      achieved += r.achievedRate();
      bytes += r.meanBytes() * r.ok();
      all.add(r.micros());
    }
    long[] micros = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(sent, ok, failed, achieved, ok == 0 ? 0 : bytes / ok, micros);
  }

  /** Sends {@code requests.get(i)} to {@code base} for every i, at {@code rate} per second. */
  Result send(URI base, List<Request> requests, int rate) throws InterruptedException {
    int n = requests.size();
    long[] micros = new long[n];
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    long start = System.nanoTime() + 50_000_000;
    double period = 1e9 / rate;
    long deadline = start + (long) (n * period) + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < Math.min(CONNECTIONS, n); c++) {
      int first = c;
      Thread t = new Thread(() -> {
        Connection conn = null;
        for (int i = first; i < n; i += CONNECTIONS) {
          long due = start + (long) (i * period);
          long wait = due - System.nanoTime();
          if (wait > 0) {
            LockSupport.parkNanos(wait);
          }
          if (System.nanoTime() > deadline) {
            failed.incrementAndGet();
            micros[i] = Math.max((System.nanoTime() - due) / 1_000, TimeUnit.SECONDS.toMicros(TIMEOUT_SECONDS));
            continue;
          }
          try {
            conn = conn != null ? conn : new Connection(base);
            int size = conn.send(requests.get(i), token);
            ok.incrementAndGet();
            bytes.addAndGet(size);
            micros[i] = (System.nanoTime() - due) / 1_000;
          } catch (IOException | RuntimeException e) {
            failed.incrementAndGet();
            micros[i] = Math.max((System.nanoTime() - due) / 1_000, TimeUnit.SECONDS.toMicros(TIMEOUT_SECONDS));
            if (conn != null) {
              conn.close();
              conn = null;
            }
          }
        }
        if (conn != null) {
          conn.close();
        }
      }, "charter-load-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    Arrays.sort(micros);
    return new Result(n, ok.get(), failed.get(), ok.get() / elapsed,
        ok.get() == 0 ? 0 : (double) bytes.get() / ok.get(), micros);
  }

  /** One keep-alive connection: a GET, and its answer read to the end. */
  private static final class Connection {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final String host;

    Connection(URI base) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(TIMEOUT_SECONDS * 1_000);
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_SECONDS * 1_000);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      host = base.getHost() + ":" + base.getPort();
    }

    /** Sends a request and reads the whole answer; returns the body's size. */
    int send(Request r, String token) throws IOException {
      if (r.json() == null) {
        out.write(("GET " + r.path() + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
            + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      } else {
        byte[] body = r.json().getBytes(StandardCharsets.UTF_8);
        out.write(("POST " + r.path() + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
            + "\r\nAccept: application/json\r\nContent-Type: application/json\r\nContent-Length: " + body.length
            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
      }
      out.flush();
      String status = line();
      int code = Integer.parseInt(status.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      for (String h; !(h = line()).isEmpty(); ) {
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).strip());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        }
      }
      long size = 0;
      if (chunked) {
        for (long chunk; (chunk = Long.parseLong(line().split(";")[0].strip(), 16)) > 0; ) {
          skip(chunk);
          size += chunk;
          line();
        }
        while (!line().isEmpty()) {
          // trailers
        }
      } else if (length >= 0) {
        skip(length);
        size = length;
      } else {
        throw new IOException("an answer with neither a length nor chunks");
      }
      if (code != 200 && code != 404 && !(code == 201 && r.json() != null)) {
        throw new IOException("HTTP " + code);
      }
      return (int) size;
    }

    private void skip(long n) throws IOException {
      while (n > 0) {
        long s = in.skip(n);
        if (s <= 0) {
          if (in.read() < 0) {
            throw new IOException("connection closed mid-answer");
          }
          s = 1;
        }
        n -= s;
      }
    }

    private String line() throws IOException {
      StringBuilder sb = new StringBuilder();
      for (int c; (c = in.read()) != '\n'; ) {
        if (c < 0) {
          throw new IOException("connection closed");
        }
        if (c != '\r') {
          sb.append((char) c);
        }
      }
      return sb.toString();
    }

    void close() {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }
}
