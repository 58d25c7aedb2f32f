package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module's tables are its own: no class outside {@code improvement} names an
 * {@code improvement_*} table in the SQL of its string literals, none outside {@code assessment}
 * an {@code assessment_*} table. Other modules read them through the owners' read APIs
 * ({@code improvement.TaskFigures}, {@code assessment.CampaignFigures}), so a table change in one
 * module cannot silently break another. The tables are those the Flyway migrations create.
 */
class TableOwnershipTest {

  static final Path SOURCES = Path.of("src/main/java/vn/partracker");
  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  /** Table prefix → the module that owns the tables with it. */
  static final Map<String, String> OWNERS = Map.of("improvement_", "improvement", "assessment_", "assessment");

  private static final Pattern CREATED = Pattern.compile("(?i)create\\s+(?:or\\s+replace\\s+)?(?:table|view)\\s+"
      + "(?:if\\s+not\\s+exists\\s+)?([a-z0-9_]+)");
  private static final Pattern WORD = Pattern.compile("[a-z0-9_]+");

  @Test
  void noModuleNamesAnotherModulesTables() throws IOException {
    TreeSet<String> tables = ownedTables(MIGRATIONS);
    assertThat(tables).as("the owned tables found in the migrations")
        .contains("improvement_task", "improvement_plan", "assessment_campaign", "assessment_unit");

    assertThat(foreignUses(SOURCES, tables)).isEmpty();
  }

  @Test
  void aStringLiteralNamingAnotherModulesTableFailsTheCheck(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("dashboard"));
    Files.createDirectories(root.resolve("improvement"));
    Files.writeString(root.resolve("dashboard/Counts.java"), """
        class Counts {
          // improvement_task in a comment is no use of it
          /** nor "assessment_unit" in a Javadoc */
          String sql = "select count(*) from improvement_task t where t.status = 'OPEN'";
          String column = "assessment_year"; // a column, not a table
          String block = \"""
              select id from assessment_campaign\""";
        }
        """);
    Files.writeString(root.resolve("improvement/Own.java"), """
        class Own { String sql = "select * from improvement_task"; }
        """);

    assertThat(foreignUses(root, new TreeSet<>(List.of("improvement_task", "assessment_campaign", "assessment_unit"))))
        .containsExactly("dashboard/Counts.java names assessment_campaign (owned by assessment)",
            "dashboard/Counts.java names improvement_task (owned by improvement)");
  }

  /** The tables (and views) the migrations create whose prefix a module owns. */
  static TreeSet<String> ownedTables(Path migrations) throws IOException {
    TreeSet<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.list(migrations)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
        Matcher m = CREATED.matcher(Files.readString(file));
        while (m.find()) {
          String table = m.group(1).toLowerCase();
          if (OWNERS.keySet().stream().anyMatch(table::startsWith)) {
            tables.add(table);
          }
        }
      }
    }
    return tables;
  }

  /** Each use of an owned table in a string literal of a class outside its owner, sorted. */
  static List<String> foreignUses(Path sources, TreeSet<String> tables) throws IOException {
    TreeSet<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = sources.relativize(file);
        String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        for (String literal : stringLiterals(Files.readString(file))) {
          Matcher words = WORD.matcher(literal);
          while (words.find()) {
            String word = words.group();
            if (!tables.contains(word)) {
              continue;
            }
            String owner = OWNERS.entrySet().stream().filter(e -> word.startsWith(e.getKey())).findFirst()
                .orElseThrow().getValue();
            if (!owner.equals(module)) {
              found.add(relative.toString().replace('\\', '/') + " names " + word + " (owned by " + owner + ")");
            }
          }
        }
      }
    }
    return new ArrayList<>(found);
  }

  /** The contents of the string literals and text blocks of a Java source, comments and char literals skipped. */
  static List<String> stringLiterals(String source) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        while (end > 0 && source.charAt(end - 1) == '\\') {
          end = source.indexOf("\"\"\"", end + 1);
        }
        end = end < 0 ? n : end;
        literals.add(source.substring(i + 3, end));
        i = Math.min(n, end + 3);
      } else if (c == '"' || c == '\'') {
        StringBuilder text = new StringBuilder();
        int j = i + 1;
        while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
          if (source.charAt(j) == '\\' && j + 1 < n) {
            j++;
          }
          text.append(source.charAt(j));
          j++;
        }
        if (c == '"') {
          literals.add(text.toString());
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return literals;
  }
}
