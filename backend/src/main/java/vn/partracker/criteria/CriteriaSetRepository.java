package vn.partracker.criteria;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CriteriaSetRepository extends JpaRepository<CriteriaSet, Long> {

  List<CriteriaSet> findAllByOrderByYearDescIdDesc();
}
