package vn.partracker.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.criteria.AnswerType;
import vn.partracker.criteria.CriteriaNodeView;
import vn.partracker.criteria.CriteriaService;
import vn.partracker.criteria.CriteriaSetView;
import vn.partracker.criteria.ItemScoring;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.Attachment;
import vn.partracker.shared.Attachments;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Message;

/** The unit's self-assessment: draft answers, evidence, submission and withdrawal before the deadline. */
@Service
@Transactional
class SelfAssessment {

  static final String EVIDENCE_OWNER = "ASSESSMENT_ANSWER";

  /** {@code numerator}/{@code denominator} (RATE) or {@code events} (DEDUCTION): the points are computed from them. */
  record AnswerRequest(String code, @Nullable BigDecimal points, Boolean notApplicable, @Nullable String explanation, @Nullable Long version,
      @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, @Nullable Integer events) {
    AnswerRequest(String code, BigDecimal points, Boolean notApplicable, String explanation, Long version) {
      this(code, points, notApplicable, explanation, version, null, null, null);
    }

    ItemScoring.Figures figures() {
      return new ItemScoring.Figures(numerator, denominator, events);
    }
  }

  private final CampaignService campaigns;
  private final AnswerRepository answers;
  private final CriteriaService criteria;
  private final Attachments attachments;
  private final SheetAccess access;
  private final SheetItems items;
  private final SheetAnswers sheetAnswers;
  private final SheetViewer viewer;
  private final UnitAssessmentProcess process;
  private final Clock clock;

  SelfAssessment(CampaignService campaigns, AnswerRepository answers, CriteriaService criteria, Attachments attachments,
      SheetAccess access, SheetItems items, SheetAnswers sheetAnswers, SheetViewer viewer,
      UnitAssessmentProcess process, Clock clock) {
    this.campaigns = campaigns;
    this.answers = answers;
    this.criteria = criteria;
    this.attachments = attachments;
    this.access = access;
    this.items = items;
    this.sheetAnswers = sheetAnswers;
    this.viewer = viewer;
    this.process = process;
    this.clock = clock;
  }

  /** Saves draft answers; every problem is reported by item code. */
  SheetView saveAnswers(long campaignId, long unitId, List<AnswerRequest> requests, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    AssessedUnit unit = access.unit(campaignId, unitId);
    access.requireAnswerer(user, unit, campaign, (requests == null ? List.<AnswerRequest>of() : requests).stream()
        .map(r -> r == null ? null : r.code()).toList());
    if (unit.getStep() != AssessedUnit.Step.SELF_ASSESSMENT) {
      throw ApiException.conflict("assessment.submittedWithdrawFirst");
    }
    Map<String, CriteriaNodeView> leaves = items.leaves(campaign);
    List<ApiErrorItem> errors = new ArrayList<>();
    for (AnswerRequest r : requests == null ? List.<AnswerRequest>of() : requests) {
      CriteriaNodeView leaf = r == null || r.code() == null ? null : leaves.get(r.code());
      if (leaf == null) {
        errors.add(ApiErrorItem.field(r == null ? "code" : String.valueOf(r.code()), "assessment.noSuchItem"));
        continue;
      }
      boolean na = Boolean.TRUE.equals(r.notApplicable());
      if (na && !leaf.notApplicableAllowed()) {
        errors.add(ApiErrorItem.field(leaf.code(), "assessment.notApplicableNotAllowed", leaf.code()));
      } else if (!na && ItemScoring.fromFigures(leaf)) {
        if (r.figures().isEmpty() && r.points() != null) {
          errors.add(ApiErrorItem.field(leaf.code(), figuresNeeded(leaf)));
        }
        ItemScoring.points(leaf, r.figures(), errors);
      } else if (!na && r.points() != null) {
        SheetItems.checkPoints(leaf, r.points(), errors);
        if (!r.figures().isEmpty()) {
          ItemScoring.points(leaf, r.figures(), errors);
        }
      }
      if (r.explanation() != null && r.explanation().length() > 4000) {
        errors.add(ApiErrorItem.field(leaf.code(), "assessment.explanationTooLong"));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(Message.of("assessment.answersInvalid", errors.size()), errors);
    }
    Map<String, Answer> current = sheetAnswers.requireFresh(campaignId, unit, requests == null ? List.of()
        : requests.stream().map(r -> new SheetAnswers.ReadVersion(r.code(), r.version())).toList(), user);
    for (AnswerRequest r : requests == null ? List.<AnswerRequest>of() : requests) {
      Answer a = current.computeIfAbsent(r.code(), code -> sheetAnswers.newAnswer(unit, code, user));
      CriteriaNodeView leaf = leaves.get(r.code());
      boolean figures = ItemScoring.fromFigures(leaf);
      BigDecimal points = figures ? ItemScoring.points(leaf, r.figures(), new ArrayList<>()).orElse(null) : r.points();
      a.answer(points, Boolean.TRUE.equals(r.notApplicable()), SheetItems.blank(r.explanation()), figures ? r.figures() : null,
          user.getUsername(), clock.instant());
      answers.save(a);
    }
    return viewer.sheet(campaignId, unitId, user);
  }

  SheetView attach(long campaignId, long unitId, String code, MultipartFile file, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    AssessedUnit unit = access.unit(campaignId, unitId);
    access.requireAnswerer(user, unit, campaign, java.util.Collections.singletonList(code));
    if (unit.getStep() != AssessedUnit.Step.SELF_ASSESSMENT && unit.getStep() != AssessedUnit.Step.EXPLANATION) {
      throw ApiException.conflict("assessment.submittedNoAttachments");
    }
    if (!items.leaves(campaign).containsKey(code)) {
      throw ApiException.notFound("assessment.noItemWithCode", code);
    }
    Answer a = answers.save(sheetAnswers.answer(unit, code, user));
    attachments.store(EVIDENCE_OWNER, a.getId(), file, user.getUsername());
    return viewer.sheet(campaignId, unitId, user);
  }

  Attachments.Content evidence(long campaignId, long unitId, long attachmentId, CurrentUser user) {
    AssessedUnit unit = access.unit(campaignId, unitId);
    access.requireReader(user, unit);
    Attachment file = attachments.find(attachmentId);
    boolean belongs = EVIDENCE_OWNER.equals(file.getOwnerType()) && answers.findById(file.getOwnerId())
        .map(a -> a.getAssessmentId().equals(unit.getId())).orElse(false);
    if (!belongs) {
      throw ApiException.notFound("assessment.documentNotFound", attachmentId);
    }
    return attachments.read(file);
  }

  /** Submits when every item is answered and required evidence is attached or explained. */
  SheetView submit(long campaignId, long unitId, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    AssessedUnit unit = access.unit(campaignId, unitId);
    access.requireMember(user, unit);
    if (unit.getStep() != AssessedUnit.Step.SELF_ASSESSMENT) {
      throw ApiException.conflict("assessment.alreadySubmitted");
    }
    Map<String, Answer> byCode = answers.findByAssessmentId(unit.getId()).stream()
        .collect(Collectors.toMap(Answer::getCode, Function.identity()));
    List<ApiErrorItem> errors = new ArrayList<>();
    CriteriaSetView set = criteria.get(campaign.getCriteriaSetId(), true);
    for (CriteriaNodeView leaf : CampaignService.leaves(set)) {
      if (leaf.code().equals(campaign.getSipasCode()) || set.sectionOf(leaf.code()).isPresent()) {
        continue; // survey points come from the province; bonus and penalty points only where there are some
      }
      Answer a = byCode.get(leaf.code());
      if (a == null || !a.isAnswered()) {
        errors.add(ApiErrorItem.field(leaf.code(), "assessment.itemNotScored", leaf.code()));
      } else if (leaf.evidence() != null && !a.isNotApplicable() && a.getExplanation() == null
          && attachments.list(EVIDENCE_OWNER, a.getId()).isEmpty()) {
        errors.add(ApiErrorItem.field(leaf.code(), "assessment.itemNeedsEvidence", leaf.code()));
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparing(ApiErrorItem::field));
      throw ApiException.invalid(Message.of("assessment.cannotSubmitMissing", errors.size()), errors);
    }
    process.complete(unit, CampaignProcess.TASK_SELF_ASSESS, user, Map.of());
    unit.submit(clock.instant());
    campaigns.remindUnit(unit, null, null);
    return viewer.sheet(campaignId, unitId, user);
  }

  /** Takes a submission back to change it, before the deadline and before the council decides. */
  SheetView withdraw(long campaignId, long unitId, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    AssessedUnit unit = access.unit(campaignId, unitId);
    access.requireMember(user, unit);
    if (unit.getStep() != AssessedUnit.Step.SUBMITTED) {
      throw ApiException.conflict("assessment.withdrawOnlySubmitted");
    }
    if (viewer.pastDeadline(campaign)) {
      throw ApiException.conflict("assessment.withdrawPastDue");
    }
    process.withdraw(unit);
    unit.withdraw();
    campaigns.remindUnit(unit, campaign.getSelfAssessmentDeadline(), "Tự đánh giá, chấm điểm");
    return viewer.sheet(campaignId, unitId, user);
  }

  private static Message figuresNeeded(CriteriaNodeView leaf) {
    return Message.of(leaf.answerType() == AnswerType.RATE ? "assessment.rateFiguresNeeded" : "assessment.deductionFiguresNeeded",
        leaf.code());
  }
}
