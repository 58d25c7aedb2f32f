package vn.partracker.improvement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A row of a plan: a field, criterion or sub-criterion with its points, and, when it has lead
 * units, the work to do: tasks, supporting units, expected output, requirement and deadline.
 * Versioned (a write based on an older read is refused) and audited by Hibernate Envers (who,
 * when, from where; the unit lists are shown from the current row, not kept per revision).
 */
@Entity
@org.hibernate.envers.Audited
@Table(name = "improvement_item")
class PlanItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long planId;

  private int position;

  private Integer sourceRow;

  private String code;

  private String title;

  private BigDecimal maxPoints;

  private BigDecimal achievedPoints;

  private BigDecimal targetPoints;

  private String tasks;

  /** Published lead cell ("Phòng Nội vụ, các cơ quan, đơn vị, UBND các xã."), for the export. */
  private String leadText;

  private String unitNote;

  private String expectedOutput;

  private String requirement;

  private String deadlineText;

  /** A date a person set for a deadline the parser did not understand (or to override it). */
  private LocalDate deadlineDue;

  @org.hibernate.envers.NotAudited
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "improvement_item_support", joinColumns = @JoinColumn(name = "item_id"))
  @Column(name = "unit_id")
  private Set<Long> supportingUnitIds = new LinkedHashSet<>();

  /** The lead units in order; the first is the principal lead. One task occurrence per unit. */
  @org.hibernate.envers.NotAudited
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "improvement_item_lead", joinColumns = @JoinColumn(name = "item_id"))
  @OrderColumn(name = "position")
  @Column(name = "unit_id")
  private List<Long> leadUnitIds = new ArrayList<>();

  @jakarta.persistence.Version
  private long version;

  protected PlanItem() {}

  PlanItem(Long planId, int position, Integer sourceRow, ItemContent content) {
    this.planId = planId;
    this.position = position;
    this.sourceRow = sourceRow;
    update(content);
  }

  void update(ItemContent c) {
    this.code = c.code();
    this.title = c.title();
    this.maxPoints = c.maxPoints();
    this.achievedPoints = c.achievedPoints();
    this.targetPoints = c.targetPoints();
    this.tasks = c.tasks();
    this.leadUnitIds.clear();
    this.leadUnitIds.addAll(c.leadUnitIds());
    this.leadText = c.leadText();
    this.supportingUnitIds.clear();
    this.supportingUnitIds.addAll(c.supportingUnitIds());
    this.unitNote = c.unitNote();
    this.expectedOutput = c.expectedOutput();
    this.requirement = c.requirement();
    this.deadlineText = c.deadlineText();
    this.deadlineDue = c.deadlineDue();
  }

  ItemContent content() {
    return new ItemContent(code, title, maxPoints, achievedPoints, targetPoints, tasks, List.copyOf(leadUnitIds),
        leadText, List.copyOf(supportingUnitIds), unitNote, expectedOutput, requirement, deadlineText, deadlineDue);
  }

  /** The deadline in effect: a date set by a person, or the parsed text. */
  Deadline deadline(int planYear) {
    Deadline parsed = DeadlineParser.parse(deadlineText, planYear);
    return deadlineDue == null ? parsed : new Deadline.OnDate(deadlineDue, deadlineText == null ? "" : deadlineText);
  }

  boolean hasWork() {
    return !leadUnitIds.isEmpty();
  }

  Long getId() {
    return id;
  }

  long getVersion() {
    return version;
  }

  Long getPlanId() {
    return planId;
  }

  int getPosition() {
    return position;
  }

  Integer getSourceRow() {
    return sourceRow;
  }
}
