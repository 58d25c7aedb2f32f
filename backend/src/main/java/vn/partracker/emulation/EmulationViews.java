package vn.partracker.emulation;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.lang.Nullable;

/** What the emulation endpoints return. */
public final class EmulationViews {

  private EmulationViews() {}

  public record MovementSummary(Long id, int year, String name,
      @ArraySchema(schema = @Schema(allowableValues = {"DEPARTMENT", "DISTRICT", "DISTRICT_OFFICE", "COMMUNE"})) List<String> levels, int awardLimit,
      long nominationCount) {}

  public record TargetView(String code, String group, String title, Target.Source source, Target.Kind kind,
      Target.Comparator comparator, @Nullable String numeratorLabel, @Nullable String denominatorLabel,
      Map<String, BigDecimal> thresholds, @Nullable String basis) {

    static TargetView of(Target t) {
      return new TargetView(t.getCode(), t.getGroup(), t.getTitle(), t.getSource(), t.getKind(), t.getComparator(),
          t.getNumeratorLabel(), t.getDenominatorLabel(), t.getThresholds(), t.getBasis());
    }
  }

  public record MovementView(Long id, int year, String name,
      @ArraySchema(schema = @Schema(allowableValues = {"DEPARTMENT", "DISTRICT", "DISTRICT_OFFICE", "COMMUNE"})) List<String> levels, int awardLimit,
      long nominationCount, List<TargetView> targets) {}

  public record Evidence(Long id, String filename) {}

  public record EntryView(Long id, Long unitId, String unitName, String targetCode, @Schema(allowableValues = {"Q1", "Q2", "Q3", "Q4"}) String period,
      @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, @Nullable String note, String enteredBy, Instant enteredAt, boolean current,
      List<Evidence> evidence) {}

  public record TargetHeader(String code, String title, Target.Kind kind, Target.Comparator comparator,
      Target.Source source) {}

  /** A figure of one head against one target; {@code met} is null when the level is not judged or there is no figure yet. */
  public record Indicator(String code, @Nullable BigDecimal value, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
      @Nullable BigDecimal threshold, @Nullable Boolean met, Target.Source source) {}

  public record Row(int rank, Long unitId, String unitName, String level, @Nullable String headName, @Nullable String headUsername,
      int met, int applicable, boolean nominated, List<Indicator> indicators) {}

  public record Scoreboard(Long movementId, int year, int awardLimit, int unitCount, List<TargetHeader> targets,
      List<Row> rows) {}

  public record TaskRow(Long taskId, Long planId, String planName, String label, @Nullable String itemCode, @Nullable LocalDate dueOn,
      @Nullable LocalDate submittedOn, String status, @Nullable Boolean onTime) {}

  public record NominationView(Long id, Long unitId, String unitName, @Nullable String headName, @Nullable String reason,
      String proposedBy, Instant proposedAt, int met, int applicable) {}

  public record MovementRequest(Integer year, String name,
      @ArraySchema(schema = @Schema(allowableValues = {"DEPARTMENT", "DISTRICT", "DISTRICT_OFFICE", "COMMUNE"})) List<String> levels, Integer awardLimit) {}

  public record ThresholdsRequest(Map<String, BigDecimal> thresholds) {}

  public record EntryRequest(Long unitId, String targetCode, @Schema(allowableValues = {"Q1", "Q2", "Q3", "Q4"}) String period, @Nullable BigDecimal numerator,
      @Nullable BigDecimal denominator, @Nullable String note) {}

  public record NominationRequest(Long unitId, String reason) {}
}
