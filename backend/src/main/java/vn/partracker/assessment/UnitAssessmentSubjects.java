package vn.partracker.assessment;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.inbox.InboxSubjects;
import vn.partracker.org.UnitService;

/** Tells the inbox which campaign and unit a unit-assessment step is about. */
@Component
@Transactional(readOnly = true)
class UnitAssessmentSubjects implements InboxSubjects {
  private final AssessedUnitRepository assessed;
  private final CampaignRepository campaigns;
  private final UnitService orgUnits;

  UnitAssessmentSubjects(AssessedUnitRepository assessed, CampaignRepository campaigns, UnitService orgUnits) {
    this.assessed = assessed;
    this.campaigns = campaigns;
    this.orgUnits = orgUnits;
  }

  @Override
  public String subjectType() {
    return CampaignProcess.UNIT_SUBJECT;
  }

  /** Titled "campaign – unit", opening the unit's sheet of the campaign. */
  @Override
  public Map<Long, Subject> describe(Collection<Long> ids) {
    Map<Long, Subject> result = new HashMap<>();
    List<AssessedUnit> units = assessed.findAllById(ids);
    Map<Long, String> names = new HashMap<>();
    campaigns.findAllById(units.stream().map(AssessedUnit::getCampaignId).distinct().toList())
        .forEach(c -> names.put(c.getId(), c.getName()));
    Map<Long, String> unitNames = orgUnits.names(units.stream().map(AssessedUnit::getUnitId).collect(Collectors.toSet()));
    units.forEach(u -> result.put(u.getId(), new Subject(
        names.get(u.getCampaignId()) + " – " + unitNames.getOrDefault(u.getUnitId(), ""), names.get(u.getCampaignId()),
        "/campaigns/" + u.getCampaignId() + "/units/" + u.getUnitId())));
    return result;
  }
}
