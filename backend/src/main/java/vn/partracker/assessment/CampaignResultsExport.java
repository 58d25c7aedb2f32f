package vn.partracker.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.criteria.CriteriaNodeView;
import vn.partracker.criteria.CriteriaService;
import vn.partracker.criteria.IndexCalculator;
import vn.partracker.criteria.Points;
import vn.partracker.criteria.Thresholds;
import vn.partracker.org.UnitScope;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.export.Align;
import vn.partracker.shared.export.Block;
import vn.partracker.shared.export.Heading;
import vn.partracker.shared.export.Paragraph;
import vn.partracker.shared.export.Report;
import vn.partracker.shared.export.TableBlock;

/**
 * A campaign's results as official tables: the units with index, classification, rank, last year's
 * index and points per field; then the loss analysis (criteria that lost points, how many, which
 * units) over the units whose analysis the caller may see, as {@code /losses} allows.
 */
@Component
@Transactional(readOnly = true)
class CampaignResultsExport {

  /** A criterion below its max in one or more units. */
  record LossRow(String code, String title, BigDecimal max, BigDecimal lost, List<String> units) {}

  private final CampaignResults results;
  private final CriteriaService criteria;
  private final UnitScope scope;

  CampaignResultsExport(CampaignResults results, CriteriaService criteria, UnitScope scope) {
    this.results = results;
    this.criteria = criteria;
    this.scope = scope;
  }

  Report report(long campaignId, CurrentUser user) {
    CampaignResults.Results all = results.results(campaignId, user);
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(all.campaignName() + (all.published() ? " (đã công bố)" : " (chưa công bố)"),
        Align.CENTER, false));
    blocks.add(new Heading("Kết quả theo đơn vị"));
    blocks.add(unitTable(all, criteria.get(all.criteriaSetId(), true)));
    blocks.add(new Heading("Phân tích điểm bị trừ"));
    List<LossRow> losses = losses(all, user);
    if (losses.isEmpty()) {
      blocks.add(Paragraph.of("Không có tiêu chí nào bị trừ điểm."));
    }
    blocks.add(new TableBlock(List.of("Mã tiêu chí", "Tiêu chí", "Điểm chuẩn", "Tổng điểm bị trừ", "Số đơn vị",
        "Đơn vị bị trừ điểm (điểm bị trừ)"),
        losses.stream().map(l -> Arrays.<Object>asList(l.code(), l.title(), l.max(), l.lost(),
            (long) l.units().size(), String.join("; ", l.units()))).toList(),
        List.of(10, 50, 10, 12, 10, 50)));
    return new Report("ket-qua-" + all.year() + "-" + all.campaignId(),
        "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + all.year(), true, blocks);
  }

  /**
   * The units' table as published: the unit's own score, the council's (round 1) and after the
   * explanation (round 2) side by side, then the index that counts with its bonus and penalty.
   */
  private static TableBlock unitTable(CampaignResults.Results all, vn.partracker.criteria.CriteriaSetView set) {
    List<IndexCalculator.FieldScore> fields = all.units().isEmpty() ? List.of() : all.units().get(0).fields();
    boolean sections = set.bonusMaxPoints().signum() > 0 || set.penaltyMaxPoints().signum() > 0;
    List<String> headers = new ArrayList<>(List.of("Xếp hạng", "Đơn vị", "Điểm tự đánh giá", "Điểm thẩm định",
        "Điểm sau giải trình", "Điểm đạt được", "Điểm tối đa"));
    List<Integer> widths = new ArrayList<>(List.of(9, 36, 11, 11, 11, 10, 10));
    if (sections) {
      headers.addAll(List.of("Điểm thưởng", "Điểm trừ"));
      widths.addAll(List.of(9, 9));
    }
    headers.addAll(List.of("Chỉ số", "Xếp loại", "Chỉ số năm " + (all.year() - 1)));
    widths.addAll(List.of(10, 12, 12));
    for (IndexCalculator.FieldScore field : fields) {
      headers.add(field.code() + ". " + field.title());
      widths.add(16);
    }
    List<List<Object>> rows = new ArrayList<>();
    for (CampaignResults.UnitResult unit : all.units()) {
      List<Object> row = new ArrayList<>(Arrays.asList((long) unit.rank(), unit.unitName(), unit.selfIndex(),
          unit.round1Index(), unit.round2Index(), unit.achieved(), unit.max()));
      if (sections) {
        row.addAll(Arrays.asList(unit.bonus(), unit.penalty()));
      }
      row.addAll(Arrays.asList(unit.index(), Thresholds.Classification.valueOf(unit.classification()).label(),
          unit.previousIndex()));
      Map<String, BigDecimal> byCode = new HashMap<>();
      unit.fields().forEach(f -> byCode.put(f.code(), f.achieved()));
      fields.forEach(f -> row.add(byCode.get(f.code())));
      rows.add(row);
    }
    return new TableBlock(headers, rows, widths);
  }

  /** Per criterion, in the criteria order: points lost over the units, and each unit with its loss. */
  List<LossRow> losses(CampaignResults.Results all, CurrentUser user) {
    Set<Long> mine = user.seesAllUnits() ? null : scope.actableUnitIds(user);
    Map<String, List<CampaignResults.Loss>> byCode = new HashMap<>();
    Map<String, List<String>> unitsByCode = new HashMap<>();
    for (CampaignResults.UnitResult unit : all.units()) {
      if (mine != null && !mine.contains(unit.unitId())) {
        continue;
      }
      for (CampaignResults.Loss loss : results.losses(all.campaignId(), unit.unitId(), user)) {
        byCode.computeIfAbsent(loss.code(), c -> new ArrayList<>()).add(loss);
        unitsByCode.computeIfAbsent(loss.code(), c -> new ArrayList<>())
            .add(unit.unitName() + " (" + Points.format(loss.lost()) + ")");
      }
    }
    Map<String, LossRow> rows = new LinkedHashMap<>();
    for (CriteriaNodeView leaf : CampaignService.leaves(criteria.get(all.criteriaSetId(), true))) {
      List<CampaignResults.Loss> lost = byCode.get(leaf.code());
      if (lost != null) {
        BigDecimal total = lost.stream().map(CampaignResults.Loss::lost).reduce(BigDecimal.ZERO, BigDecimal::add);
        rows.put(leaf.code(), new LossRow(leaf.code(), leaf.title(), leaf.maxPoints(), Points.clean(total),
            unitsByCode.get(leaf.code())));
      }
    }
    return List.copyOf(rows.values());
  }
}
