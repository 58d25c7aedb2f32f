package vn.partracker.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a JSON answer against its schema in the OpenAPI document, for what the frontend's generated
 * types rely on: required properties present, {@code null} only where the schema admits it, the
 * kinds (string, number, boolean, array, object), enum values, {@code format: date}.
 */
public final class SchemaCheck {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private final JsonNode document;

  public SchemaCheck(JsonNode document) {
    this.document = document;
  }

  /** The schema of an operation's 2xx JSON answer, or null when it has none. */
  public static JsonNode answerSchema(OpenApiSweep.Operation op, int status) {
    JsonNode content = op.spec().path("responses").path(String.valueOf(status)).path("content");
    for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
      String type = types.next();
      if (type.contains("json") || type.equals("*/*")) {
        JsonNode schema = content.path(type).path("schema");
        return schema.isMissingNode() ? null : schema;
      }
    }
    return null;
  }

  /** What in {@code value} the schema does not admit, each with its JSON path; empty when it fits. */
  public List<String> mismatches(JsonNode value, JsonNode schema) {
    List<String> found = new ArrayList<>();
    check(value, schema, "$", found, 0);
    return found;
  }

  private void check(JsonNode value, JsonNode schema, String at, List<String> found, int depth) {
    if (schema == null || schema.isMissingNode() || depth > 30) {
      return;
    }
    String schemaName = schema.path("$ref").asText("");
    check(value, resolve(schema), schemaName, at, found, depth);
  }

  private void check(JsonNode value, JsonNode schema, String schemaName, String at, List<String> found, int depth) {
    if (schema.has("oneOf") || schema.has("anyOf")) {
      JsonNode options = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
      List<String> best = null;
      for (JsonNode option : options) {
        List<String> these = new ArrayList<>();
        check(value, option, at, these, depth + 1);
        if (these.isEmpty()) {
          return;
        }
        if (best == null || these.size() < best.size()) {
          best = these;
        }
      }
      if (best != null) {
        found.addAll(best);
      }
      return;
    }
    if (schema.has("allOf")) {
      schema.get("allOf").forEach(part -> check(value, part, at, found, depth + 1));
    }
    List<String> types = new ArrayList<>();
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type.isTextual()) {
      types.add(type.asText());
    }
    if (value.isNull()) {
      if (!types.isEmpty() && !types.contains("null") && !schema.path("nullable").asBoolean(false)) {
        found.add(at + " is null, not nullable in " + (schemaName.isEmpty() ? "the schema" : schemaName));
      }
      return;
    }
    if (!types.isEmpty() && types.stream().noneMatch(t -> fits(value, t))) {
      found.add(at + " is " + value.getNodeType() + ", the schema says " + types);
      return;
    }
    if (schema.has("enum") && value.isTextual()) {
      boolean listed = false;
      for (JsonNode e : schema.get("enum")) {
        listed |= e.asText().equals(value.asText());
      }
      if (!listed) {
        found.add(at + " = " + value.asText() + " is not in the enum " + schema.get("enum"));
      }
    }
    if ("date".equals(schema.path("format").asText()) && value.isTextual() && !DATE.matcher(value.asText()).matches()) {
      found.add(at + " = " + value.asText() + " is not a date");
    }
    if (value.isArray()) {
      int i = 0;
      for (JsonNode item : value) {
        check(item, schema.path("items"), at + "[" + i++ + "]", found, depth + 1);
        if (i > 50) {
          break;
        }
      }
    }
    if (value.isObject()) {
      for (JsonNode required : schema.path("required")) {
        if (!value.has(required.asText())) {
          found.add(at + "." + required.asText() + " is missing, required in " + schemaName);
        }
      }
      JsonNode properties = schema.path("properties");
      value.fields().forEachRemaining(field -> {
        if (properties.has(field.getKey())) {
          check(field.getValue(), properties.get(field.getKey()), at + "." + field.getKey(), found, depth + 1);
        } else if (schema.path("additionalProperties").isObject()) {
          check(field.getValue(), schema.get("additionalProperties"), at + "." + field.getKey(), found, depth + 1);
        }
      });
    }
  }

  private static boolean fits(JsonNode value, String type) {
    return switch (type) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "array" -> value.isArray();
      case "object" -> value.isObject();
      case "null" -> value.isNull();
      default -> true;
    };
  }

  private JsonNode resolve(JsonNode schema) {
    for (int i = 0; schema.has("$ref") && i < 10; i++) {
      String ref = schema.get("$ref").asText();
      schema = document.at(ref.substring(1));
    }
    return schema;
  }
}
