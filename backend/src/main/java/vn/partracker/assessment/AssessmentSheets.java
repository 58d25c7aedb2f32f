package vn.partracker.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.criteria.AnswerType;
import vn.partracker.criteria.CriteriaNodeView;
import vn.partracker.criteria.CriteriaService;
import vn.partracker.criteria.CriteriaSetView;
import vn.partracker.criteria.ItemScoring;
import vn.partracker.criteria.Points;
import vn.partracker.criteria.ResponsibilityService;
import vn.partracker.org.UnitScope;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.org.UserService;
import vn.partracker.reminder.HandOver;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.Attachment;
import vn.partracker.shared.Attachments;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Message;
import vn.partracker.shared.Role;
import vn.partracker.shared.TimeConfig;

/**
 * One unit's self-assessment and its appraisal: drafts, evidence, submission, withdrawal; the
 * council's scores with reasons, explanation requests and the unit's replies.
 */
@Service
@Transactional
class AssessmentSheets {

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
  private final AssessedUnitRepository assessed;
  private final AnswerRepository answers;
  private final CriteriaService criteria;
  private final UnitService units;
  private final UnitScope scope;
  private final Attachments attachments;
  private final TaskService engineTasks;
  private final RuntimeService runtime;
  private final ResponsibilityService responsibilities;
  private final Clock clock;
  private final UserService users;
  private final AppraisalRoundRepository rounds;

  AssessmentSheets(CampaignService campaigns, AssessedUnitRepository assessed, AnswerRepository answers,
      CriteriaService criteria, UnitService units, UnitScope scope, Attachments attachments, TaskService engineTasks,
      RuntimeService runtime, ResponsibilityService responsibilities, Clock clock, UserService users,
      AppraisalRoundRepository rounds) {
    this.rounds = rounds;
    this.users = users;
    this.responsibilities = responsibilities;
    this.campaigns = campaigns;
    this.assessed = assessed;
    this.answers = answers;
    this.criteria = criteria;
    this.units = units;
    this.scope = scope;
    this.attachments = attachments;
    this.engineTasks = engineTasks;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  SheetView sheet(long campaignId, long unitId, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    AssessedUnit unit = unit(campaignId, unitId);
    requireReader(user, unit);
    CriteriaSetView set = criteria.get(campaign.getCriteriaSetId(), true);
    Map<String, Answer> byCode = answers.findByAssessmentId(unit.getId()).stream()
        .collect(Collectors.toMap(Answer::getCode, Function.identity()));
    Map<String, Long> leads = leadOffices(campaign, unit);
    Map<Long, String> names = units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
    Map<Long, List<AppraisalRound>> closed = rounds.findByAnswerIdIn(byCode.values().stream().map(Answer::getId)
        .toList()).stream().collect(Collectors.groupingBy(AppraisalRound::getAnswerId));
    java.util.function.UnaryOperator<String> person = users.displayNames(java.util.stream.Stream.concat(
        byCode.values().stream().flatMap(a -> java.util.stream.Stream.of(a.getUpdatedBy(), a.getAppraisedBy())),
        closed.values().stream().flatMap(List::stream).map(AppraisalRound::getAppraisedBy))
        .filter(java.util.Objects::nonNull).toList());
    String unitName = units.find(unitId).map(UnitView::name).orElse("");
    List<SheetView.Item> items = new ArrayList<>();
    BigDecimal self = BigDecimal.ZERO;
    BigDecimal appraised = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (CriteriaNodeView field : set.nodes()) {
      for (CriteriaNodeView leaf : leavesOf(field)) {
        Answer a = byCode.get(leaf.code());
        List<SheetView.Evidence> evidence = a == null ? List.of() : attachments.list(EVIDENCE_OWNER, a.getId()).stream()
            .map(f -> new SheetView.Evidence(f.getId(), f.getFilename(), f.getSizeBytes())).toList();
        Long lead = leads.get(leaf.code());
        items.add(new SheetView.Item(leaf.code(), leaf.title(), field.code(),
            field.section() == null ? null : field.section().name(), lead, lead == null ? null : names.get(lead),
            leaf.maxPoints(), leaf.guidance(),
            leaf.evidence(), leaf.answerType().name(), leaf.notApplicableAllowed(), leaf.numeratorLabel(),
            leaf.denominatorLabel(), leaf.bands(), leaf.pointsPerEvent(),
            a == null ? null : a.getSelfPoints(), a == null ? null : a.figures().numerator(),
            a == null ? null : a.figures().denominator(), a == null ? null : a.figures().events(),
            a != null && a.isNotApplicable(), a == null ? null : a.getExplanation(),
            a == null ? null : a.getAppraisedPoints(), a == null ? null : a.getAppraisalReason(),
            a == null ? null : a.appraisedFigures().numerator(), a == null ? null : a.appraisedFigures().denominator(),
            a == null ? null : a.appraisedFigures().events(), a == null ? null : a.getReply(),
            a == null ? List.of() : roundsOf(unit, unitName, a, closed.getOrDefault(a.getId(), List.of()), person),
            evidence,
            a == null ? null : a.getVersion(), a == null ? null : person.apply(a.getUpdatedBy()), a == null ? null : a.getUpdatedAt()));
        if (field.section() != null) {
          continue; // bonus and penalty are outside the scored total
        }
        if (a != null && !a.isNotApplicable()) {
          self = self.add(a.getSelfPoints() == null ? BigDecimal.ZERO : a.getSelfPoints());
          appraised = appraised.add(a.finalPoints() == null ? BigDecimal.ZERO : a.finalPoints());
        }
        if (a == null || !a.isNotApplicable()) {
          max = max.add(leaf.maxPoints());
        }
      }
    }
    boolean member = mayActForUnit(user, unit);
    boolean leadsItems = leads.values().stream().anyMatch(id -> actsFor(user, id));
    boolean council = user.has(Role.COUNCIL) || user.has(Role.ADMIN);
    return new SheetView(campaignId, campaign.getName(), unitId, unitName,
        unit.getStep().name(), unit.isLate(), campaign.getSelfAssessmentDeadline(),
        (member || leadsItems) && unit.getStep() == AssessedUnit.Step.SELF_ASSESSMENT,
        member && unit.getStep() == AssessedUnit.Step.SUBMITTED && !pastDeadline(campaign),
        council && unit.getStep() == AssessedUnit.Step.SUBMITTED,
        member && unit.getStep() == AssessedUnit.Step.EXPLANATION,
        unit.getExplanationRequest(), unit.getExplanationDue(), unit.getExplanationReply(), unit.getAppraisalRound(),
        unit.getClosedRound(), Points.clean(self), Points.clean(appraised), Points.clean(max), items);
  }

  /** Saves draft answers; every problem is reported by item code. */
  SheetView saveAnswers(long campaignId, long unitId, List<AnswerRequest> requests, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    AssessedUnit unit = unit(campaignId, unitId);
    for (AnswerRequest r : requests == null ? List.<AnswerRequest>of() : requests) {
      requireAnswerer(user, unit, campaign, r == null ? null : r.code());
    }
    if (unit.getStep() != AssessedUnit.Step.SELF_ASSESSMENT) {
      throw ApiException.conflict("assessment.submittedWithdrawFirst");
    }
    Map<String, CriteriaNodeView> leaves = leafMap(campaign);
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
        checkPoints(leaf, r.points(), errors);
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
    Map<String, Answer> current = requireFresh(campaignId, unit, requests == null ? List.of()
        : requests.stream().map(r -> new ReadVersion(r.code(), r.version())).toList(), user);
    for (AnswerRequest r : requests == null ? List.<AnswerRequest>of() : requests) {
      Answer a = current.computeIfAbsent(r.code(), code -> newAnswer(unit, code, user));
      CriteriaNodeView leaf = leaves.get(r.code());
      boolean figures = ItemScoring.fromFigures(leaf);
      BigDecimal points = figures ? ItemScoring.points(leaf, r.figures(), new ArrayList<>()).orElse(null) : r.points();
      a.answer(points, Boolean.TRUE.equals(r.notApplicable()), blank(r.explanation()), figures ? r.figures() : null,
          user.getUsername(), clock.instant());
      answers.save(a);
    }
    return sheet(campaignId, unitId, user);
  }

  SheetView attach(long campaignId, long unitId, String code, MultipartFile file, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    AssessedUnit unit = unit(campaignId, unitId);
    requireAnswerer(user, unit, campaign, code);
    if (unit.getStep() != AssessedUnit.Step.SELF_ASSESSMENT && unit.getStep() != AssessedUnit.Step.EXPLANATION) {
      throw ApiException.conflict("assessment.submittedNoAttachments");
    }
    if (!leafMap(campaign).containsKey(code)) {
      throw ApiException.notFound("assessment.noItemWithCode", code);
    }
    Answer a = answers.save(answer(unit, code, user));
    attachments.store(EVIDENCE_OWNER, a.getId(), file, user.getUsername());
    return sheet(campaignId, unitId, user);
  }

  Attachments.Content evidence(long campaignId, long unitId, long attachmentId, CurrentUser user) {
    AssessedUnit unit = unit(campaignId, unitId);
    requireReader(user, unit);
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
    AssessedUnit unit = unit(campaignId, unitId);
    requireMember(user, unit);
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
    complete(unit, CampaignProcess.TASK_SELF_ASSESS, user, Map.of());
    unit.submit(clock.instant());
    campaigns.remindUnit(unit, null, null);
    return sheet(campaignId, unitId, user);
  }

  /** Takes a submission back to change it, before the deadline and before the council decides. */
  SheetView withdraw(long campaignId, long unitId, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    AssessedUnit unit = unit(campaignId, unitId);
    requireMember(user, unit);
    if (unit.getStep() != AssessedUnit.Step.SUBMITTED) {
      throw ApiException.conflict("assessment.withdrawOnlySubmitted");
    }
    if (pastDeadline(campaign)) {
      throw ApiException.conflict("assessment.withdrawPastDue");
    }
    runtime.createMessageCorrelation(CampaignProcess.MESSAGE_WITHDRAW)
        .processInstanceId(unitProcess(unit)).correlate();
    unit.withdraw();
    campaigns.remindUnit(unit, campaign.getSelfAssessmentDeadline(), "Tự đánh giá, chấm điểm");
    return sheet(campaignId, unitId, user);
  }

  /** The council's scores; changing a unit's score needs a reason. */
  SheetView appraise(long campaignId, long unitId, List<AppraisalRequest> requests, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    AssessedUnit unit = unit(campaignId, unitId);
    requireCouncil(user);
    if (unit.getStep() != AssessedUnit.Step.SUBMITTED) {
      throw ApiException.conflict("assessment.notSubmittedOrExplaining");
    }
    Map<String, CriteriaNodeView> leaves = leafMap(campaign);
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
    Map<String, Answer> current = requireFresh(campaignId, unit, requests == null ? List.of()
        : requests.stream().map(r -> new ReadVersion(r.code(), r.version())).toList(), user);
    for (AppraisalRequest r : requests == null ? List.<AppraisalRequest>of() : requests) {
      Answer a = current.computeIfAbsent(r.code(), code -> newAnswer(unit, code, user));
      CriteriaNodeView leaf = leaves.get(r.code());
      a.appraise(appraisedPoints(leaf, r, new ArrayList<>()), blank(r.reason()),
          ItemScoring.fromFigures(leaf) && !r.figures().isEmpty() ? r.figures() : null, user.getUsername(),
          clock.instant());
      answers.save(a);
    }
    return sheet(campaignId, unitId, user);
  }

  SheetView requestExplanation(long campaignId, long unitId, ExplanationRequest r, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    AssessedUnit unit = unit(campaignId, unitId);
    requireCouncil(user);
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
    String step = complete(unit, CampaignProcess.TASK_APPRAISE, user, Map.of(CampaignProcess.VAR_OUTCOME,
        "EXPLANATION", CampaignProcess.VAR_EXPLANATION_DUE, vn.partracker.shared.ProcessDates.at(r.dueDate(), 17)));
    closeRound(unit, user);
    answers.findByAssessmentId(unit.getId()).forEach(Answer::openNextRound);
    unit.requestExplanation(r.request().strip(), r.dueDate());
    campaigns.handOver(HandOver.Kind.EXPLAIN_REQUESTED, unit, step, user, r.request().strip(), r.dueDate(),
        HandOver.To.unitStaff(unit.getUnitId()));
    campaigns.remindUnit(unit, r.dueDate(), "Giải trình theo yêu cầu của Hội đồng");
    return sheet(campaign.getId(), unitId, user);
  }

  /** The unit's explanation of one item (giải trình), beside its general reply. */
  record ItemReply(String code, String reply) {}

  SheetView explain(long campaignId, long unitId, String reply, List<ItemReply> items, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    AssessedUnit unit = unit(campaignId, unitId);
    requireMember(user, unit);
    List<ApiErrorItem> errors = new ArrayList<>();
    if (reply == null || reply.isBlank() || reply.length() > 4000) {
      errors.add(ApiErrorItem.field("reply", "assessment.explanationRequired"));
    }
    Map<String, CriteriaNodeView> leaves = leafMap(campaign);
    List<ItemReply> replies = items == null ? List.of() : items.stream().filter(java.util.Objects::nonNull)
        .filter(i -> blank(i.reply()) != null).toList();
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
    String step = complete(unit, CampaignProcess.TASK_EXPLAIN, user, Map.of());
    for (ItemReply i : replies) {
      Answer a = answer(unit, i.code(), user);
      a.reply(i.reply().strip(), user.getUsername(), clock.instant());
      answers.save(a);
    }
    unit.explain(reply.strip());
    campaigns.handOver(HandOver.Kind.EXPLAINED, unit, step, user, reply.strip(), null, HandOver.To.role(Role.COUNCIL));
    campaigns.remindUnit(unit, null, null);
    return sheet(campaignId, unitId, user);
  }

  SheetView markAppraised(long campaignId, long unitId, CurrentUser user) {
    AssessedUnit unit = unit(campaignId, unitId);
    requireCouncil(user);
    complete(unit, CampaignProcess.TASK_APPRAISE, user, Map.of(CampaignProcess.VAR_OUTCOME, "APPRAISED"));
    closeRound(unit, user);
    unit.appraised(clock.instant());
    return sheet(campaignId, unitId, user);
  }

  /**
   * The item round by round: the unit's own score (once submitted), each closed round, and the
   * round the council works in when it has set this item's points in it.
   */
  private static List<SheetView.Round> roundsOf(AssessedUnit unit, String unitName, Answer a,
      List<AppraisalRound> closed, java.util.function.UnaryOperator<String> person) {
    List<SheetView.Round> result = new ArrayList<>();
    result.add(new SheetView.Round(0, a.getSelfPoints(), a.figures().numerator(), a.figures().denominator(),
        a.figures().events(), a.getExplanation(), unitName, unit.getSubmittedAt(),
        unit.getStep() != AssessedUnit.Step.SELF_ASSESSMENT));
    closed.stream().sorted(java.util.Comparator.comparingInt(AppraisalRound::getRound)).forEach(r -> result.add(
        new SheetView.Round(r.getRound(), r.getPoints(), r.figures().numerator(), r.figures().denominator(),
            r.figures().events(), r.getReason(), r.getAppraisedBy() == null ? null : person.apply(r.getAppraisedBy()),
            r.getAppraisedAt(), true)));
    if (unit.getAppraisalRound() > unit.getClosedRound() && a.getAppraisedBy() != null) {
      ItemScoring.Figures f = a.appraisedFigures();
      result.add(new SheetView.Round(unit.getAppraisalRound(), a.finalPoints(), f.numerator(), f.denominator(),
          f.events(), a.getAppraisalReason(), person.apply(a.getAppraisedBy()), a.getAppraisedAt(), false));
    }
    return result;
  }

  /** Closes (chốt điểm) the round the council works in: each item's score is kept as it stands. */
  private void closeRound(AssessedUnit unit, CurrentUser user) {
    for (Answer a : answers.findByAssessmentId(unit.getId())) {
      rounds.save(new AppraisalRound(a, unit.getAppraisalRound(), user.getUsername(), clock.instant()));
    }
  }

  /** Completes the unit's open step; returns the engine task's id. */
  private String complete(AssessedUnit unit, String key, CurrentUser user, Map<String, Object> variables) {
    Task task = engineTasks.createTaskQuery().processInstanceId(unitProcess(unit)).taskDefinitionKey(key).singleResult();
    if (task == null) {
      throw ApiException.conflict("assessment.stepClosed");
    }
    engineTasks.setAssignee(task.getId(), user.getUsername());
    engineTasks.complete(task.getId(), variables);
    return task.getId();
  }

  private String unitProcess(AssessedUnit unit) {
    var instance = runtime.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.UNIT_KEY)
        .variableValueEquals(CampaignProcess.VAR_CAMPAIGN_UNIT_ID, unit.getId()).singleResult();
    if (instance == null) {
      throw ApiException.conflict("assessment.processEnded");
    }
    return instance.getId();
  }

  /** The assessed unit, when the caller may read its sheet. */
  AssessedUnit readable(long campaignId, long unitId, CurrentUser user) {
    AssessedUnit unit = unit(campaignId, unitId);
    requireReader(user, unit);
    return unit;
  }

  private AssessedUnit unit(long campaignId, long unitId) {
    return assessed.findByCampaignIdAndUnitId(campaignId, unitId)
        .orElseThrow(() -> ApiException.notFound("assessment.unitNotInCampaign"));
  }

  /** The version of an item the caller read: null when it saw the item unanswered. */
  private record ReadVersion(String code, Long version) {}

  /**
   * Refuses the whole write when an item changed after the caller read it (another council member,
   * or the same person in another tab): a 409 that names each such item with who changed it and
   * when, and carries the current sheet, so that the person sees both values and chooses. The
   * answers read here are the ones written: two writes racing past this check meet the unique key
   * (first answers) or the version (later ones) at commit, also a 409.
   */
  private Map<String, Answer> requireFresh(long campaignId, AssessedUnit unit, List<ReadVersion> read,
      CurrentUser user) {
    Map<String, Answer> current = answers.findByAssessmentId(unit.getId()).stream()
        .collect(Collectors.toMap(Answer::getCode, Function.identity()));
    List<ApiErrorItem> stale = new ArrayList<>();
    for (ReadVersion r : read) {
      Answer a = current.get(r.code());
      if (a != null && (r.version() == null || r.version() != a.getVersion())) {
        stale.add(ApiErrorItem.field(r.code(), "assessment.itemSavedBy", r.code(), users.displayNames(List.of(a.getUpdatedBy())).apply(a.getUpdatedBy()), TimeConfig.DATE_TIME.format(a.getUpdatedAt().atZone(TimeConfig.ZONE))));
      }
    }
    if (!stale.isEmpty()) {
      throw ApiException.stale(Message.of("assessment.itemsStale", stale.size()), stale, sheet(campaignId, unit.getUnitId(), user));
    }
    return current; // the write changes these very rows: a change after this check fails on their version
  }

  /** The item's answer, or a new empty one (evidence may come before any points). */
  private Answer answer(AssessedUnit unit, String code, CurrentUser user) {
    return answers.findByAssessmentIdAndCode(unit.getId(), code).orElseGet(() -> newAnswer(unit, code, user));
  }

  private Answer newAnswer(AssessedUnit unit, String code, CurrentUser user) {
    return new Answer(unit.getId(), code, user.getUsername(), clock.instant());
  }

  private boolean mayActForUnit(CurrentUser user, AssessedUnit unit) {
    return (user.has(Role.UNIT_HEAD) || user.has(Role.UNIT_STAFF) || user.has(Role.COORDINATOR))
        && scope.actableUnitIds(user).contains(unit.getUnitId());
  }

  private void requireMember(CurrentUser user, AssessedUnit unit) {
    if (!mayActForUnit(user, unit)) {
      throw ApiException.forbidden("assessment.unitStaffOnly");
    }
  }

  /** The unit itself, or those who see every unit; never another assessed unit. */
  private void requireReader(CurrentUser user, AssessedUnit unit) {
    if (!user.seesAllUnits() && !scope.actableUnitIds(user).contains(unit.getUnitId())
        && !subtree(unit.getUnitId()).contains(user.unitId())) {
      throw ApiException.forbidden("assessment.otherUnitSheet");
    }
  }

  /**
   * Split by the responsibility matrix (seed 000): when the assessed unit is made of offices, each
   * item belongs to the lead office the matrix names for it, if that office is inside the unit.
   * A commune has no such offices and answers everything itself.
   */
  private Map<String, Long> leadOffices(Campaign campaign, AssessedUnit unit) {
    java.util.Set<Long> inside = subtree(unit.getUnitId());
    inside.remove(unit.getUnitId());
    Map<String, Long> result = new java.util.HashMap<>();
    if (inside.isEmpty()) {
      return result;
    }
    for (String code : leafMap(campaign).keySet()) {
      responsibilities.effective(campaign.getCriteriaSetId(), code).map(ResponsibilityService.Assignment::leadUnitId)
          .filter(inside::contains).ifPresent(id -> result.put(code, id));
    }
    return result;
  }

  /** The unit's own people answer everything; a lead office answers its own items. */
  private void requireAnswerer(CurrentUser user, AssessedUnit unit, Campaign campaign, String code) {
    if (mayActForUnit(user, unit)) {
      return;
    }
    Long lead = code == null ? null : leadOffices(campaign, unit).get(code);
    if (lead == null || !actsFor(user, lead)) {
      throw lead == null
          ? ApiException.forbidden("assessment.unitStaffOnly")
          : ApiException.forbidden("assessment.itemLedByOtherUnit", code);
    }
  }

  private boolean actsFor(CurrentUser user, long unitId) {
    return (user.has(Role.UNIT_HEAD) || user.has(Role.UNIT_STAFF)) && scope.actableUnitIds(user).contains(unitId);
  }

  private java.util.Set<Long> subtree(long unitId) {
    java.util.Set<Long> result = new java.util.HashSet<>();
    List<UnitView> all = units.all();
    java.util.Deque<Long> todo = new java.util.ArrayDeque<>(List.of(unitId));
    while (!todo.isEmpty()) {
      Long id = todo.pop();
      if (result.add(id)) {
        all.stream().filter(u -> id.equals(u.parentId())).forEach(u -> todo.push(u.id()));
      }
    }
    return result;
  }

  private static void requireCouncil(CurrentUser user) {
    if (!user.has(Role.COUNCIL) && !user.has(Role.ADMIN)) {
      throw ApiException.forbidden("assessment.councilOnly");
    }
  }

  private boolean pastDeadline(Campaign campaign) {
    return LocalDate.now(clock).isAfter(campaign.getSelfAssessmentDeadline());
  }

  private Map<String, CriteriaNodeView> leafMap(Campaign campaign) {
    return CampaignService.leaves(criteria.get(campaign.getCriteriaSetId(), true)).stream()
        .collect(Collectors.toMap(CriteriaNodeView::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static List<CriteriaNodeView> leavesOf(CriteriaNodeView node) {
    if (node.isLeaf()) {
      return List.of(node);
    }
    List<CriteriaNodeView> result = new ArrayList<>();
    node.children().forEach(c -> result.addAll(leavesOf(c)));
    return result;
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
      checkPoints(leaf, r.appraisedPoints(), errors);
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

  private static Message figuresNeeded(CriteriaNodeView leaf) {
    return Message.of(leaf.answerType() == AnswerType.RATE ? "assessment.rateFiguresNeeded" : "assessment.deductionFiguresNeeded",
        leaf.code());
  }

  private static void checkPoints(CriteriaNodeView leaf, BigDecimal points, List<ApiErrorItem> errors) {
    if (points.signum() < 0 || points.compareTo(leaf.maxPoints()) > 0) {
      errors.add(ApiErrorItem.field(leaf.code(), "assessment.itemScoreRange", leaf.code(), Points.format(leaf.maxPoints())));
    } else if (leaf.answerType() == AnswerType.YES_NO && points.signum() != 0
        && points.compareTo(leaf.maxPoints()) != 0) {
      errors.add(ApiErrorItem.field(leaf.code(), "assessment.itemYesNo", leaf.code(), Points.format(leaf.maxPoints())));
    }
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
