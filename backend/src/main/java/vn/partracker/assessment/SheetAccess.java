package vn.partracker.assessment;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.criteria.ResponsibilityService;
import vn.partracker.org.UnitScope;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Role;

/**
 * Who may read and write an assessed unit's sheet: the unit's own people, the lead office of an
 * item (by the responsibility matrix), the council, and those who see every unit.
 */
@Component
@Transactional(readOnly = true)
class SheetAccess {

  private final AssessedUnitRepository assessed;
  private final UnitScope scope;
  private final ResponsibilityService responsibilities;
  private final SheetItems items;

  SheetAccess(AssessedUnitRepository assessed, UnitScope scope, ResponsibilityService responsibilities,
      SheetItems items) {
    this.assessed = assessed;
    this.scope = scope;
    this.responsibilities = responsibilities;
    this.items = items;
  }

  /** The assessed unit, when the caller may read its sheet. */
  AssessedUnit readable(long campaignId, long unitId, CurrentUser user) {
    AssessedUnit unit = unit(campaignId, unitId);
    requireReader(user, unit);
    return unit;
  }

  AssessedUnit unit(long campaignId, long unitId) {
    return assessed.findByCampaignIdAndUnitId(campaignId, unitId)
        .orElseThrow(() -> ApiException.notFound("assessment.unitNotInCampaign"));
  }

  boolean mayActForUnit(CurrentUser user, AssessedUnit unit) {
    return (user.has(Role.UNIT_HEAD) || user.has(Role.UNIT_STAFF) || user.has(Role.COORDINATOR))
        && scope.actableUnitIds(user).contains(unit.getUnitId());
  }

  void requireMember(CurrentUser user, AssessedUnit unit) {
    if (!mayActForUnit(user, unit)) {
      throw ApiException.forbidden("assessment.unitStaffOnly");
    }
  }

  /** The unit itself, or those who see every unit; never another assessed unit. */
  void requireReader(CurrentUser user, AssessedUnit unit) {
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
  Map<String, Long> leadOffices(Campaign campaign, AssessedUnit unit) {
    Set<Long> inside = subtree(unit.getUnitId());
    inside.remove(unit.getUnitId());
    Map<String, Long> result = new HashMap<>();
    if (inside.isEmpty()) {
      return result;
    }
    for (String code : items.leaves(campaign).keySet()) {
      responsibilities.effective(campaign.getCriteriaSetId(), code).map(ResponsibilityService.Assignment::leadUnitId)
          .filter(inside::contains).ifPresent(id -> result.put(code, id));
    }
    return result;
  }

  /**
   * The unit's own people answer everything; a lead office answers its own items. Checks each code
   * in order (a null code stands for a request without one); the lead offices are worked out once.
   */
  void requireAnswerer(CurrentUser user, AssessedUnit unit, Campaign campaign, Collection<String> codes) {
    if (codes.isEmpty() || mayActForUnit(user, unit)) {
      return;
    }
    Map<String, Long> leads = leadOffices(campaign, unit);
    for (String code : codes) {
      Long lead = code == null ? null : leads.get(code);
      if (lead == null || !actsFor(user, lead)) {
        throw lead == null
            ? ApiException.forbidden("assessment.unitStaffOnly")
            : ApiException.forbidden("assessment.itemLedByOtherUnit", code);
      }
    }
  }

  boolean actsFor(CurrentUser user, long unitId) {
    return (user.has(Role.UNIT_HEAD) || user.has(Role.UNIT_STAFF)) && scope.actableUnitIds(user).contains(unitId);
  }

  /** The unit and every unit below it, from the organisation's tree (a set this class may change). */
  private Set<Long> subtree(long unitId) {
    return new java.util.HashSet<>(scope.subtree(unitId));
  }

  static void requireCouncil(CurrentUser user) {
    if (!user.has(Role.COUNCIL) && !user.has(Role.ADMIN)) {
      throw ApiException.forbidden("assessment.councilOnly");
    }
  }
}
