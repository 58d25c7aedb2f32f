package vn.partracker.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

  List<Campaign> findAllByOrderByYearDescIdDesc();
}
