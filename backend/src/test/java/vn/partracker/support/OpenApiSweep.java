package vn.partracker.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Calls every operation of the application's OpenAPI document ({@code /v3/api-docs}), so that a
 * new endpoint is covered without anyone writing a test for it: each operation with the path and
 * query parameters a {@link Values} gives, and with bad bodies and bad parameters generated from
 * the document's schemas (wrong kinds, missing fields, 10,001-character strings, negative and huge
 * numbers, impossible dates, arrays for objects, non-numeric and huge ids, unknown enum values).
 */
public final class OpenApiSweep {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  public static final String LONG_TEXT = "x".repeat(10_001);

  /** One operation of the document. */
  public record Operation(String method, String path, JsonNode spec) {
    public String key() {
      return method + " " + path;
    }

    public List<JsonNode> parameters(String in) {
      List<JsonNode> found = new ArrayList<>();
      spec.path("parameters").forEach(p -> {
        if (in.equals(p.path("in").asText())) {
          found.add(p);
        }
      });
      return found;
    }

    /** The media type of the request body ({@code application/json}, {@code multipart/form-data}), or null. */
    public String bodyType() {
      Iterator<String> types = spec.path("requestBody").path("content").fieldNames();
      return types.hasNext() ? types.next() : null;
    }

    public JsonNode bodySchema() {
      String type = bodyType();
      return type == null ? null : spec.path("requestBody").path("content").path(type).path("schema");
    }
  }

  /** A value for a parameter of an operation: a path id of someone's data, a query filter, ... */
  public interface Values extends BiFunction<Operation, JsonNode, String> {}

  /** One call made and what came back. */
  public record Call(Operation operation, String caller, String variant, String url, int status, String body) {
    @Override
    public String toString() {
      return caller + " " + operation.method() + " " + url + " [" + variant + "] → " + status + " "
          + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
    }
  }

  private final JsonNode document;
  private final List<Operation> operations = new ArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();

  public OpenApiSweep(JsonNode document) {
    this.document = document;
    document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      if (List.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
        operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
      }
    }));
  }

  public JsonNode document() {
    return document;
  }

  public List<Operation> operations() {
    return operations;
  }

  public int calls() {
    return calls.get();
  }

  /** The operation with valid parameters and a plain body (the one a person would send). */
  public Call call(ApiClient client, String caller, Operation op, Values values) {
    return call(client, caller, op, "plain", url(op, values, null, null), plainBody(op));
  }

  /** Bad parameters, one at a time, then bad bodies; every call made, in order. */
  public List<Call> badInput(ApiClient client, String caller, Operation op, Values values) {
    List<Call> made = new ArrayList<>();
    for (JsonNode parameter : op.parameters("path")) {
      for (String bad : badValues(parameter)) {
        made.add(call(client, caller, op, "path " + parameter.path("name").asText() + "=" + abbreviate(bad),
            url(op, values, parameter.path("name").asText(), bad), plainBody(op)));
      }
    }
    for (JsonNode parameter : op.parameters("query")) {
      for (String bad : badValues(parameter)) {
        made.add(call(client, caller, op, "query " + parameter.path("name").asText() + "=" + abbreviate(bad),
            url(op, values, parameter.path("name").asText(), bad), plainBody(op)));
      }
    }
    String url = url(op, values, null, null);
    String type = op.bodyType();
    if (type == null) {
      return made;
    }
    if (type.startsWith("multipart/")) {
      for (Map.Entry<String, Body> bad : badMultiparts().entrySet()) {
        made.add(call(client, caller, op, bad.getKey(), url, bad.getValue()));
      }
      return made;
    }
    for (Map.Entry<String, String> bad : badBodies(op.bodySchema()).entrySet()) {
      made.add(call(client, caller, op, bad.getKey(), url,
          new Body("application/json", bad.getValue().getBytes(StandardCharsets.UTF_8))));
    }
    made.add(call(client, caller, op, "text/plain body", url, new Body("text/plain", "x".getBytes(StandardCharsets.UTF_8))));
    return made;
  }

  private record Body(String contentType, byte[] bytes) {}

  private Call call(ApiClient client, String caller, Operation op, String variant, String url, Body body) {
    calls.incrementAndGet();
    ApiClient.Response response = client.send(op.method(), url, body == null ? null : body.contentType(),
        body == null ? null : body.bytes());
    return new Call(op, caller, variant, url, response.status(), response.body());
  }

  private Body plainBody(Operation op) {
    String type = op.bodyType();
    if (type == null) {
      return null;
    }
    if (type.startsWith("multipart/")) {
      return multipart("bao-cao.csv", "Tên,Mã\r\nA,1\r\n".getBytes(StandardCharsets.UTF_8));
    }
    return new Body("application/json", example(op.bodySchema(), 0).toString().getBytes(StandardCharsets.UTF_8));
  }

  private String url(Operation op, Values values, String badName, String badValue) {
    String path = op.path();
    for (JsonNode parameter : op.parameters("path")) {
      String name = parameter.path("name").asText();
      String value = name.equals(badName) ? badValue : values.apply(op, parameter);
      path = path.replace("{" + name + "}", encode(value));
    }
    List<String> query = new ArrayList<>();
    for (JsonNode parameter : op.parameters("query")) {
      String name = parameter.path("name").asText();
      String value = name.equals(badName) ? badValue : values.apply(op, parameter);
      if (value != null) {
        query.add(encode(name) + "=" + encode(value));
      }
    }
    return query.isEmpty() ? path : path + "?" + String.join("&", query);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private JsonNode resolve(JsonNode schema) {
    for (int depth = 0; schema != null && schema.has("$ref") && depth < 10; depth++) {
      String ref = schema.get("$ref").asText();
      schema = document.at(ref.substring(1));
    }
    return schema;
  }

  /** The kind of a schema; springdoc writes {@code type} or, for nullable ones, a list of types. */
  private String type(JsonNode schema) {
    schema = resolve(schema);
    if (schema == null || schema.isMissingNode()) {
      return "object";
    }
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!"null".equals(t.asText())) {
          return t.asText();
        }
      }
    }
    if (type.isTextual()) {
      return type.asText();
    }
    return schema.has("properties") || schema.has("additionalProperties") ? "object" : "string";
  }

  /** A plausible value of a schema: the one a person would send. */
  private JsonNode example(JsonNode schema, int depth) {
    schema = resolve(schema);
    if (schema == null || depth > 4) {
      return NODES.nullNode();
    }
    JsonNode enumValues = schema.path("enum");
    if (enumValues.isArray() && !enumValues.isEmpty()) {
      return enumValues.get(0);
    }
    String format = schema.path("format").asText("");
    switch (type(schema)) {
      case "integer":
        return NODES.numberNode(1);
      case "number":
        return NODES.numberNode(1);
      case "boolean":
        return NODES.booleanNode(true);
      case "array":
        ArrayNode array = NODES.arrayNode();
        JsonNode item = example(schema.path("items"), depth + 1);
        if (!item.isNull()) {
          array.add(item);
        }
        return array;
      case "object":
        ObjectNode object = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), example(p.getValue(), depth + 1)));
        return object;
      default:
        return NODES.textNode(switch (format) {
          case "date" -> "2026-06-30";
          case "date-time" -> "2026-06-30T08:00:00Z";
          default -> "Giá trị thử";
        });
    }
  }

  /** Bad bodies by name: the body's kind wrong, then each property wrong in every way its kind allows. */
  private Map<String, String> badBodies(JsonNode schema) {
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("empty body", "");
    bad.put("malformed JSON", "{\"a\":");
    bad.put("null", "null");
    bad.put("empty object", "{}");
    bad.put("array for object", "[{}]");
    bad.put("string for object", "\"x\"");
    bad.put("number for object", "42");
    JsonNode resolved = resolve(schema);
    if (resolved == null || !"object".equals(type(resolved))) {
      if (resolved != null && "array".equals(type(resolved))) {
        bad.put("array of nulls", "[null]");
        bad.put("array of long strings", "[\"" + LONG_TEXT + "\"]");
        bad.put("array of objects", "[{\"a\":1}]");
      }
      return bad;
    }
    ObjectNode base = (ObjectNode) example(resolved, 0);
    resolved.path("properties").fields().forEachRemaining(p -> {
      String name = p.getKey();
      for (Map.Entry<String, JsonNode> wrong : badProperty(p.getValue()).entrySet()) {
        ObjectNode body = base.deepCopy();
        body.set(name, wrong.getValue());
        bad.put(name + ": " + wrong.getKey(), body.toString());
      }
      ObjectNode missing = base.deepCopy();
      missing.remove(name);
      bad.put(name + ": missing", missing.toString());
    });
    return bad;
  }

  private Map<String, JsonNode> badProperty(JsonNode schema) {
    Map<String, JsonNode> bad = new LinkedHashMap<>();
    JsonNode resolved = resolve(schema);
    String type = type(resolved);
    bad.put("null", NODES.nullNode());
    bad.put("object", NODES.objectNode().put("a", 1));
    switch (type) {
      case "integer", "number" -> {
        bad.put("text", NODES.textNode("abc"));
        bad.put("negative", NODES.numberNode(-1));
        bad.put("huge", NODES.numberNode(new java.math.BigDecimal("99999999999999999999999")));
        bad.put("1e300", NODES.numberNode(new java.math.BigDecimal("1e300")));
        bad.put("fraction", NODES.numberNode(0.123456789));
        bad.put("array", NODES.arrayNode().add(1));
      }
      case "boolean" -> {
        bad.put("text", NODES.textNode("có lẽ"));
        bad.put("array", NODES.arrayNode().add(true));
      }
      case "array" -> {
        bad.put("string for array", NODES.textNode("x"));
        bad.put("array of nulls", NODES.arrayNode().addNull());
        bad.put("array of long strings", NODES.arrayNode().add(LONG_TEXT));
        bad.put("array of negative numbers", NODES.arrayNode().add(-1));
        bad.put("array of huge numbers", NODES.arrayNode().add(Long.MAX_VALUE));
        bad.put("array of objects", NODES.arrayNode().add(NODES.objectNode()));
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < 2_000; i++) {
          many.add(example(resolved.path("items"), 2));
        }
        bad.put("2,000 items", many);
      }
      case "object" -> {
        bad.put("array for object", NODES.arrayNode().add(NODES.objectNode()));
        bad.put("string for object", NODES.textNode("x"));
        bad.put("empty object", NODES.objectNode());
        ObjectNode wrongInside = NODES.objectNode();
        resolved.path("properties").fieldNames().forEachRemaining(n -> wrongInside.put(n, LONG_TEXT));
        wrongInside.put("khong-co", LONG_TEXT);
        bad.put("long strings inside", wrongInside);
      }
      default -> {
        bad.put("10,001 characters", NODES.textNode(LONG_TEXT));
        bad.put("number", NODES.numberNode(12));
        bad.put("array", NODES.arrayNode().add("x"));
        bad.put("NUL character", NODES.textNode("a\u0000b"));
        bad.put("blank", NODES.textNode("   "));
        bad.put("impossible date", NODES.textNode("2026-02-31"));
        bad.put("dd/MM date 31/02", NODES.textNode("31/02/2026"));
        bad.put("unknown enum", NODES.textNode("KHONG_CO"));
      }
    }
    return bad;
  }

  private static List<String> badValues(JsonNode parameter) {
    List<String> bad = new ArrayList<>(List.of("abc", "99999999999999999999999", "-1", "0",
        String.valueOf(Long.MAX_VALUE), "KHONG_CO", "31/02/2026", "", "' or 1=1 --", "x".repeat(5_000)));
    return bad;
  }

  private static String abbreviate(String value) {
    return value.length() > 30 ? value.substring(0, 10) + "…(" + value.length() + ")" : value;
  }

  private Map<String, Body> badMultiparts() {
    Map<String, Body> bad = new LinkedHashMap<>();
    bad.put("multipart without file", multipartFields(Map.of("year", "abc", "ownerUnitId", "abc", "name", LONG_TEXT), null, null));
    bad.put("empty file", multipart("rong.csv", new byte[0]));
    bad.put("binary named .xlsx", multipart("bang.xlsx", new byte[] {0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5}));
    bad.put("binary named .csv", multipart("bang.csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, 1}));
    bad.put("EXE named .pdf", multipart("bao-cao.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0}));
    bad.put("no filename", multipart("", "a,b\r\n".getBytes(StandardCharsets.UTF_8)));
    bad.put("long filename", multipart("x".repeat(1_000) + ".csv", "a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8)));
    bad.put("not multipart", new Body("multipart/form-data; boundary=nothing", "garbage".getBytes(StandardCharsets.UTF_8)));
    return bad;
  }

  private static Body multipart(String filename, byte[] content) {
    return multipartFields(Map.of("year", "2026", "ownerUnitId", "1", "name", "Thử"), filename, content);
  }

  private static Body multipartFields(Map<String, String> fields, String filename, byte[] content) {
    String boundary = "----sweep" + System.nanoTime();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    if (content != null) {
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(content);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
  }

  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
