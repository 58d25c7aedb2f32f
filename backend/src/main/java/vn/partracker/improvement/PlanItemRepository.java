package vn.partracker.improvement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanItemRepository extends JpaRepository<PlanItem, Long> {

  List<PlanItem> findByPlanIdOrderByPositionAsc(Long planId);
}
