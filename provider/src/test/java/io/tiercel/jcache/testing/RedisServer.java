package io.tiercel.jcache.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} for tests, on a free loopback port, or the server {@code REDIS_URL}
 * names.
 *
 * <ul>
 *   <li>The binary is the {@code redis-server} on the PATH, else the one shipped inside the
 *       {@code com.github.codemonstur:embedded-redis} test jar.</li>
 *   <li>A started server keeps nothing on disk and listens on 127.0.0.1 only; a started
 *       sentinel keeps only its configuration, in a temporary directory.</li>
 *   <li>{@link #stop()} and {@link #start()} take a started server down and up again on the same
 *       port, for tests of outages; a server named by {@code REDIS_URL} cannot be stopped.</li>
 * </ul>
 */
public final class RedisServer implements AutoCloseable {
  private static final String EMBEDDED_VERSION = "6.2.6-v5";
  private static final long START_TIMEOUT_MILLIS = 10_000;

  private final URI external;
  private final int port;
  private final List<String> leadingArguments;
  private final List<String> extraArguments;
  private Process process;

  private RedisServer(URI external, int port, List<String> extraArguments) {
    this(external, port, List.of(), extraArguments);
  }

  private RedisServer(URI external, int port, List<String> leadingArguments,
      List<String> extraArguments) {
    this.external = external;
    this.port = port;
    this.leadingArguments = leadingArguments;
    this.extraArguments = extraArguments;
  }

  /**
   * Returns the server {@code REDIS_URL} names, or starts one on a free loopback port with the
   * given extra {@code redis-server} arguments (e.g. {@code "--requirepass", "secret"}).
   */
  public static RedisServer startOrConnect(String... extraArguments) {
    String url = System.getenv("REDIS_URL");
    if (url != null && !url.isBlank() && extraArguments.length == 0) {
      return new RedisServer(URI.create(url), -1, List.of());
    }
    RedisServer server = new RedisServer(null, freePort(), List.of(extraArguments));
    server.start();
    return server;
  }

  /**
   * Starts a server on a free loopback port even when {@code REDIS_URL} names one, for tests
   * that build a topology (a master and its replica, for instance).
   */
  public static RedisServer startLocal(String... extraArguments) {
    RedisServer server = new RedisServer(null, freePort(), List.of(extraArguments));
    server.start();
    return server;
  }

  /**
   * Starts a Redis Sentinel on a free loopback port, watching {@code master} under the name
   * {@code masterName} alone (a quorum of one), declaring it down after a second of silence.
   * Its configuration, which a sentinel rewrites, lives in a new temporary directory; the
   * {@code extraArguments} follow it (e.g. {@code "--requirepass", "secret"}).
   */
  public static RedisServer startSentinel(String masterName, RedisServer master,
      String... extraArguments) {
    Path directory;
    try {
      directory = Files.createTempDirectory("tiercel-sentinel-");
      Path config = directory.resolve("sentinel.conf");
      Files.writeString(config, String.join("\n",
          "dir " + directory,
          "sentinel monitor " + masterName + " 127.0.0.1 " + master.port() + " 1",
          "sentinel down-after-milliseconds " + masterName + " 1000",
          "sentinel failover-timeout " + masterName + " 3000", ""));
      directory.toFile().deleteOnExit();
      config.toFile().deleteOnExit();
      RedisServer sentinel = new RedisServer(null, freePort(),
          List.of(config.toString(), "--sentinel"), List.of(extraArguments));
      sentinel.start();
      return sentinel;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a sentinel configuration", e);
    }
  }

  /** Returns whether this harness started the server (and so may stop and restart it). */
  public boolean isOwned() {
    return external == null;
  }

  /** Returns the server's URL, {@code redis://127.0.0.1:<port>} for a started server. */
  public URI url() {
    return external != null ? external : URI.create("redis://127.0.0.1:" + port);
  }

  /** Returns the URL of database {@code database} of this server. */
  public URI url(int database) {
    URI base = url();
    return URI.create(base.getScheme() + "://" + base.getRawAuthority() + "/" + database);
  }

  /** Returns the port a started server listens on. */
  public int port() {
    requireOwned();
    return port;
  }

  /** Starts the server (again) on its port and waits until it answers. */
  public synchronized void start() {
    requireOwned();
    if (process != null && process.isAlive()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of(binary().toString()));
    command.addAll(leadingArguments);
    command.addAll(List.of("--port", String.valueOf(port), "--bind", "127.0.0.1", "--save", "",
        "--appendonly", "no", "--daemonize", "no", "--protected-mode", "no",
        "--loglevel", "warning"));
    command.addAll(extraArguments);
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
    awaitReady();
  }

  /** Stops the server at once (as a crash would), keeping its port for {@link #start()}. */
  public synchronized void stop() {
    requireOwned();
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
  }

  /**
   * Freezes the server process (SIGSTOP): connections stay open and accepted, but nothing is
   * answered, as a hung server or a silent network would behave. {@link #thaw()} resumes it.
   */
  public synchronized void freeze() {
    signal("-STOP");
  }

  /** Resumes a server {@link #freeze()} froze. */
  public synchronized void thaw() {
    signal("-CONT");
  }

  private void signal(String signal) {
    requireOwned();
    try {
      Process kill = new ProcessBuilder("kill", signal, String.valueOf(process.pid())).start();
      if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
        throw new IllegalStateException("kill " + signal + " failed for redis-server");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends one command and returns the raw RESP reply, for test set-up outside the provider. */
  public String command(String... arguments) {
    URI url = url();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 2_000);
      socket.setSoTimeout(5_000);
      write(socket.getOutputStream(), arguments);
      return readReply(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("Redis at " + url.getHost() + ":" + url.getPort()
          + " did not answer " + arguments[0], e);
    }
  }

  /** Stops each of {@code servers} that was started (null ones were not), in that order. */
  public static void closeAll(RedisServer... servers) {
    for (RedisServer server : servers) {
      if (server != null) {
        server.close();
      }
    }
  }

  @Override
  public void close() {
    if (isOwned()) {
      stop();
    }
  }

  private void requireOwned() {
    if (!isOwned()) {
      throw new IllegalStateException(
          "The Redis server at " + external + " comes from REDIS_URL; it cannot be controlled");
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MILLIS);
    IOException last = null;
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        socket.setSoTimeout(1_000);
        write(socket.getOutputStream(), "PING");
        String reply = readReply(socket.getInputStream());
        // A server that requires a password answers too, refusing the ping.
        if (reply.startsWith("+PONG") || reply.startsWith("-NOAUTH")) {
          return;
        }
      } catch (IOException e) {
        last = e;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("redis-server exited with " + process.exitValue()
            + " while starting on port " + port);
      }
      sleep(20);
    }
    throw new IllegalStateException("redis-server did not answer on port " + port + " within "
        + START_TIMEOUT_MILLIS + " ms", last);
  }

  private static void write(OutputStream out, String... arguments) throws IOException {
    StringBuilder request = new StringBuilder("*").append(arguments.length).append("\r\n");
    for (String argument : arguments) {
      byte[] bytes = argument.getBytes(StandardCharsets.UTF_8);
      request.append('$').append(bytes.length).append("\r\n").append(argument).append("\r\n");
    }
    out.write(request.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Reads one reply; enough of RESP for status, integer, error and bulk replies. */
  private static String readReply(InputStream in) throws IOException {
    String line = readLine(in);
    if (line.startsWith("$") && !line.equals("$-1")) {
      int length = Integer.parseInt(line.substring(1));
      byte[] body = in.readNBytes(length + 2);
      return new String(body, 0, length, StandardCharsets.UTF_8);
    }
    return line;
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\r') {
        in.read();
        return line.toString();
      }
      line.append((char) c);
    }
    throw new IOException("Connection closed after '" + line + "'");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port", e);
    }
  }

  /**
   * Returns the redis-server on the PATH, else the one from the embedded-redis jar; the system
   * property {@code tiercel.test.redis-server} names another binary, or {@code embedded}.
   */
  private static synchronized Path binary() {
    String chosen = System.getProperty("tiercel.test.redis-server", "");
    if (chosen.equals("embedded")) {
      return Embedded.BINARY;
    }
    if (!chosen.isBlank()) {
      return Path.of(chosen);
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String directory : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(directory, "redis-server");
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return Embedded.BINARY;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for redis-server", e);
    }
  }

  /** The binary shipped in the embedded-redis jar, extracted once per JVM. */
  private static final class Embedded {
    static final Path BINARY = extract();

    private static Path extract() {
      String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
      String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
      String resource;
      if (os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"))) {
        resource = "redis-server-" + EMBEDDED_VERSION + "-linux-amd64";
      } else if (os.contains("mac") && arch.equals("aarch64")) {
        resource = "redis-server-" + EMBEDDED_VERSION + "-darwin-arm64";
      } else if (os.contains("mac")) {
        resource = "redis-server-" + EMBEDDED_VERSION + "-darwin-amd64";
      } else {
        throw new IllegalStateException("No redis-server on the PATH and none shipped for "
            + os + "/" + arch + ": install Redis 6.2+ or set REDIS_URL");
      }
      try (InputStream in = RedisServer.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("No redis-server on the PATH and " + resource
              + " is not on the class path (com.github.codemonstur:embedded-redis)");
        }
        Path file = Files.createTempFile("tiercel-redis-server-", "",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        file.toFile().deleteOnExit();
        Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // Replacing the file dropped the permissions it was created with.
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot extract " + resource, e);
      }
    }
  }
}
