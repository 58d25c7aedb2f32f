package vn.partracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.partracker.support.S3ProxyServer;

/**
 * The S3 file store against a real S3-compatible server (S3Proxy): the bucket made when missing,
 * objects read back byte for byte (a 6 MB scan too), a second put replacing the first, a missing key
 * read as the store's "no such file", and a wrong secret refused.
 */
class S3FileStoreIT {

  static S3ProxyServer server;

  @BeforeAll
  static void start() throws Exception {
    server = S3ProxyServer.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  static S3FileStore store(String bucket, String secret) {
    return new S3FileStore(server.endpoint(), bucket, "us-east-1", S3ProxyServer.ACCESS_KEY, secret, true);
  }

  @Test
  void storesAndReadsBackWholeObjects() throws Exception {
    S3FileStore store = store("par-evidence", S3ProxyServer.SECRET_KEY);
    byte[] report = "%PDF-1.4 Báo cáo kết quả thực hiện nhiệm vụ".getBytes(StandardCharsets.UTF_8);
    store.put("a1b2c3", report);
    assertThat(store.get("a1b2c3")).isEqualTo(report);

    byte[] scan = new byte[6 * 1024 * 1024];
    new Random(7).nextBytes(scan);
    store.put("scan-6mb", scan);
    assertThat(store.get("scan-6mb")).isEqualTo(scan);

    byte[] second = "bản thứ hai".getBytes(StandardCharsets.UTF_8);
    store.put("a1b2c3", second);
    assertThat(store.get("a1b2c3")).isEqualTo(second);

    assertThatThrownBy(() -> store.get("no-such-key")).isInstanceOf(NoSuchFileException.class);
    // a second store on the same bucket (another node) reads what the first wrote
    assertThat(store("par-evidence", S3ProxyServer.SECRET_KEY).get("scan-6mb")).isEqualTo(scan);
    store.destroy();
  }

  @Test
  void aWrongSecretIsRefused() {
    assertThatThrownBy(() -> store("par-other", "wrong-secret")).isInstanceOf(RuntimeException.class);
  }
}
