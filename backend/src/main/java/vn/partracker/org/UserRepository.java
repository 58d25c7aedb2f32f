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

  /** Enabled users holding any of these roles, by id, their roles fetched in the same query. */
  @Query("""
      select distinct u from AppUser u join fetch u.roles
      where u.enabled = true and u.id in (select v.id from AppUser v join v.roles r where r in :roles)
      order by u.id
      """)
  List<AppUser> findEnabledWithAnyRole(@Param("roles") Collection<vn.partracker.shared.Role> roles);

  @Query("""
      select u from AppUser u
      where lower(u.username) like :q
         or lower(u.displayName) like :q
         or lower(coalesce(u.email, '')) like :q
      """)
  Page<AppUser> search(@Param("q") String likePattern, Pageable pageable);
}
