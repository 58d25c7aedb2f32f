package vn.partracker.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * A browser-like HTTP client for integration tests: keeps cookies (session, XSRF-TOKEN) and sends
 * the CSRF header the way the SPA does, against the real server on its random port.
 */
public final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final CookieManager cookies;
  private final HttpClient http;
  private String language;

  public ApiClient(int port) {
    this(port, new CookieManager());
  }

  private ApiClient(int port, CookieManager cookies) {
    this.base = "http://localhost:" + port;
    this.cookies = cookies;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The same browser (the same cookies) talking to another server, as a load balancer would send it. */
  public ApiClient sameBrowserAt(int port) {
    return new ApiClient(port, cookies);
  }

  /** From now on every request carries {@code Accept-Language} (as the SPA sends its UI language); null: none. */
  public ApiClient speaking(String acceptLanguage) {
    this.language = acceptLanguage;
    return this;
  }

  public record Response(int status, byte[] bodyBytes, HttpHeaders headers) {
    public String body() {
      return new String(bodyBytes, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(bodyBytes);
      } catch (IOException e) {
        throw new AssertionError("Not JSON (" + status + "): " + body(), e);
      }
    }
  }

  public Response login(String username, String password) {
    return post("/api/auth/login", Map.of("username", username, "password", password));
  }

  /** A login as if from another client behind the trusted proxy (X-Forwarded-For). */
  public Response loginFrom(String username, String password, String address) {
    return send(withCsrf(HttpRequest.newBuilder(uri("/api/auth/login")))
        .header("Content-Type", "application/json")
        .header("X-Forwarded-For", address)
        .POST(HttpRequest.BodyPublishers.ofString(json(Map.of("username", username, "password", password)))));
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public Response post(String path, Object body) {
    return send(withCsrf(HttpRequest.newBuilder(uri(path)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Response put(String path, Object body) {
    return send(withCsrf(HttpRequest.newBuilder(uri(path)))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Response delete(String path) {
    return send(withCsrf(HttpRequest.newBuilder(uri(path))).DELETE());
  }

  /** Any method with a raw body (null: none) as the SPA would send it, CSRF header included. */
  public Response send(String method, String path, String contentType, byte[] body) {
    return send(method, path, contentType, body, Map.of());
  }

  public Response send(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder builder = withCsrf(HttpRequest.newBuilder(uri(path)));
    headers.forEach(builder::header);
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A POST without the CSRF header, as a forged cross-site form would send it. */
  public Response postWithoutCsrf(String path, Object body) {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Response upload(String path, String filename, byte[] content) {
    return uploadForm(path, filename, content, Map.of());
  }

  /** A multipart form with the file in "file" and the given text fields. */
  public Response uploadForm(String path, String filename, byte[] content, Map<String, String> fields) {
    String boundary = "----par" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(withCsrf(HttpRequest.newBuilder(uri(path)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
  }

  private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
    String token = xsrf();
    if (token == null) {
      get("/api/public/config");
      token = xsrf();
    }
    return token == null ? builder : builder.header("X-XSRF-TOKEN", token);
  }

  private String xsrf() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN") && !c.hasExpired() && !c.getValue().isEmpty())
        .map(HttpCookie::getValue)
        .reduce((first, second) -> second)
        .orElse(null);
  }

  private Response send(HttpRequest.Builder builder) {
    if (language != null) {
      builder.setHeader("Accept-Language", language);
    }
    try {
      HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), response.body(), response.headers());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
