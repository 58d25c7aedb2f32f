package vn.partracker.criteria;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A field, criterion or sub-criterion of a set. Versioned (a write based on an older read is
 * refused) and audited by Hibernate Envers (who, when, from where; the rate bands are shown from
 * the current row, not kept per revision).
 */
@Entity
@org.hibernate.envers.Audited
@Table(name = "criteria_node")
class CriteriaNode {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long setId;

  private Long parentId;

  private String code;

  private String title;

  private BigDecimal maxPoints;

  private String guidance;

  private String evidence;

  @Enumerated(EnumType.STRING)
  private AnswerType answerType;

  private boolean notApplicableAllowed;

  private String numeratorLabel;

  private String denominatorLabel;

  private BigDecimal pointsPerEvent;

  @Enumerated(EnumType.STRING)
  private Section section;

  @org.hibernate.envers.NotAudited
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "criteria_node_band", joinColumns = @JoinColumn(name = "node_id"))
  @OrderColumn(name = "position")
  private List<CriteriaNodeBand> bands = new ArrayList<>();

  @jakarta.persistence.Version
  private long version;

  protected CriteriaNode() {}

  CriteriaNode(Long setId, Long parentId, NodeContent content) {
    this.setId = setId;
    this.parentId = parentId;
    update(content);
  }

  void update(NodeContent content) {
    this.code = content.code();
    this.title = content.title();
    this.maxPoints = content.maxPoints();
    this.guidance = content.guidance();
    this.evidence = content.evidence();
    this.answerType = content.answerType();
    this.notApplicableAllowed = content.notApplicableAllowed();
    this.numeratorLabel = content.numeratorLabel();
    this.denominatorLabel = content.denominatorLabel();
    this.pointsPerEvent = content.pointsPerEvent();
    this.section = content.section();
    this.bands.clear();
    content.bands().forEach(b -> this.bands.add(new CriteriaNodeBand(b)));
  }

  NodeContent content() {
    return new NodeContent(code, title, maxPoints, guidance, evidence, answerType, notApplicableAllowed,
        numeratorLabel, denominatorLabel, bands.stream().map(CriteriaNodeBand::band).toList(),
        pointsPerEvent == null ? null : Points.clean(pointsPerEvent), section);
  }

  long getVersion() {
    return version;
  }

  Long getId() {
    return id;
  }

  Long getSetId() {
    return setId;
  }

  Long getParentId() {
    return parentId;
  }

  String getCode() {
    return code;
  }
}
