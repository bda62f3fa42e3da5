package io.tiercel.jcache.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy in front of a Redis server that counts round trips as they cross the
 * wire, independently of the client: a round trip begins when a client sends a command while
 * every command it sent before has been answered (so a pipeline is one).
 *
 * <p>Connections that subscribe (an invalidation listener, which pings on its own schedule) are
 * not counted.
 */
public final class RoundTripProxy implements AutoCloseable {
  private static final byte[] SUBSCRIBE = "SUBSCRIBE".getBytes(StandardCharsets.US_ASCII);

  private final URI target;
  private final ServerSocket server;
  private final List<Link> links = new CopyOnWriteArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Starts a proxy to the Redis at {@code target} on a free loopback port. */
  public RoundTripProxy(URI target) {
    this.target = target;
    try {
      this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::accept, "round-trip-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Returns the URL clients use to reach Redis through this proxy. */
  public URI url() {
    return URI.create("redis://127.0.0.1:" + server.getLocalPort() + target.getRawPath());
  }

  /** Returns the round trips made so far by connections that never subscribed. */
  public long roundTrips() {
    return links.stream().filter(link -> !link.subscriber).mapToLong(link -> link.turns.get())
        .sum();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        server.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      links.forEach(Link::close);
    }
  }

  private void accept() {
    while (!closed.get()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket();
        upstream.connect(new InetSocketAddress(target.getHost(), target.getPort()), 2_000);
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        Link link = new Link(client, upstream);
        links.add(link);
        link.start();
      } catch (IOException e) {
        if (!closed.get()) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** One proxied connection: two pumps and the turn count. */
  private static final class Link {
    final Socket client;
    final Socket upstream;
    final AtomicLong turns = new AtomicLong();
    final AtomicLong outstanding = new AtomicLong();
    final RespCounter commands = new RespCounter();
    final RespCounter replies = new RespCounter();
    volatile boolean subscriber;

    Link(Socket client, Socket upstream) {
      this.client = client;
      this.upstream = upstream;
    }

    void start() throws IOException {
      pump(client.getInputStream(), upstream.getOutputStream(), true);
      pump(upstream.getInputStream(), client.getOutputStream(), false);
    }

    private void pump(InputStream in, OutputStream out, boolean request) {
      Thread thread = new Thread(() -> {
        byte[] buffer = new byte[64 * 1024];
        try {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (request) {
              if (contains(buffer, n, SUBSCRIBE)) {
                subscriber = true;
              }
              // A new round trip: a command begins while every earlier one has its reply.
              if (outstanding.get() == 0 && commands.isIdle()) {
                turns.incrementAndGet();
              }
              outstanding.addAndGet(commands.feed(buffer, n));
            } else {
              outstanding.addAndGet(-replies.feed(buffer, n));
            }
            out.write(buffer, 0, n);
            out.flush();
          }
        } catch (IOException e) {
          // the connection ended
        } finally {
          close();
        }
      }, "round-trip-proxy-pump");
      thread.setDaemon(true);
      thread.start();
    }

    void close() {
      try {
        client.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      try {
        upstream.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }

    private static boolean contains(byte[] buffer, int length, byte[] word) {
      outer:
      for (int i = 0; i + word.length <= length; i++) {
        for (int j = 0; j < word.length; j++) {
          if (Character.toUpperCase(buffer[i + j]) != word[j]) {
            continue outer;
          }
        }
        return true;
      }
      return false;
    }
  }
}
