package vn.partracker.assessment;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.inbox.InboxSubjects;

/** Tells the inbox which campaign a campaign step is about. */
@Component
@Transactional(readOnly = true)
class CampaignSubjects implements InboxSubjects {
  private final CampaignRepository campaigns;

  CampaignSubjects(CampaignRepository campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public String subjectType() {
    return CampaignProcess.CAMPAIGN_SUBJECT;
  }

  @Override
  public Map<Long, Subject> describe(Collection<Long> ids) {
    Map<Long, Subject> result = new HashMap<>();
    campaigns.findAllById(ids).forEach(c ->
        result.put(c.getId(), new Subject(c.getName(), c.getName(), "/campaigns/" + c.getId())));
    return result;
  }
}
