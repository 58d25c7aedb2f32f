package vn.partracker.assessment;

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
import vn.partracker.shared.OfficialRows;
import vn.partracker.shared.Table;
import vn.partracker.shared.TableReader;

/**
 * Results of a campaign: the index per unit (achieved / max × 100, not-applicable items rescaled),
 * per-field subtotals, classification, ranking, last year's index; the loss analysis; survey
 * (SIPAS) points imported per unit.
 */
@Service
@Transactional
public class CampaignResults {

  public record UnitResult(Long unitId, String unitName, BigDecimal achieved, BigDecimal max, BigDecimal index,
      String classification, int rank, BigDecimal previousIndex, List<IndexCalculator.FieldScore> fields) {}

  public record Results(Long campaignId, String campaignName, int year, boolean published, Long criteriaSetId,
      List<UnitResult> units) {}

  /** An item below its max: what was lost and why. */
  public record Loss(String code, String title, String fieldCode, BigDecimal max, BigDecimal achieved, BigDecimal lost,
      String reason) {}

  private final CampaignService campaigns;
  private final CampaignRepository campaignRepository;
  private final AssessedUnitRepository assessed;
  private final AnswerRepository answers;
  private final CriteriaService criteria;
  private final UnitService units;
  private final UnitScope scope;
  private final TableReader reader;
  private final Clock clock;

  CampaignResults(CampaignService campaigns, CampaignRepository campaignRepository, AssessedUnitRepository assessed,
      AnswerRepository answers, CriteriaService criteria, UnitService units, UnitScope scope, TableReader reader,
      Clock clock) {
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
        throw ApiException.notFound("Kết quả chưa được công bố");
      }
      return all;
    }
    if (user.seesAllUnits() || campaign.isPublished()) {
      return all;
    }
    Set<Long> mine = scope.actableUnitIds(user);
    List<UnitResult> own = all.units().stream().filter(u -> mine.contains(u.unitId())).toList();
    if (own.isEmpty()) {
      throw ApiException.forbidden("Kết quả chưa được công bố");
    }
    return new Results(all.campaignId(), all.campaignName(), all.year(), false, all.criteriaSetId(), own);
  }

  @Transactional(readOnly = true)
  public List<Loss> losses(long campaignId, long unitId, CurrentUser user) {
    Campaign campaign = campaigns.find(campaignId);
    if (!user.seesAllUnits() && !scope.actableUnitIds(user).contains(unitId)) {
      throw ApiException.forbidden("Bạn không xem được phân tích điểm của đơn vị khác");
    }
    AssessedUnit unit = assessed.findByCampaignIdAndUnitId(campaignId, unitId)
        .orElseThrow(() -> ApiException.notFound("Đơn vị không tham gia chiến dịch này"));
    CriteriaSetView set = criteria.get(campaign.getCriteriaSetId(), true);
    Map<String, Answer> byCode = answers.findByAssessmentId(unit.getId()).stream()
        .collect(Collectors.toMap(Answer::getCode, a -> a));
    List<Loss> losses = new ArrayList<>();
    for (CriteriaNodeView field : set.nodes()) {
      for (CriteriaNodeView leaf : leaves(field)) {
        Answer a = byCode.get(leaf.code());
        if (a != null && a.isNotApplicable()) {
          continue;
        }
        BigDecimal achieved = a == null || a.finalPoints() == null ? BigDecimal.ZERO : a.finalPoints();
        if (achieved.compareTo(leaf.maxPoints()) < 0) {
          String reason = a == null ? "Chưa chấm điểm"
              : a.getAppraisalReason() != null ? a.getAppraisalReason() : a.getExplanation();
          losses.add(new Loss(leaf.code(), leaf.title(), field.code(), leaf.maxPoints(), Points.clean(achieved),
              Points.clean(leaf.maxPoints().subtract(achieved)), reason));
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
      throw ApiException.conflict("Chiến dịch chưa chọn tiêu chí nhận điểm điều tra xã hội học (SIPAS)");
    }
    if (campaign.isPublished()) {
      throw ApiException.conflict("Kết quả đã công bố; không nhập thêm điểm được");
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
      throw ApiException.invalid("Thiếu cột trong bảng điểm", errors);
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
        errors.add(ApiErrorItem.cell(row.number(), "Đơn vị", "Không có đơn vị \"" + row.get(unitColumn)
            + "\" trong chiến dịch"));
        continue;
      }
      Optional<BigDecimal> value = Points.parse(row.get(pointsColumn));
      if (value.isEmpty() || value.get().compareTo(leaf.maxPoints()) > 0) {
        errors.add(ApiErrorItem.cell(row.number(), "Điểm", "Điểm phải là số từ 0 đến " + Points.format(leaf.maxPoints())));
        continue;
      }
      points.put(byUnit.get(matches.get(0).id()), value.get());
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("Bảng điểm có " + errors.size() + " lỗi; chưa có gì được lưu", errors);
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
      Map<String, IndexCalculator.Answer> byCode = new HashMap<>();
      for (Answer a : answers.findByAssessmentId(unit.getId())) {
        byCode.put(a.getCode(), new IndexCalculator.Answer(a.getCode(), a.finalPoints(), a.isNotApplicable()));
      }
      IndexCalculator.Score score = IndexCalculator.score(set, byCode);
      rows.add(new UnitResult(unit.getUnitId(), names.get(unit.getUnitId()), score.achieved(), score.max(),
          score.index(), score.classification().name(), 0, previous.get(unit.getUnitId()), score.fields()));
    }
    rows.sort(Comparator.comparing(UnitResult::index).reversed().thenComparing(UnitResult::unitName));
    List<UnitResult> ranked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      UnitResult r = rows.get(i);
      // competition ranking: equal indexes share a rank (1, 2, 2, 4)
      int rank = i > 0 && rows.get(i - 1).index().compareTo(r.index()) == 0 ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new UnitResult(r.unitId(), r.unitName(), r.achieved(), r.max(), r.index(), r.classification(), rank,
          r.previousIndex(), r.fields()));
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

  private static List<CriteriaNodeView> leaves(CriteriaNodeView node) {
    if (node.isLeaf()) {
      return List.of(node);
    }
    List<CriteriaNodeView> result = new ArrayList<>();
    node.children().forEach(c -> result.addAll(leaves(c)));
    return result;
  }
}
