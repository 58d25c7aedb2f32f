package vn.partracker.criteria;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A field, criterion or sub-criterion of a set. */
@Entity
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
  }

  NodeContent content() {
    return new NodeContent(code, title, maxPoints, guidance, evidence, answerType, notApplicableAllowed);
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
