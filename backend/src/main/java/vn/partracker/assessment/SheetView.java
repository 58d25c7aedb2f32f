package vn.partracker.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.partracker.criteria.RateBand;

/** A unit's self-assessment sheet: every scored item with its answer, evidence and the council's view. */
public record SheetView(
    Long campaignId,
    String campaignName,
    Long unitId,
    String unitName,
    String step,
    boolean late,
    LocalDate deadline,
    boolean editable,
    boolean canWithdraw,
    boolean canAppraise,
    boolean canExplain,
    String explanationRequest,
    LocalDate explanationDue,
    String explanationReply,
    BigDecimal selfAchieved,
    BigDecimal appraisedAchieved,
    BigDecimal max,
    List<Item> items) {

  /**
   * {@code leadUnitId}: the office that scores this item when the assessed unit is split by the matrix.
   * A RATE item carries its labels and bands and the figures behind its points (the unit's and the
   * council's); a DEDUCTION item its points per event and the count of events.
   */
  public record Item(String code, String title, String fieldCode, Long leadUnitId, String leadUnitName,
      BigDecimal maxPoints, String guidance,
      String evidenceRequired, String answerType, boolean notApplicableAllowed, String numeratorLabel,
      String denominatorLabel, List<RateBand> bands, BigDecimal pointsPerEvent, BigDecimal selfPoints,
      BigDecimal numerator, BigDecimal denominator, Integer events,
      boolean notApplicable, String explanation, BigDecimal appraisedPoints, String appraisalReason,
      BigDecimal appraisedNumerator, BigDecimal appraisedDenominator, Integer appraisedEvents,
      List<Evidence> evidence, Long version, String updatedBy, Instant updatedAt) {}

  public record Evidence(Long id, String filename, long size) {}
}
