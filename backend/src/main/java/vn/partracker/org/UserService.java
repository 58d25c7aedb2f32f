package vn.partracker.org;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.shared.IfMatch;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.PageResponse;
import vn.partracker.shared.Role;

/** Users: the one source of identity for the application and the process engine. */
@Service
@Transactional
public class UserService {

  static final int MIN_PASSWORD_LENGTH = 8;
  private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{2,100}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final UserRepository users;
  private final UnitService units;
  private final PasswordEncoder passwordEncoder;
  private final Clock clock;
  private final OrgHistory history;

  UserService(UserRepository users, UnitService units, PasswordEncoder passwordEncoder, Clock clock,
      OrgHistory history) {
    this.users = users;
    this.units = units;
    this.passwordEncoder = passwordEncoder;
    this.clock = clock;
    this.history = history;
  }

  @Transactional(readOnly = true)
  public PageResponse<UserView> search(String query, int page, int size) {
    String pattern = query == null || query.isBlank() ? "%" : "%" + query.strip().toLowerCase(Locale.ROOT) + "%";
    PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("username"));
    var found = users.search(pattern, request);
    Map<Long, String> unitNames = unitNames(found.stream().map(AppUser::getUnitId).toList());
    return PageResponse.of(found, u -> UserView.of(u, unitNames.get(u.getUnitId())));
  }

  @Transactional(readOnly = true)
  public Optional<AppUser> findByUsername(String username) {
    return users.findByUsernameIgnoreCase(username);
  }

  /** Every user by lower-case username (imports match rows against it in memory). */
  Map<String, AppUser> byUsername() {
    return users.findAll().stream().collect(Collectors.toMap(u -> u.getUsername().toLowerCase(Locale.ROOT), u -> u,
        (a, b) -> a, java.util.HashMap::new));
  }

  /**
   * How people are shown: a function from username to display name (Họ và tên), one query for all
   * the names given; a username without an account (a removed user, "system") stays as it is.
   */
  @Transactional(readOnly = true)
  public java.util.function.UnaryOperator<String> displayNames(java.util.Collection<String> usernames) {
    List<String> wanted = usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
    Map<String, String> names = new java.util.HashMap<>();
    if (!wanted.isEmpty()) {
      users.findByUsernameIn(wanted).forEach(u -> names.put(u.getUsername(), u.getDisplayName()));
    }
    return username -> username == null ? null : names.getOrDefault(username, username);
  }

  @Transactional(readOnly = true)
  public List<AppUser> allUsers() {
    return users.findAll(Sort.by("username"));
  }

  /** A user by id, as the API shows it. */
  @Transactional(readOnly = true)
  public Optional<UserView> find(long id) {
    return users.findById(id).map(u -> UserView.of(u, unitName(u.getUnitId())));
  }

  /** Enabled users holding any of these roles (reminders resolve their recipients with it). */
  @Transactional(readOnly = true)
  public List<UserView> activeUsersWithRoles(Set<Role> roles) {
    if (roles.isEmpty()) {
      return List.of();
    }
    // in the database, with their roles and only their units' names: every report's hand-over asks it
    List<AppUser> found = users.findEnabledWithAnyRole(roles);
    Map<Long, String> unitNames = unitNames(found.stream().map(AppUser::getUnitId).toList());
    return found.stream().map(u -> UserView.of(u, unitNames.get(u.getUnitId()))).toList();
  }

  /** Whether an enabled account has this password (for the engine's identity service). */
  @Transactional(readOnly = true)
  public boolean checkPassword(String username, String password) {
    return username != null && password != null
        && users.findByUsernameIgnoreCase(username)
            .filter(u -> u.isEnabled() && u.getPasswordHash() != null)
            .map(u -> passwordEncoder.matches(password, u.getPasswordHash()))
            .orElse(false);
  }

  /** Creates a user; {@code actor} is who asks (null for the system itself). */
  public UserView create(UserRequest request, CurrentUser actor) {
    AppUser user = add(request, actor, null);
    return UserView.of(user, unitName(user.getUnitId()));
  }

  /**
   * Creates a user without building its view. {@code taken}: the usernames in use, lower case, when
   * the caller keeps them (an import: one lookup in memory per row instead of a query that scans
   * the users, which made an import quadratic); null to ask the database.
   */
  AppUser add(UserRequest request, CurrentUser actor, Set<String> taken) {
    List<ApiErrorItem> errors = new ArrayList<>();
    String username = UnitService.strip(request.username());
    if (username == null || !USERNAME.matcher(username).matches()) {
      errors.add(ApiErrorItem.field("username", "org.usernameFormat"));
    } else if (taken != null ? taken.contains(username.toLowerCase(Locale.ROOT))
        : users.findByUsernameIgnoreCase(username).isPresent()) {
      errors.add(ApiErrorItem.field("username", "org.usernameTaken", username));
    }
    AppUser user = new AppUser(username == null ? "" : username.toLowerCase(Locale.ROOT), clock.instant());
    apply(user, request, errors, actor);
    return users.save(user);
  }

  /** Changes a user without building its view (imports). */
  void change(AppUser user, UserRequest request, CurrentUser actor) {
    apply(user, request, new ArrayList<>(), actor);
  }

  /**
   * An administrator's change of a user: based on the version they read ({@code version} in the
   * body, else {@code ifMatch} from the header; neither is a 422 on {@code version}); an older one is
   * a 409 with who changed the user, when, and the user as they are now.
   */
  public UserView update(long id, UserRequest request, CurrentUser actor, Long ifMatch) {
    AppUser user = users.findById(id).orElseThrow(() -> ApiException.notFound("org.userNotFound", id));
    long version = IfMatch.required(request.version(), ifMatch, "shared.versionOf.user");
    if (version != user.getVersion()) {
      throw history.staleUser(user, UserView.of(user, unitName(user.getUnitId())));
    }
    apply(user, request, new ArrayList<>(), actor);
    users.flush(); // the answer carries the new version, for the next change
    return UserView.of(user, unitName(user.getUnitId()));
  }

  /** Validates every field, reports all problems at once, then changes the user. */
  private void apply(AppUser user, UserRequest request, List<ApiErrorItem> errors, CurrentUser actor) {
    String displayName = UnitService.strip(request.displayName());
    if (displayName == null) {
      errors.add(ApiErrorItem.field("displayName", "org.fullNameRequired"));
    } else if (displayName.length() > 255) {
      errors.add(ApiErrorItem.field("displayName", "org.fullNameTooLong"));
    }
    String email = UnitService.strip(request.email());
    if (email != null && (!EMAIL.matcher(email).matches() || email.length() > 255)) {
      errors.add(ApiErrorItem.field("email", "org.emailInvalid"));
    }
    if (request.unitId() != null && !units.exists(request.unitId())) {
      errors.add(ApiErrorItem.field("unitId", "shared.noUnitWithId", request.unitId()));
    }
    Set<Role> roles = parseRoles(request.roles(), errors);
    boolean touchesAdmin = roles.contains(Role.ADMIN) || user.getRoles().contains(Role.ADMIN);
    if (actor != null && !actor.has(Role.ADMIN) && touchesAdmin) {
      throw ApiException.forbidden("org.adminOnlyForAdmins");
    }
    if (request.unitId() == null && roles.stream().anyMatch(r -> r != Role.ADMIN)) {
      errors.add(ApiErrorItem.field("unitId", "org.userNeedsUnit"));
    }
    String password = request.password();
    if (password != null && !password.isEmpty() && password.length() < MIN_PASSWORD_LENGTH) {
      errors.add(ApiErrorItem.field("password", "org.passwordTooShort", MIN_PASSWORD_LENGTH));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("org.userInvalid", errors);
    }
    user.update(displayName, email, request.unitId(), roles, request.enabled() == null || request.enabled(), clock.instant());
    if (password != null && !password.isEmpty()) {
      user.setPasswordHash(passwordEncoder.encode(password));
    }
  }

  static Set<Role> parseRoles(List<String> names, List<ApiErrorItem> errors) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names == null ? List.<String>of() : names) {
      try {
        roles.add(RoleNames.parse(name));
      } catch (IllegalArgumentException e) {
        errors.add(ApiErrorItem.field("roles", "org.roleUnknown", name));
      }
    }
    if (roles.isEmpty() && errors.stream().noneMatch(e -> "roles".equals(e.field()))) {
      errors.add(ApiErrorItem.field("roles", "org.roleRequired"));
    }
    return roles;
  }

  /** Sets a password without the length rule: only for the demo accounts of the demo run. */
  void setDemoPassword(String username, String password) {
    users.findByUsernameIgnoreCase(username).ifPresent(u -> u.setPasswordHash(passwordEncoder.encode(password)));
  }

  /** The names of these units (nulls and repeats allowed), from the kept unit tree. */
  private Map<Long, String> unitNames(java.util.Collection<Long> unitIds) {
    return units.names(unitIds.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
  }

  private String unitName(Long unitId) {
    return unitId == null ? null : units.find(unitId).map(UnitView::name).orElse(null);
  }
}
