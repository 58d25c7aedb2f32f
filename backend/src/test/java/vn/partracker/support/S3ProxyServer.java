package vn.partracker.support;

import java.io.IOException;
import java.net.Socket;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An S3-compatible server for tests: S3Proxy (its published jar, copied to {@code target/s3proxy.jar}
 * by the build) in its own JVM, objects kept in memory, on a free port of the loopback. Its output
 * goes to {@code target/s3proxy.log}.
 */
public final class S3ProxyServer implements AutoCloseable {

  public static final String ACCESS_KEY = "par-test";
  public static final String SECRET_KEY = "par-test-secret";

  private final Process process;
  private final String endpoint;

  private S3ProxyServer(Process process, String endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  public static S3ProxyServer start() throws IOException, InterruptedException {
    Path jar = Path.of("target", "s3proxy.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException("target/s3proxy.jar is missing: the build copies it (maven-dependency-plugin)");
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String endpoint = "http://127.0.0.1:" + port;
    Path properties = Files.createTempFile("s3proxy", ".properties");
    Files.writeString(properties, String.join("\n",
        "s3proxy.endpoint=" + endpoint,
        "s3proxy.authorization=aws-v2-or-v4",
        "s3proxy.identity=" + ACCESS_KEY,
        "s3proxy.credential=" + SECRET_KEY,
        "jclouds.provider=transient",
        "jclouds.identity=" + ACCESS_KEY,
        "jclouds.credential=" + SECRET_KEY) + "\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString(), "--properties",
        properties.toString())).redirectErrorStream(true).redirectOutput(Path.of("target", "s3proxy.log").toFile())
        .start();
    Instant end = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(end)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("S3Proxy stopped (see target/s3proxy.log)");
      }
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return new S3ProxyServer(process, endpoint);
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("S3Proxy not listening after 60 s (see target/s3proxy.log)");
  }

  public String endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
