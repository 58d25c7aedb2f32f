package vn.partracker.criteria;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CriteriaNodeRepository extends JpaRepository<CriteriaNode, Long> {

  List<CriteriaNode> findBySetId(Long setId);
}
