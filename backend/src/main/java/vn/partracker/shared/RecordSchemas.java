package vn.partracker.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Makes the OpenAPI document say what Jackson really writes for a Java record: every component is
 * in the JSON, nulls included, so every component is {@code required}; one that can be null is
 * annotated {@code @Nullable} (Spring's, or any annotation of that name) and admits {@code null}.
 * A record named {@code …Request} is read from a request body: its nullable components may be left
 * out (Jackson reads a missing one as null), so they are optional.
 * In a record that leaves nulls out ({@code @JsonInclude(NON_NULL)}) a component of a reference
 * type is optional instead. The frontend's types are generated from this document (README, "API
 * contract"): a component that can be null and is not annotated is a lie the TypeScript compiler
 * believes ({@code OpenApiSweepIT} reads every answer of the demo data against the document).
 *
 * <p>A nested class is named by its outer class and its own name ({@code PlanView.Item} is
 * {@code PlanViewItem}): several features have an {@code Item}, a {@code Row} or a {@code Change},
 * and the document must not describe one by the other.
 */
@Component
class RecordSchemas implements ModelConverter {

  @Override
  public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
    if (!chain.hasNext()) {
      return null;
    }
    JavaType javaType = type.getType() == null ? null : TypeFactory.defaultInstance().constructType(type.getType());
    Class<?> raw = javaType == null ? null : javaType.getRawClass();
    Schema<?> schema = chain.next().resolve(named(type, javaType), context, chain);
    if (schema == null || raw == null || !raw.isRecord()) {
      return schema;
    }
    Schema<?> model = schema;
    if (schema.get$ref() != null) {
      String ref = schema.get$ref();
      model = context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    if (model != null && model.getProperties() != null) {
      describe(raw, model, context.getDefinedModels());
    }
    context.getDefinedModels().values().forEach(RecordSchemas::stillAnObject);
    return schema;
  }

  /**
   * swagger-core marks a {@code @Nullable} property nullable on the schema it resolved, which for a
   * record is the shared model itself (before it puts a reference in its place): a model with
   * properties is an object, never {@code null}; the property says null instead ({@link #orNull}).
   */
  private static void stillAnObject(Schema<?> model) {
    if (model.getProperties() != null && model.getTypes() != null && model.getTypes().contains("null")) {
      model.setTypes(new java.util.LinkedHashSet<>(List.of("object")));
    }
    if (model.getProperties() != null && Boolean.TRUE.equals(model.getNullable())) {
      model.setNullable(null);
    }
  }

  /** The type, named {@code OuterInner} when it is a nested class of the application's. */
  private static AnnotatedType named(AnnotatedType type, JavaType javaType) {
    if (javaType == null || type.getName() != null || javaType.containedTypeCount() > 0) {
      return type;
    }
    Class<?> raw = javaType.getRawClass();
    Class<?> outer = raw.getEnclosingClass();
    if (outer == null || raw.isEnum() || !raw.getName().startsWith("vn.partracker.")
        || raw.isAnnotationPresent(io.swagger.v3.oas.annotations.media.Schema.class)) {
      return type;
    }
    String name = raw.getSimpleName();
    for (Class<?> c = outer; c != null; c = c.getEnclosingClass()) {
      name = c.getSimpleName() + name;
    }
    return new AnnotatedType(type.getType())
        .name(name)
        .parent(type.getParent())
        .jsonUnwrappedHandler(type.getJsonUnwrappedHandler())
        .skipOverride(type.isSkipOverride())
        .schemaProperty(type.isSchemaProperty())
        .ctxAnnotations(type.getCtxAnnotations())
        .resolveAsRef(type.isResolveAsRef())
        .resolveEnumAsRef(type.isResolveEnumAsRef())
        .jsonViewAnnotation(type.getJsonViewAnnotation())
        .includePropertiesWithoutJSONView(type.isIncludePropertiesWithoutJSONView())
        .skipSchemaName(type.isSkipSchemaName())
        .skipJsonIdentity(type.isSkipJsonIdentity())
        .propertyName(type.getPropertyName())
        .subtype(type.isSubtype())
        .components(type.getComponents());
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void describe(Class<?> record, Schema model, Map<String, Schema> models) {
    JsonInclude include = record.getAnnotation(JsonInclude.class);
    boolean leavesNullsOut = include != null && include.value() != JsonInclude.Include.ALWAYS
        && include.value() != JsonInclude.Include.USE_DEFAULTS;
    boolean request = record.getSimpleName().endsWith("Request");
    Map<String, Schema> properties = model.getProperties();
    List<String> required = model.getRequired() == null ? new ArrayList<>() : new ArrayList<>(model.getRequired());
    for (RecordComponent component : record.getRecordComponents()) {
      String name = jsonName(record, component);
      Schema property = properties.get(name);
      if (property == null) {
        continue; // not written (@JsonIgnore)
      }
      if (leavesNullsOut && !component.getType().isPrimitive()) {
        required.remove(name);
      } else if (!component.getType().isPrimitive() && nullable(record, component)) {
        properties.put(name, orNull(property, models));
        if (request) {
          required.remove(name);
        } else if (!required.contains(name)) {
          required.add(name);
        }
      } else if (!required.contains(name)) {
        required.add(name);
      }
    }
    model.setRequired(required.isEmpty() ? null : required);
  }

  /**
   * The property admitting null. A leaf (string, number, array…) gets the type {@code null} added; a
   * reference, or a model schema (which other properties share), is wrapped, never changed.
   */
  @SuppressWarnings("rawtypes")
  private static Schema<?> orNull(Schema<?> property, Map<String, Schema> models) {
    boolean v31 = property.getSpecVersion() == SpecVersion.V31;
    boolean model = property.getName() != null && models.get(property.getName()) == property;
    boolean leaf = property.get$ref() == null && property.getProperties() == null && !model
        && !"object".equals(property.getType()) && (property.getTypes() == null || !property.getTypes().contains("object"));
    if (leaf && v31 && property.getTypes() != null && !property.getTypes().isEmpty()) {
      property.addType("null");
      return property;
    }
    if (leaf && !v31 && property.getType() != null) {
      property.setNullable(true);
      return property;
    }
    Schema<?> target = model
        ? new JsonSchema().$ref("#/components/schemas/" + property.getName())
        : property;
    if (v31) {
      return new JsonSchema().oneOf(List.of(target, new JsonSchema().types(Set.of("null"))));
    }
    Schema<?> wrapper = new Schema<>().allOf(List.of(target));
    wrapper.setNullable(true);
    return wrapper;
  }

  private static String jsonName(Class<?> record, RecordComponent component) {
    return elements(record, component)
        .map(e -> e.getAnnotation(JsonProperty.class))
        .filter(p -> p != null && !p.value().isEmpty())
        .map(JsonProperty::value)
        .findFirst()
        .orElse(component.getName());
  }

  private static boolean nullable(Class<?> record, RecordComponent component) {
    return elements(record, component)
        .flatMap(e -> Stream.of(e.getAnnotations()))
        .map(Annotation::annotationType)
        .anyMatch(a -> a.getSimpleName().equals("Nullable"));
  }

  private static Stream<AnnotatedElement> elements(Class<?> record, RecordComponent component) {
    List<AnnotatedElement> elements = new ArrayList<>(List.of(component, component.getAccessor()));
    try {
      elements.add(record.getDeclaredField(component.getName()));
    } catch (NoSuchFieldException e) {
      // a record always has the field; nothing to read if not
    }
    return elements.stream();
  }
}
