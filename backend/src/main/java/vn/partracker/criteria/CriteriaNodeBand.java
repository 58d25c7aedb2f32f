package vn.partracker.criteria;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A stored {@link RateBand} of a node (table criteria_node_band). */
@Embeddable
class CriteriaNodeBand {

  private BigDecimal lowerPercent;
  private boolean inclusive;
  private BigDecimal points;

  protected CriteriaNodeBand() {}

  CriteriaNodeBand(RateBand band) {
    this.lowerPercent = band.lowerPercent();
    this.inclusive = band.inclusive();
    this.points = band.points();
  }

  RateBand band() {
    return new RateBand(Points.clean(lowerPercent), inclusive, Points.clean(points));
  }
}
