package vn.partracker.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.criteria.CriteriaNodeView;
import vn.partracker.criteria.ItemScoring;
import vn.partracker.reminder.HandOver;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Role;

/**
 * The council's appraisal of a unit's sheet: scores with reasons, explanation requests and the
 * unit's replies (giải trình), round by round until the council marks it appraised.
 */
@Service
@Transactional
class Appraisal {

  /** The council changes the points, or the figures of a RATE/DEDUCTION item (the points follow them). */
  record AppraisalRequest(String code, @Nullable BigDecimal appraisedPoints, @Nullable String reason, @Nullable Long version,
      @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, @Nullable Integer events) {
    AppraisalRequest(String code, BigDecimal appraisedPoints, String reason, Long version) {
      this(code, appraisedPoints, reason, version, null, null, null);
    }

    ItemScoring.Figures figures() {
      return new ItemScoring.Figures(numerator, denominator, events);
    }
  }

  record ExplanationRequest(String request, LocalDate dueDate) {}

  private final CampaignService campaigns;
  private final AnswerRepository answers;
  private final AppraisalRoundRepository rounds;
  private final SheetAccess access;
  private final SheetItems sheetItems;
  private final SheetAnswers sheetAnswers;
  private final SheetViewer viewer;
  private final UnitAssessmentProcess process;
  private final Clock clock;

  Appraisal(CampaignService campaigns, AnswerRepository answers, AppraisalRoundRepository rounds, SheetAccess access,
      SheetItems items, SheetAnswers sheetAnswers, SheetViewer viewer, UnitAssessmentProcess process, Clock clock) {
    this.campaigns = campaigns;
    this.answers = answers;
    this.rounds = rounds;
    this.access = access;
    this.sheetItems = items;
    this.sheetAnswers = sheetAnswers;
    this.viewer = viewer;
    this.process = process;
    this.clock = clock;
  }

  /** The council's scores; changing a unit's score needs a reason. */
  SheetView appraise(long campaignId, long unitId, List<AppraisalRequest> requests, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    AssessedUnit unit = access.unit(campaignId, unitId);
    SheetAccess.requireCouncil(user);
    if (unit.getStep() != AssessedUnit.Step.SUBMITTED) {
      throw ApiException.conflict("assessment.notSubmittedOrExplaining");
    }
    Map<String, CriteriaNodeView> leaves = sheetItems.leaves(campaign);
    Map<String, Answer> saved = answers.findByAssessmentId(unit.getId()).stream()
        .collect(Collectors.toMap(Answer::getCode, Function.identity()));
    // what this round starts from: the unit's own score in round 1, the closed round's after it
    Map<Long, AppraisalRound> previous = unit.getClosedRound() == 0 ? Map.of()
        : rounds.findByAnswerIdIn(saved.values().stream().map(Answer::getId).toList()).stream()
            .filter(x -> x.getRound() == unit.getClosedRound())
            .collect(Collectors.toMap(AppraisalRound::getAnswerId, Function.identity()));
    List<ApiErrorItem> errors = new ArrayList<>();
    for (AppraisalRequest r : requests == null ? List.<AppraisalRequest>of() : requests) {
      CriteriaNodeView leaf = r == null || r.code() == null ? null : leaves.get(r.code());
      if (leaf == null) {
        errors.add(ApiErrorItem.field(r == null ? "code" : String.valueOf(r.code()), "assessment.noSuchItem"));
        continue;
      }
      Answer a = saved.get(leaf.code());
      AppraisalRound before = a == null ? null : previous.get(a.getId());
      BigDecimal basePoints = before != null ? before.getPoints() : a == null ? null : a.getSelfPoints();
      ItemScoring.Figures baseFigures = before != null ? before.figures() : a == null ? null : a.figures();
      BigDecimal appraised = appraisedPoints(leaf, r, errors);
      boolean changed = appraised != null && (basePoints == null || basePoints.compareTo(appraised) != 0
          || (!r.figures().isEmpty() && !sameFigures(r.figures(), baseFigures)));
      if (changed && (r.reason() == null || r.reason().isBlank())) {
        errors.add(ApiErrorItem.field(leaf.code(), "assessment.changeNeedsReason", leaf.code()));
      }
      if (r.reason() != null && r.reason().length() > 4000) {
        errors.add(ApiErrorItem.field(leaf.code(), "assessment.reasonTooLong", leaf.code()));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("assessment.appraisalInvalid", errors);
    }
    Map<String, Answer> current = sheetAnswers.requireFresh(campaignId, unit, requests == null ? List.of()
        : requests.stream().map(r -> new SheetAnswers.ReadVersion(r.code(), r.version())).toList(), user);
    for (AppraisalRequest r : requests == null ? List.<AppraisalRequest>of() : requests) {
      Answer a = current.computeIfAbsent(r.code(), code -> sheetAnswers.newAnswer(unit, code, user));
      CriteriaNodeView leaf = leaves.get(r.code());
      a.appraise(appraisedPoints(leaf, r, new ArrayList<>()), SheetItems.blank(r.reason()),
          ItemScoring.fromFigures(leaf) && !r.figures().isEmpty() ? r.figures() : null, user.getUsername(),
          clock.instant());
      answers.save(a);
    }
    return viewer.sheet(campaignId, unitId, user);
  }

  SheetView requestExplanation(long campaignId, long unitId, ExplanationRequest r, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    AssessedUnit unit = access.unit(campaignId, unitId);
    SheetAccess.requireCouncil(user);
    List<ApiErrorItem> errors = new ArrayList<>();
    if (r == null || r.request() == null || r.request().isBlank() || r.request().length() > 4000) {
      errors.add(ApiErrorItem.field("request", "assessment.explanationRequestRequired"));
    }
    if (r == null || r.dueDate() == null || r.dueDate().isBefore(LocalDate.now(clock))) {
      errors.add(ApiErrorItem.field("dueDate", "assessment.explanationDueFromToday"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("assessment.explanationRequestInvalid", errors);
    }
    if (unit.getAppraisalRound() > 1) {
      throw ApiException.conflict("assessment.explainedFinalizeRound", unit.getAppraisalRound());
    }
    String step = process.complete(unit, CampaignProcess.TASK_APPRAISE, user, Map.of(CampaignProcess.VAR_OUTCOME,
        "EXPLANATION", CampaignProcess.VAR_EXPLANATION_DUE, vn.partracker.shared.ProcessDates.at(r.dueDate(), 17)));
    closeRound(unit, user);
    answers.findByAssessmentId(unit.getId()).forEach(Answer::openNextRound);
    unit.requestExplanation(r.request().strip(), r.dueDate());
    campaigns.handOver(HandOver.Kind.EXPLAIN_REQUESTED, unit, step, user, r.request().strip(), r.dueDate(),
        HandOver.To.unitStaff(unit.getUnitId()));
    campaigns.remindUnit(unit, r.dueDate(), "Giải trình theo yêu cầu của Hội đồng");
    return viewer.sheet(campaign.getId(), unitId, user);
  }

  /** The unit's explanation of one item (giải trình), beside its general reply. */
  record ItemReply(String code, String reply) {}

  SheetView explain(long campaignId, long unitId, String reply, List<ItemReply> items, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    AssessedUnit unit = access.unit(campaignId, unitId);
    access.requireMember(user, unit);
    List<ApiErrorItem> errors = new ArrayList<>();
    if (reply == null || reply.isBlank() || reply.length() > 4000) {
      errors.add(ApiErrorItem.field("reply", "assessment.explanationRequired"));
    }
    Map<String, CriteriaNodeView> leaves = sheetItems.leaves(campaign);
    List<ItemReply> replies = items == null ? List.of() : items.stream().filter(java.util.Objects::nonNull)
        .filter(i -> SheetItems.blank(i.reply()) != null).toList();
    for (ItemReply i : replies) {
      if (i.code() == null || !leaves.containsKey(i.code())) {
        errors.add(ApiErrorItem.field(String.valueOf(i.code()), "assessment.noSuchItem"));
      } else if (i.reply().length() > 4000) {
        errors.add(ApiErrorItem.field(i.code(), "assessment.itemExplanationTooLong", i.code()));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("assessment.explanationInvalid", errors);
    }
    String step = process.complete(unit, CampaignProcess.TASK_EXPLAIN, user, Map.of());
    for (ItemReply i : replies) {
      Answer a = sheetAnswers.answer(unit, i.code(), user);
      a.reply(i.reply().strip(), user.getUsername(), clock.instant());
      answers.save(a);
    }
    unit.explain(reply.strip());
    campaigns.handOver(HandOver.Kind.EXPLAINED, unit, step, user, reply.strip(), null, HandOver.To.role(Role.COUNCIL));
    campaigns.remindUnit(unit, null, null);
    return viewer.sheet(campaignId, unitId, user);
  }

  SheetView markAppraised(long campaignId, long unitId, CurrentUser user) {
    AssessedUnit unit = access.unit(campaignId, unitId);
    SheetAccess.requireCouncil(user);
    process.complete(unit, CampaignProcess.TASK_APPRAISE, user, Map.of(CampaignProcess.VAR_OUTCOME, "APPRAISED"));
    closeRound(unit, user);
    unit.appraised(clock.instant());
    return viewer.sheet(campaignId, unitId, user);
  }

  /** Closes (chốt điểm) the round the council works in: each item's score is kept as it stands. */
  private void closeRound(AssessedUnit unit, CurrentUser user) {
    for (Answer a : answers.findByAssessmentId(unit.getId())) {
      rounds.save(new AppraisalRound(a, unit.getAppraisalRound(), user.getUsername(), clock.instant()));
    }
  }

  /** The council's points: from its figures when it changed them (RATE/DEDUCTION), else as typed. */
  private static BigDecimal appraisedPoints(CriteriaNodeView leaf, AppraisalRequest r, List<ApiErrorItem> errors) {
    if (!r.figures().isEmpty()) {
      if (!ItemScoring.fromFigures(leaf)) {
        errors.add(ApiErrorItem.field(leaf.code(), "shared.itemScoredByPoints", leaf.code()));
        return null;
      }
      return ItemScoring.points(leaf, r.figures(), errors).orElse(null);
    }
    if (r.appraisedPoints() != null) {
      SheetItems.checkPoints(leaf, r.appraisedPoints(), errors);
    }
    return r.appraisedPoints();
  }

  private static boolean sameFigures(ItemScoring.Figures a, ItemScoring.Figures b) {
    return same(a.numerator(), b.numerator()) && same(a.denominator(), b.denominator())
        && java.util.Objects.equals(a.events(), b.events());
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
