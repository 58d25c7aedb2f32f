package vn.partracker.improvement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanItemRepository extends JpaRepository<PlanItem, Long> {

  List<PlanItem> findByPlanIdOrderByPositionAsc(Long planId);

  /** The next items of a plan after a position: a chunk of its activation. */
  List<PlanItem> findByPlanIdAndPositionGreaterThanOrderByPositionAsc(Long planId, int position,
      org.springframework.data.domain.Limit limit);
}
