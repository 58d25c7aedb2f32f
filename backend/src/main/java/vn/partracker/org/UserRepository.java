package vn.partracker.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserRepository extends JpaRepository<AppUser, Long> {

  Optional<AppUser> findByUsernameIgnoreCase(String username);

  List<AppUser> findByUsernameIn(Collection<String> usernames);

  boolean existsByUnitId(Long unitId);

  List<AppUser> findByUnitIdIn(Collection<Long> unitIds);

  @Query("""
      select u from AppUser u
      where lower(u.username) like :q
         or lower(u.displayName) like :q
         or lower(coalesce(u.email, '')) like :q
      """)
  Page<AppUser> search(@Param("q") String likePattern, Pageable pageable);
}
