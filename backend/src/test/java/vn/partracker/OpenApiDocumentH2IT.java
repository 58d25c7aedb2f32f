package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.partracker.support.ApiClient;

/**
 * The frontend's checked-in OpenAPI document ({@code frontend/openapi.json}, from which
 * {@code src/lib/api-schema.d.ts} is generated) is the one the server serves at {@code /v3/api-docs}:
 * a change of a controller or of a record that the frontend has not taken in fails here. The
 * document is normalized (no server address, object keys sorted, tags by name, two-space
 * indentation) so that it is the same on every run. The context is {@link CriteriaApiH2IT}'s.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:api-contract;DB_CLOSE_DELAY=-1")
class OpenApiDocumentH2IT extends IntegrationTestBase {

  static final Path CHECKED_IN = Path.of("..", "frontend", "openapi.json");
  static final Path SERVED = Path.of("target", "openapi.json");
  /** Set (to anything) in the environment, the test writes the served document over the checked-in one. */
  static final String WRITE = "OPENAPI_WRITE";
  static final String REFRESH = "OPENAPI_WRITE=1 ./mvnw -B -ntp -q verify -pl backend -am -DskipVitest -Dtest=none"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=OpenApiDocumentH2IT"
      + " && (cd frontend && npm run generate:api)";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theCheckedInDocumentIsTheServedOne() throws IOException {
    ApiClient admin = new ApiClient(port);
    assertThat(admin.login("it-admin", PASSWORD).status()).isEqualTo(200);
    ApiClient.Response docs = admin.get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    String served = normalized(docs.body());
    Files.writeString(SERVED, served, StandardCharsets.UTF_8);

    if (System.getenv(WRITE) != null) {
      Files.writeString(CHECKED_IN, served, StandardCharsets.UTF_8);
      return;
    }
    assertThat(CHECKED_IN).as("the checked-in document").exists();
    String checkedIn = Files.readString(CHECKED_IN, StandardCharsets.UTF_8);
    if (!checkedIn.equals(served)) {
      fail("frontend/openapi.json is not the document the server serves (%s, written to backend/%s)."
          + " Refresh it and the frontend's types with:%n  %s%n%s",
          firstDifference(checkedIn, served), SERVED, REFRESH, "then fix what the TypeScript compiler finds.");
    }
  }

  /** The document with sorted keys, tags sorted by name, no server address, pretty-printed. */
  static String normalized(String document) throws IOException {
    ObjectNode root = (ObjectNode) sorted(JSON.readTree(document));
    root.remove("servers"); // the test server's random port
    if (root.get("tags") instanceof ArrayNode tags) {
      List<JsonNode> byName = new ArrayList<>();
      tags.forEach(byName::add);
      byName.sort(Comparator.comparing(t -> t.path("name").asText()));
      tags.removeAll();
      tags.addAll(byName);
    }
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return JSON.writer(printer).writeValueAsString(root) + "\n";
  }

  private static JsonNode sorted(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = JSON.createObjectNode();
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      names.sort(Comparator.naturalOrder());
      names.forEach(name -> copy.set(name, sorted(object.get(name))));
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = JSON.createArrayNode();
      array.forEach(item -> copy.add(sorted(item)));
      return copy;
    }
    return node;
  }

  private static String firstDifference(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String left = i < a.length ? a[i] : "<end>";
      String right = i < b.length ? b[i] : "<end>";
      if (!left.equals(right)) {
        return "first difference at line " + (i + 1) + ": checked in «" + left.strip() + "», served «" + right.strip() + "»";
      }
    }
    return "they differ";
  }
}
