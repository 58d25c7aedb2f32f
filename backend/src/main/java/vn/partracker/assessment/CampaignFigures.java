package vn.partracker.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read API over the assessment tables for other modules (the dashboards): campaign names,
 * milestones and the campaigns a unit was assessed in, one SQL statement each, returned as
 * records. Only this module names its tables.
 */
@Component
@Transactional(readOnly = true)
public class CampaignFigures {

  /**
   * A campaign's milestones and how far its units are: the council set up or not, the
   * self-assessments past their first step out of all (of the units asked about), published or not.
   */
  public record Milestones(long campaignId, String name, LocalDate councilDeadline, boolean councilSetUp,
      LocalDate selfAssessmentDeadline, LocalDate appraisalDeadline, boolean published, long selfAssessed,
      long assessed) {}

  private final JdbcTemplate jdbc;

  CampaignFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The campaign's name, if there is such a campaign. */
  public Optional<String> name(long campaignId) {
    return jdbc.query("select name from assessment_campaign where id = ?", (rs, i) -> rs.getString(1), campaignId)
        .stream().findFirst();
  }

  /**
   * The milestones of the year's campaigns (or of one, {@code campaignId}), by id. With
   * {@code units} (not null): only campaigns that assess one of these units, their counts over
   * these units only.
   */
  public void milestones(int year, Long campaignId, Collection<Long> units, Consumer<Milestones> each) {
    String assessed = units == null ? ""
        : " and a.unit_id in (" + String.join(",", Collections.nCopies(units.size(), "?")) + ")";
    List<Object> unitArgs = units == null ? List.of() : List.copyOf(units);
    String campaignSql = "select c.id, c.name, c.council_deadline, c.council_set_up_at, c.self_assessment_deadline,"
        + " c.appraisal_deadline, c.published_at,"
        + " (select count(*) from assessment_unit a where a.campaign_id = c.id and a.step <> 'SELF_ASSESSMENT'"
        + assessed + "),"
        + " (select count(*) from assessment_unit a where a.campaign_id = c.id" + assessed + ")"
        + " from assessment_campaign c where c.campaign_year = ?"
        + (campaignId == null ? "" : " and c.id = ?")
        + (units == null ? "" : " and exists (select 1 from assessment_unit a where a.campaign_id = c.id"
            + assessed + ")")
        + " order by c.id";
    List<Object> args = new ArrayList<>(unitArgs);
    args.addAll(unitArgs);
    args.add(year);
    if (campaignId != null) {
      args.add(campaignId);
    }
    args.addAll(unitArgs);
    jdbc.query(campaignSql, rs -> {
      each.accept(new Milestones(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
          rs.getTimestamp(4) != null, rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(),
          rs.getTimestamp(7) != null, rs.getLong(8), rs.getLong(9)));
    }, args.toArray());
  }

  /** The published campaigns of years before {@code beforeYear} that assessed the unit, oldest first. */
  public List<Long> publishedAssessing(long unitId, int beforeYear) {
    return jdbc.queryForList("select c.id from assessment_campaign c join assessment_unit a on a.campaign_id = c.id"
        + " where a.unit_id = ? and c.published_at is not null and c.campaign_year < ?"
        + " order by c.campaign_year, c.published_at, c.id", Long.class, unitId, beforeYear);
  }
}
