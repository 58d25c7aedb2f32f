package vn.partracker.criteria;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Who leads and who supports a field (the default) or a criterion (an override). */
@Entity
@Table(name = "criteria_responsibility")
class Responsibility {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long setId;

  private Long nodeId;

  private Long leadUnitId;

  private String note;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "criteria_responsibility_support", joinColumns = @JoinColumn(name = "responsibility_id"))
  @Column(name = "unit_id")
  private Set<Long> supportingUnitIds = new LinkedHashSet<>();

  protected Responsibility() {}

  Responsibility(Long setId, Long nodeId) {
    this.setId = setId;
    this.nodeId = nodeId;
  }

  void assign(Long leadUnitId, List<Long> supportingUnitIds, String note) {
    this.leadUnitId = leadUnitId;
    this.supportingUnitIds.clear();
    this.supportingUnitIds.addAll(supportingUnitIds);
    this.note = note;
  }

  Long getNodeId() {
    return nodeId;
  }

  Long getLeadUnitId() {
    return leadUnitId;
  }

  List<Long> getSupportingUnitIds() {
    return supportingUnitIds.stream().sorted().toList();
  }

  String getNote() {
    return note;
  }
}
