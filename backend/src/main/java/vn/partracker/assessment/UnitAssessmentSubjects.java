package vn.partracker.assessment;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.inbox.InboxSubjects;

/** Tells the inbox which campaign and unit a unit-assessment step is about. */
@Component
@Transactional(readOnly = true)
class UnitAssessmentSubjects implements InboxSubjects {
  private final AssessedUnitRepository assessed;
  private final CampaignRepository campaigns;

  UnitAssessmentSubjects(AssessedUnitRepository assessed, CampaignRepository campaigns) {
    this.assessed = assessed;
    this.campaigns = campaigns;
  }

  @Override
  public String subjectType() {
    return CampaignProcess.UNIT_SUBJECT;
  }

  @Override
  public Map<Long, Subject> describe(Collection<Long> ids) {
    Map<Long, Subject> result = new HashMap<>();
    List<AssessedUnit> units = assessed.findAllById(ids);
    Map<Long, String> names = new HashMap<>();
    campaigns.findAllById(units.stream().map(AssessedUnit::getCampaignId).distinct().toList())
        .forEach(c -> names.put(c.getId(), c.getName()));
    units.forEach(u -> result.put(u.getId(), new Subject(null, names.get(u.getCampaignId()),
        "/campaigns/" + u.getCampaignId() + "/units/" + u.getUnitId(), false)));
    return result;
  }
}
