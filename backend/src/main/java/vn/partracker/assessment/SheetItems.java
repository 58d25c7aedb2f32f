package vn.partracker.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.partracker.criteria.AnswerType;
import vn.partracker.criteria.CriteriaNodeView;
import vn.partracker.criteria.CriteriaService;
import vn.partracker.criteria.Points;
import vn.partracker.shared.ApiErrorItem;

/** The items of a campaign's sheet (the leaves of its criteria set) and the rules every score of an item obeys. */
@Component
class SheetItems {

  private final CriteriaService criteria;

  SheetItems(CriteriaService criteria) {
    this.criteria = criteria;
  }

  /** The campaign's items by code, in the set's order. */
  Map<String, CriteriaNodeView> leaves(Campaign campaign) {
    return CampaignService.leaves(criteria.get(campaign.getCriteriaSetId(), true)).stream()
        .collect(Collectors.toMap(CriteriaNodeView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  static List<CriteriaNodeView> leavesOf(CriteriaNodeView node) {
    if (node.isLeaf()) {
      return List.of(node);
    }
    List<CriteriaNodeView> result = new ArrayList<>();
    node.children().forEach(c -> result.addAll(leavesOf(c)));
    return result;
  }

  static void checkPoints(CriteriaNodeView leaf, BigDecimal points, List<ApiErrorItem> errors) {
    if (points.signum() < 0 || points.compareTo(leaf.maxPoints()) > 0) {
      errors.add(ApiErrorItem.field(leaf.code(), "assessment.itemScoreRange", leaf.code(), Points.format(leaf.maxPoints())));
    } else if (leaf.answerType() == AnswerType.YES_NO && points.signum() != 0
        && points.compareTo(leaf.maxPoints()) != 0) {
      errors.add(ApiErrorItem.field(leaf.code(), "assessment.itemYesNo", leaf.code(), Points.format(leaf.maxPoints())));
    }
  }

  static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
