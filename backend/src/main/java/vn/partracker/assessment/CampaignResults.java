package vn.partracker.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.criteria.CriteriaNodeView;
import vn.partracker.criteria.CriteriaService;
import vn.partracker.criteria.CriteriaSetView;
import vn.partracker.criteria.IndexCalculator;
import vn.partracker.criteria.Points;
import vn.partracker.org.UnitDirectory;
import vn.partracker.org.UnitScope;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Message;
import vn.partracker.shared.OfficialRows;
import vn.partracker.shared.Table;
import vn.partracker.shared.TableReader;

/**
 * Results of a campaign: the index per unit ({@link IndexCalculator}: achieved / max × 100 with
 * not-applicable items rescaled, plus bonus, minus penalty), per-field subtotals, classification,
 * ranking, last year's index; the loss analysis; survey (SIPAS) points imported per unit. The index
 * counts the last round the council closed (chốt điểm); while none is, the scores as they stand.
 * Each row also gives the index of the unit's own scores and of each closed round, side by side.
 */
@Service
@Transactional
public class CampaignResults {

  /**
   * {@code achieved}, {@code max}, {@code bonus}, {@code penalty} and {@code index} as counted (the
   * last closed round); {@code selfIndex}, {@code round1Index}, {@code round2Index} the index of the
   * unit's own scores and of each round once closed (null before); {@code closedRound} 0, 1 or 2.
   */
  public record UnitResult(Long unitId, String unitName, BigDecimal achieved, BigDecimal max, BigDecimal bonus,
      BigDecimal penalty, BigDecimal index,
      @Schema(allowableValues = {"EXCELLENT", "GOOD", "FAIR", "AVERAGE", "WEAK"}) String classification, int rank, @Nullable BigDecimal previousIndex,
      List<IndexCalculator.FieldScore> fields, @Nullable BigDecimal selfIndex, @Nullable BigDecimal round1Index, @Nullable BigDecimal round2Index,
      int closedRound) {

    UnitResult ranked(int rank) {
      return new UnitResult(unitId, unitName, achieved, max, bonus, penalty, index, classification, rank,
          previousIndex, fields, selfIndex, round1Index, round2Index, closedRound);
    }
  }

  public record Results(Long campaignId, String campaignName, int year, boolean published, Long criteriaSetId,
      List<UnitResult> units) {}

  /**
   * An item below its max: what was lost and why (the council's reason, or for a deduction item the
   * events counted), with the points of the unit's own score and of each closed round.
   */
  public record Loss(String code, String title, String fieldCode, BigDecimal max, BigDecimal achieved, BigDecimal lost,
      @Nullable String reason, @Nullable BigDecimal self, @Nullable BigDecimal round1, @Nullable BigDecimal round2) {}

  private final CampaignService campaigns;
  private final CampaignRepository campaignRepository;
  private final AssessedUnitRepository assessed;
  private final AnswerRepository answers;
  private final CriteriaService criteria;
  private final UnitService units;
  private final UnitScope scope;
  private final TableReader reader;
  private final Clock clock;
  private final AppraisalRoundRepository rounds;

  CampaignResults(CampaignService campaigns, CampaignRepository campaignRepository, AssessedUnitRepository assessed,
      AnswerRepository answers, CriteriaService criteria, UnitService units, UnitScope scope, TableReader reader,
      Clock clock, AppraisalRoundRepository rounds) {
    this.rounds = rounds;
    this.campaigns = campaigns;
    this.campaignRepository = campaignRepository;
    this.assessed = assessed;
    this.answers = answers;
    this.criteria = criteria;
    this.units = units;
    this.scope = scope;
    this.reader = reader;
    this.clock = clock;
  }

  /** Everyone who sees all units, any time; a unit's own people their own row; all once published. */
  @Transactional(readOnly = true)
  public Results results(long campaignId, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    Results all = compute(campaign);
    if (user == null) {
      if (!campaign.isPublished()) {
        throw ApiException.notFound("assessment.resultsNotPublished");
      }
      return all;
    }
    if (user.seesAllUnits() || campaign.isPublished()) {
      return all;
    }
    Set<Long> mine = scope.actableUnitIds(user);
    List<UnitResult> own = all.units().stream().filter(u -> mine.contains(u.unitId())).toList();
    if (own.isEmpty()) {
      throw ApiException.forbidden("assessment.resultsNotPublished");
    }
    return new Results(all.campaignId(), all.campaignName(), all.year(), false, all.criteriaSetId(), own);
  }

  @Transactional(readOnly = true)
  public List<Loss> losses(long campaignId, long unitId, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    if (!user.seesAllUnits() && !scope.actableUnitIds(user).contains(unitId)) {
      throw ApiException.forbidden("assessment.breakdownForbidden");
    }
    AssessedUnit unit = assessed.findByCampaignIdAndUnitId(campaignId, unitId)
        .orElseThrow(() -> ApiException.notFound("assessment.unitNotInCampaign"));
    CriteriaSetView set = criteria.get(campaign.getCriteriaSetId(), true);
    Scores scores = scores(campaign, unit);
    List<Loss> losses = new ArrayList<>();
    for (CriteriaNodeView field : set.nodes()) {
      if (field.section() != null) {
        continue; // a bonus not earned or a penalty are not losses of a criterion
      }
      for (CriteriaNodeView leaf : leaves(field)) {
        Answer a = scores.answers().get(leaf.code());
        if (a != null && a.isNotApplicable()) {
          continue;
        }
        BigDecimal achieved = Optional.ofNullable(scores.points(leaf.code(), Scores.COUNTED)).orElse(BigDecimal.ZERO);
        if (achieved.compareTo(leaf.maxPoints()) < 0) {
          losses.add(new Loss(leaf.code(), leaf.title(), field.code(), leaf.maxPoints(), Points.clean(achieved),
              Points.clean(leaf.maxPoints().subtract(achieved)), scores.reason(leaf), scores.points(leaf.code(), 0),
              scores.points(leaf.code(), 1), scores.points(leaf.code(), 2)));
        }
      }
    }
    return losses;
  }

  /**
   * Imports survey points: columns "Đơn vị" and "Điểm" (as published: "Tên đơn vị", "Điểm SIPAS",
   * up to three decimals); section and total rows are skipped; every row checked, all or nothing.
   */
  public Results importSurvey(long campaignId, MultipartFile file, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    if (campaign.getSipasCode() == null) {
      throw ApiException.conflict("assessment.noSipasCriterion");
    }
    if (campaign.isPublished()) {
      throw ApiException.conflict("assessment.resultsPublishedNoScores");
    }
    CriteriaNodeView leaf = CampaignService.leaves(criteria.get(campaign.getCriteriaSetId(), true)).stream()
        .filter(n -> n.code().equals(campaign.getSipasCode())).findFirst().orElseThrow();
    Table table = reader.read(file, TableReader.MAX_ROWS);
    List<ApiErrorItem> errors = new ArrayList<>();
    int unitColumn = table.requireColumn(errors, "Đơn vị", "Tên đơn vị", "Cơ quan, đơn vị", "Đơn vị, địa phương",
        "Địa phương", "Tên cơ quan, đơn vị");
    int pointsColumn = table.requireColumn(errors, "Điểm", "Điểm SIPAS", "Điểm điều tra xã hội học", "Điểm ĐTXHH",
        "Điểm điều tra XHH", "Điểm khảo sát");
    Optional<Integer> sttColumn = table.column("Stt", "TT");
    if (!errors.isEmpty()) {
      throw ApiException.invalid("assessment.scoreTableColumnsMissing", errors);
    }
    Map<Long, AssessedUnit> byUnit = assessed.findByCampaignIdOrderByIdAsc(campaignId).stream()
        .collect(Collectors.toMap(AssessedUnit::getUnitId, u -> u));
    List<UnitView> participants = units.all().stream().filter(u -> byUnit.containsKey(u.id())).toList();
    UnitDirectory directory = new UnitDirectory(participants);
    Map<AssessedUnit, BigDecimal> points = new HashMap<>();
    for (Table.Row row : table.dataRows()) {
      String stt = sttColumn.map(row::get).orElse("");
      List<UnitView> matches = directory.find(row.get(unitColumn));
      if (OfficialRows.isTotal(stt, row.get(unitColumn)) || OfficialRows.isSectionNumber(stt)
          || (row.get(pointsColumn).isEmpty() && OfficialRows.isHeading(stt) && matches.isEmpty())) {
        continue; // "TỔNG", "I. CÁC SỞ, BAN, NGÀNH" or a heading without points
      }
      if (matches.size() != 1) {
        errors.add(ApiErrorItem.cell(row.number(), "Đơn vị", "assessment.unitNotInCampaignNamed", row.get(unitColumn)));
        continue;
      }
      Optional<BigDecimal> value = Points.parse(row.get(pointsColumn));
      if (value.isEmpty() || value.get().compareTo(leaf.maxPoints()) > 0) {
        errors.add(ApiErrorItem.cell(row.number(), "Điểm", "assessment.scoreRange", Points.format(leaf.maxPoints())));
        continue;
      }
      points.put(byUnit.get(matches.get(0).id()), value.get());
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(Message.of("assessment.scoreTableErrors", errors.size()), errors);
    }
    points.forEach((unit, value) -> {
      Answer a = answers.findByAssessmentIdAndCode(unit.getId(), leaf.code())
          .orElseGet(() -> new Answer(unit.getId(), leaf.code(), user.getUsername(), clock.instant()));
      a.answer(value, false, "Điểm điều tra xã hội học (SIPAS)", null, user.getUsername(), clock.instant());
      a.appraise(value, "Điểm điều tra xã hội học (SIPAS) do tỉnh công bố", null, user.getUsername(), clock.instant());
      answers.save(a);
    });
    return results(campaignId, user);
  }

  private Results compute(Campaign campaign) {
    CriteriaSetView set = criteria.get(campaign.getCriteriaSetId(), true);
    Map<Long, String> names = units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
    Map<Long, BigDecimal> previous = previousIndexes(campaign);
    List<UnitResult> rows = new ArrayList<>();
    for (AssessedUnit unit : assessed.findByCampaignIdOrderByIdAsc(campaign.getId())) {
      Scores scores = scores(campaign, unit);
      IndexCalculator.Score score = IndexCalculator.score(set, scores.in(Scores.COUNTED));
      rows.add(new UnitResult(unit.getUnitId(), names.get(unit.getUnitId()), score.achieved(), score.max(),
          score.bonus(), score.penalty(), score.index(), score.classification().name(), 0,
          previous.get(unit.getUnitId()), score.fields(), IndexCalculator.score(set, scores.in(0)).index(),
          unit.getClosedRound() >= 1 ? IndexCalculator.score(set, scores.in(1)).index() : null,
          unit.getClosedRound() >= 2 ? IndexCalculator.score(set, scores.in(2)).index() : null,
          unit.getClosedRound()));
    }
    rows.sort(Comparator.comparing(UnitResult::index).reversed().thenComparing(UnitResult::unitName));
    List<UnitResult> ranked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      UnitResult r = rows.get(i);
      // competition ranking: equal indexes share a rank (1, 2, 2, 4)
      int rank = i > 0 && rows.get(i - 1).index().compareTo(r.index()) == 0 ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(r.ranked(rank));
    }
    return new Results(campaign.getId(), campaign.getName(), campaign.getYear(), campaign.isPublished(),
        campaign.getCriteriaSetId(), ranked);
  }

  /** The index each unit had in the latest published campaign of an earlier year. */
  private Map<Long, BigDecimal> previousIndexes(Campaign campaign) {
    return campaignRepository.findAllByOrderByYearDescIdDesc().stream()
        .filter(c -> c.isPublished() && c.getYear() < campaign.getYear())
        .findFirst()
        .map(c -> compute(c).units().stream().collect(Collectors.toMap(UnitResult::unitId, UnitResult::index)))
        .orElse(Map.of());
  }

  private Scores scores(Campaign campaign, AssessedUnit unit) {
    Map<String, Answer> byCode = answers.findByAssessmentId(unit.getId()).stream()
        .collect(Collectors.toMap(Answer::getCode, a -> a));
    Map<Long, Map<Integer, AppraisalRound>> closed = new HashMap<>();
    rounds.findByAnswerIdIn(byCode.values().stream().map(Answer::getId).toList())
        .forEach(r -> closed.computeIfAbsent(r.getAnswerId(), k -> new HashMap<>()).put(r.getRound(), r));
    return new Scores(unit, byCode, closed, campaign.getSipasCode());
  }

  /**
   * One unit's answers and closed rounds: the points of each item in a round. The survey item
   * ({@code sipasCode}) has the province's points in every round, whenever they were imported.
   */
  private record Scores(AssessedUnit unit, Map<String, Answer> answers, Map<Long, Map<Integer, AppraisalRound>> closed,
      String sipasCode) {

    /** The points that count: the last closed round, else the scores as they stand. */
    static final int COUNTED = -1;

    /** {@code round}: 0 the unit's own, 1 or 2 a closed round (null when not closed), or {@link #COUNTED}. */
    BigDecimal points(String code, int round) {
      Answer a = answers.get(code);
      if (a == null) {
        return null;
      }
      if (round == 0) {
        return a.getSelfPoints();
      }
      if (code.equals(sipasCode)) {
        return a.finalPoints();
      }
      int r = round == COUNTED ? unit.getClosedRound() : round;
      if (r > unit.getClosedRound()) {
        return null; // not closed yet
      }
      // none closed: as they stand; an item answered after its round closed: as it stands
      AppraisalRound kept = r == 0 ? null : closed.getOrDefault(a.getId(), Map.of()).get(r);
      return kept == null ? a.finalPoints() : kept.getPoints();
    }

    Map<String, IndexCalculator.Answer> in(int round) {
      Map<String, IndexCalculator.Answer> result = new HashMap<>();
      answers.values().forEach(a -> result.put(a.getCode(),
          new IndexCalculator.Answer(a.getCode(), points(a.getCode(), round), a.isNotApplicable())));
      return result;
    }

    /** Why the item lost points: the council's reason in the round that counts, else the unit's own words. */
    String reason(CriteriaNodeView leaf) {
      Answer a = answers.get(leaf.code());
      if (a == null) {
        return "Chưa chấm điểm";
      }
      AppraisalRound kept = closed.getOrDefault(a.getId(), Map.of()).get(unit.getClosedRound());
      String council = kept != null ? kept.getReason() : a.getAppraisalReason();
      String said = council != null ? council : a.getExplanation();
      if (leaf.answerType() == vn.partracker.criteria.AnswerType.DEDUCTION) {
        Integer events = (kept != null ? kept.figures() : a.finalFigures()).events();
        if (events != null && events > 0) {
          String counted = "Bị trừ điểm " + events + " lần (" + Points.format(leaf.pointsPerEvent()) + " điểm/lần)";
          return said == null ? counted : counted + ": " + said;
        }
      }
      return said;
    }
  }

  private static List<CriteriaNodeView> leaves(CriteriaNodeView node) {
    if (node.isLeaf()) {
      return List.of(node);
    }
    List<CriteriaNodeView> result = new ArrayList<>();
    node.children().forEach(c -> result.addAll(leaves(c)));
    return result;
  }
}
