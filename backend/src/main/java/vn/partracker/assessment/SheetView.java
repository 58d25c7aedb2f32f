package vn.partracker.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.lang.Nullable;
import vn.partracker.criteria.RateBand;

/** A unit's self-assessment sheet: every scored item with its answer, evidence and the council's view. */
public record SheetView(
    Long campaignId,
    String campaignName,
    Long unitId,
    String unitName,
    @Schema(allowableValues = {"SELF_ASSESSMENT", "SUBMITTED", "EXPLANATION", "APPRAISED"}) String step,
    boolean late,
    LocalDate deadline,
    boolean editable,
    boolean canWithdraw,
    boolean canAppraise,
    boolean canExplain,
    @Nullable String explanationRequest,
    @Nullable LocalDate explanationDue,
    @Nullable String explanationReply,
    /** the round the council works in (1, or 2 after the unit explained) and the last it closed (0 while none is) */
    int appraisalRound,
    int closedRound,
    BigDecimal selfAchieved,
    BigDecimal appraisedAchieved,
    BigDecimal max,
    List<Item> items) {

  /**
   * {@code leadUnitId}: the office that scores this item when the assessed unit is split by the matrix.
   * A RATE item carries its labels and bands and the figures behind its points (the unit's and the
   * council's); a DEDUCTION item its points per event and the count of events. {@code section}: BONUS
   * or PENALTY for an item outside the scored 100. {@code reply}: the unit's explanation of the item
   * after round 1. {@code rounds}: the item's score round by round, the unit's own first.
   */
  public record Item(String code, String title, String fieldCode,
      @Nullable @Schema(allowableValues = {"BONUS", "PENALTY"}) String section, @Nullable Long leadUnitId, @Nullable String leadUnitName,
      BigDecimal maxPoints, @Nullable String guidance,
      @Nullable String evidenceRequired,
      @Schema(allowableValues = {"POINTS", "YES_NO", "RATE", "DEDUCTION"}) String answerType, boolean notApplicableAllowed, @Nullable String numeratorLabel,
      @Nullable String denominatorLabel, List<RateBand> bands, @Nullable BigDecimal pointsPerEvent, @Nullable BigDecimal selfPoints,
      @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, @Nullable Integer events,
      boolean notApplicable, @Nullable String explanation, @Nullable BigDecimal appraisedPoints, @Nullable String appraisalReason,
      @Nullable BigDecimal appraisedNumerator, @Nullable BigDecimal appraisedDenominator, @Nullable Integer appraisedEvents,
      @Nullable String reply, List<Round> rounds, List<Evidence> evidence, @Nullable Long version, @Nullable String updatedBy, @Nullable Instant updatedAt) {}

  /**
   * One round of an item's score: 0 the unit's own (reason: its explanation), 1 and 2 the council's
   * appraisal rounds with the reason and who set the points; {@code closed} once the council closed
   * the round (chốt điểm), false for the round it works in.
   */
  public record Round(int round, @Nullable BigDecimal points, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, @Nullable Integer events,
      @Nullable String reason, @Nullable String by, @Nullable Instant at, boolean closed) {}

  public record Evidence(Long id, String filename, long size) {}
}
