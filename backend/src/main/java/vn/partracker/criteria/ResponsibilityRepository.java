package vn.partracker.criteria;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResponsibilityRepository extends JpaRepository<Responsibility, Long> {

  List<Responsibility> findBySetId(Long setId);

  Optional<Responsibility> findByNodeId(Long nodeId);
}
