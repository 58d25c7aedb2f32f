package vn.partracker.emulation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MovementRepository extends JpaRepository<Movement, Long> {

  List<Movement> findAllByOrderByYearDescIdDesc();

  /** Locks the movement so two coordinators cannot nominate past the limit at the same time. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select m from Movement m where m.id = ?1")
  Optional<Movement> lock(Long id);
}

interface TargetRepository extends JpaRepository<Target, Long> {

  List<Target> findByMovementIdOrderByPosition(Long movementId);
}

interface EntryRepository extends JpaRepository<Entry, Long> {

  List<Entry> findByMovementIdOrderByEnteredAtDescIdDesc(Long movementId);

  List<Entry> findByMovementIdAndCurrentTrue(Long movementId);

  List<Entry> findByMovementIdAndUnitIdAndTargetCodeAndPeriodAndCurrentTrue(Long movementId, Long unitId,
      String targetCode, String period);
}

interface NominationRepository extends JpaRepository<Nomination, Long> {

  List<Nomination> findByMovementIdOrderByProposedAtAscIdAsc(Long movementId);

  long countByMovementId(Long movementId);

  boolean existsByMovementIdAndUnitId(Long movementId, Long unitId);
}
