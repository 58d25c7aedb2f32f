package vn.partracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server's messages are complete in both languages: every key the code names (a string
 * literal "module.name", or "{module.name}" in a Bean Validation annotation) is in
 * messages.properties and messages_en.properties, both files have the same keys with the same
 * arguments, no key is left unused, and no text has an ASCII apostrophe (MessageFormat would eat it).
 */
class MessageKeysTest {

  /** A message key in the code: a module's name, a dot, camelCase words. */
  static final Pattern KEY = Pattern.compile(
      "\"\\{?((?:shared|validation|org|criteria|assessment|improvement|inbox|cases|dashboard|emulation|reminder|mail)"
          + "\\.[a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)*)}?\"");
  static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+|[a-z]+)}");
  static final Path SOURCES = Path.of("src/main/java");

  @Test
  void bothLanguagesHaveTheSameKeysAndArguments() throws IOException {
    Map<String, String> vi = load("messages.properties");
    Map<String, String> en = load("messages_en.properties");
    assertThat(vi).isNotEmpty();
    assertThat(en.keySet()).as("keys of messages_en.properties against messages.properties")
        .containsExactlyInAnyOrderElementsOf(vi.keySet());
    for (String key : vi.keySet()) {
      assertThat(arguments(en.get(key))).as("arguments of %s in English", key).isEqualTo(arguments(vi.get(key)));
      assertThat(vi.get(key) + en.get(key)).as("text of %s", key).doesNotContain("'").isNotBlank();
    }
  }

  @Test
  void everyKeyInTheCodeIsInBothFilesAndEveryKeyIsUsed() throws IOException {
    Set<String> used = keysInCode();
    assertThat(used).hasSizeGreaterThan(300);
    Map<String, String> vi = load("messages.properties");
    Map<String, String> en = load("messages_en.properties");
    assertThat(vi.keySet()).as("keys used in src/main/java missing from messages.properties").containsAll(used);
    assertThat(en.keySet()).as("keys used in src/main/java missing from messages_en.properties").containsAll(used);
    assertThat(used).as("keys of messages.properties no code uses").containsAll(vi.keySet());
  }

  @Test
  void aMessageReadsInTheLanguageAskedAndVietnameseOtherwise() {
    Message message = Message.of("improvement.planNotFound", 1234);
    assertThat(message.text(Messages.VIETNAMESE)).isEqualTo("Không tìm thấy kế hoạch 1234");
    assertThat(message.text(Messages.ENGLISH)).isEqualTo("Plan 1234 not found");
    assertThat(message.text()).as("outside a request").isEqualTo("Không tìm thấy kế hoạch 1234");
    assertThat(Message.of("shared.staleWrite", Message.of("shared.staleItem", "1.2"), Message.of("shared.someoneElse"))
        .text(Messages.ENGLISH)).startsWith("Item 1.2 was saved by someone else after you opened it");
  }

  static Set<String> keysInCode() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY.matcher(Files.readString(file));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
  }

  static Map<String, String> load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageKeysTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Map<String, String> map = new TreeMap<>();
    properties.forEach((k, v) -> map.put((String) k, (String) v));
    return map;
  }

  private static Set<String> arguments(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
