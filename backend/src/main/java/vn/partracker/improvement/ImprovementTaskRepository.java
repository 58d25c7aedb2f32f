package vn.partracker.improvement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImprovementTaskRepository extends JpaRepository<ImprovementTask, Long> {

  List<ImprovementTask> findByPlanIdOrderByDueOnAsc(Long planId);

  long countByPlanId(Long planId);
}
