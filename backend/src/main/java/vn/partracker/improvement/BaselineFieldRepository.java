package vn.partracker.improvement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BaselineFieldRepository extends JpaRepository<BaselineField, BaselineField.Key> {

  List<BaselineField> findByPlanIdOrderByCodeAsc(Long planId);
}
