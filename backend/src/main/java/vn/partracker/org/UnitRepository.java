package vn.partracker.org;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

  List<Unit> findAllByOrderByIdAsc();

  boolean existsByParentId(Long parentId);
}
