package vn.partracker.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.criteria.CriteriaNodeView;
import vn.partracker.criteria.CriteriaService;
import vn.partracker.criteria.CriteriaSetView;
import vn.partracker.criteria.ItemScoring;
import vn.partracker.criteria.Points;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.org.UserService;
import vn.partracker.shared.Attachments;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Role;

/** An assessed unit's sheet as its reader sees it: every item with scores round by round, evidence, and what the reader may do. */
@Service
@Transactional(readOnly = true)
class SheetViewer {

  private final CampaignService campaigns;
  private final AnswerRepository answers;
  private final AppraisalRoundRepository rounds;
  private final CriteriaService criteria;
  private final UnitService units;
  private final UserService users;
  private final Attachments attachments;
  private final SheetAccess access;
  private final Clock clock;

  SheetViewer(CampaignService campaigns, AnswerRepository answers, AppraisalRoundRepository rounds,
      CriteriaService criteria, UnitService units, UserService users, Attachments attachments, SheetAccess access,
      Clock clock) {
    this.campaigns = campaigns;
    this.answers = answers;
    this.rounds = rounds;
    this.criteria = criteria;
    this.units = units;
    this.users = users;
    this.attachments = attachments;
    this.access = access;
    this.clock = clock;
  }

  SheetView sheet(long campaignId, long unitId, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    AssessedUnit unit = access.unit(campaignId, unitId);
    access.requireReader(user, unit);
    CriteriaSetView set = criteria.get(campaign.getCriteriaSetId(), true);
    Map<String, Answer> byCode = answers.findByAssessmentId(unit.getId()).stream()
        .collect(Collectors.toMap(Answer::getCode, Function.identity()));
    Map<String, Long> leads = access.leadOffices(campaign, unit);
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
      for (CriteriaNodeView leaf : SheetItems.leavesOf(field)) {
        Answer a = byCode.get(leaf.code());
        List<SheetView.Evidence> evidence = a == null ? List.of() : attachments.list(SelfAssessment.EVIDENCE_OWNER, a.getId()).stream()
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
    boolean member = access.mayActForUnit(user, unit);
    boolean leadsItems = leads.values().stream().anyMatch(id -> access.actsFor(user, id));
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

  /** Past the self-assessment deadline (a submission can no longer be withdrawn). */
  boolean pastDeadline(Campaign campaign) {
    return LocalDate.now(clock).isAfter(campaign.getSelfAssessmentDeadline());
  }
}
