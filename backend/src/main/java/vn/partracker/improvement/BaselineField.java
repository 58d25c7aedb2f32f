package vn.partracker.improvement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** The result a plan improves on, per field: max and achieved points. */
@Entity
@Table(name = "improvement_baseline_field")
@IdClass(BaselineField.Key.class)
class BaselineField {

  record Key(Long planId, String code) implements Serializable {
    Key() {
      this(null, null);
    }
  }

  @Id
  private Long planId;

  @Id
  private String code;

  private String title;

  private BigDecimal maxPoints;

  private BigDecimal achievedPoints;

  protected BaselineField() {}

  BaselineField(Long planId, String code, String title, BigDecimal maxPoints, BigDecimal achievedPoints) {
    this.planId = planId;
    this.code = code;
    this.title = title;
    this.maxPoints = maxPoints;
    this.achievedPoints = achievedPoints;
  }

  String getCode() {
    return code;
  }

  String getTitle() {
    return title;
  }

  BigDecimal getMaxPoints() {
    return maxPoints;
  }

  BigDecimal getAchievedPoints() {
    return achievedPoints;
  }
}
