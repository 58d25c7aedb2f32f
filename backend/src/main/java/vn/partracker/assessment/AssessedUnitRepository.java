package vn.partracker.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessedUnitRepository extends JpaRepository<AssessedUnit, Long> {

  List<AssessedUnit> findByCampaignIdOrderByIdAsc(Long campaignId);

  Optional<AssessedUnit> findByCampaignIdAndUnitId(Long campaignId, Long unitId);
}
