package vn.partracker.org;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.shared.CurrentUser;

/** Spring Security reads users from the same table as everything else. */
@Service
class DbUserDetailsService implements UserDetailsService {

  private final UserRepository users;

  DbUserDetailsService(UserRepository users) {
    this.users = users;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    AppUser user = users.findByUsernameIgnoreCase(username)
        .orElseThrow(() -> new UsernameNotFoundException(username));
    return new CurrentUser(
        user.getId(), user.getUsername(), user.getPasswordHash(), user.getUnitId(), user.getRoles(), user.isEnabled());
  }
}
