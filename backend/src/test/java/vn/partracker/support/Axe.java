package vn.partracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (the frontend's devDependency, copied into the test classpath by the backend build) run
 * in the page: prints the violations by impact and fails on serious or critical ones, naming each
 * rule with its first elements.
 */
public final class Axe {

  private static String script;

  private Axe() {}

  private static synchronized String script() {
    if (script == null) {
      try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
        assertThat(in).as("axe/axe.min.js on the test classpath (frontend/node_modules/axe-core, copied by the build)")
            .isNotNull();
        script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return script;
  }

  /** Runs axe on the page as it is now; prints "axe <name>: …" and fails on serious or critical violations. */
  public static void check(Page page, String name) {
    assertThat(run(page, name)).as("serious or critical axe violations on " + name).isEmpty();
  }

  /**
   * Runs axe on the page as it is now, prints the counts by impact, and returns the serious and
   * critical violations ("page: rule × n: elements"), for a walk that checks them all at its end.
   */
  @SuppressWarnings("unchecked")
  public static List<String> run(Page page, String name) {
    // let antd's entry animations finish: a half-faded element has a half contrast (endless ones, spinners, excepted)
    page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
        + " || a.effect?.getComputedTiming().iterations === Infinity)");
    long started = System.nanoTime();
    if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
      page.addScriptTag(new Page.AddScriptTagOptions().setContent(script()));
    }
    List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
        async () => {
          const r = await axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
            count: v.nodes.length, targets: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160)) }));
        }
        """);
    int critical = 0;
    int serious = 0;
    int moderate = 0;
    int minor = 0;
    List<String> failing = new ArrayList<>();
    for (Map<String, Object> v : violations) {
      int n = ((Number) v.get("count")).intValue();
      switch (String.valueOf(v.get("impact"))) {
        case "critical" -> critical += n;
        case "serious" -> serious += n;
        case "moderate" -> moderate += n;
        default -> minor += n;
      }
      if ("critical".equals(v.get("impact")) || "serious".equals(v.get("impact"))) {
        failing.add(name + ": " + v.get("impact") + " " + v.get("id") + " (" + v.get("help") + ") × " + n + ": " + v.get("targets"));
      }
    }
    System.out.printf("axe %-34s critical %d, serious %d, moderate %d, minor %d (%d ms)%n", name, critical, serious,
        moderate, minor, (System.nanoTime() - started) / 1_000_000);
    failing.forEach(f -> System.out.println("    " + f));
    return failing;
  }
}
