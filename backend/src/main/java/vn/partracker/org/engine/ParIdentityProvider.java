package vn.partracker.org.engine;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * The engine's read-only identity provider: users, unit and role groups come from PAR Tracker's
 * tables, so Cockpit, Tasklist and candidate groups see exactly who the application knows.
 * Tenants are not used.
 */
class ParIdentityProvider implements ReadOnlyIdentityProvider {

  private final IdentityDirectory directory;

  ParIdentityProvider(IdentityDirectory directory) {
    this.directory = directory;
  }

  @Override
  public User findUserById(String userId) {
    return directory.member(userId).map(IdentityDirectory.Member::user).orElse(null);
  }

  @Override
  public UserQuery createUserQuery() {
    return new Users(executor());
  }

  @Override
  public UserQuery createUserQuery(CommandContext commandContext) {
    return new Users();
  }

  @Override
  public NativeUserQuery createNativeUserQuery() {
    throw new UnsupportedOperationException("Native user queries are not supported; users live in PAR Tracker's tables");
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    return directory.checkPassword(userId, password);
  }

  @Override
  public Group findGroupById(String groupId) {
    return directory.groups().stream().filter(g -> g.getId().equals(groupId)).findFirst().orElse(null);
  }

  @Override
  public GroupQuery createGroupQuery() {
    return new Groups(executor());
  }

  @Override
  public GroupQuery createGroupQuery(CommandContext commandContext) {
    return new Groups();
  }

  @Override
  public Tenant findTenantById(String tenantId) {
    return null;
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new Tenants(executor());
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new Tenants();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  private static CommandExecutor executor() {
    return Context.getProcessEngineConfiguration().getCommandExecutorTxRequired();
  }

  private static ParIdentityProvider provider(CommandContext context) {
    return (ParIdentityProvider) context.getReadOnlyIdentityProvider();
  }

  static <T> List<T> page(List<T> all, Page page) {
    if (page == null) {
      return all;
    }
    int from = Math.min(page.getFirstResult(), all.size());
    int to = (int) Math.min((long) from + page.getMaxResults(), all.size());
    return all.subList(from, to);
  }

  /** Camunda's LIKE patterns use % as the wildcard. */
  static boolean like(String value, String pattern) {
    if (pattern == null) {
      return true;
    }
    if (value == null) {
      return false;
    }
    String regex = java.util.regex.Pattern.quote(pattern.toLowerCase()).replace("%", "\\E.*\\Q");
    return value.toLowerCase().matches(regex);
  }

  static boolean eq(String value, String expected) {
    return expected == null || Objects.equals(value, expected);
  }

  static boolean in(String value, String[] ids) {
    return ids == null || List.of(ids).contains(value);
  }

  static class Users extends UserQueryImpl {
    Users() {}

    Users(CommandExecutor executor) {
      super(executor);
    }

    @Override
    public long executeCount(CommandContext context) {
      return matches(context).size();
    }

    @Override
    public List<User> executeList(CommandContext context, Page page) {
      return page(matches(context), page);
    }

    private List<User> matches(CommandContext context) {
      Predicate<IdentityDirectory.Member> filter = m -> {
        User u = m.user();
        return eq(u.getId(), getId()) && in(u.getId(), getIds())
            && eq(u.getFirstName(), getFirstName()) && like(u.getFirstName(), getFirstNameLike())
            && eq(u.getLastName(), getLastName()) && like(u.getLastName(), getLastNameLike())
            && eq(u.getEmail(), getEmail()) && like(u.getEmail(), getEmailLike())
            && (getGroupId() == null || m.groupIds().contains(getGroupId()))
            && getTenantId() == null;
      };
      return provider(context).directory.members().stream().filter(filter).map(IdentityDirectory.Member::user).toList();
    }
  }

  static class Groups extends GroupQueryImpl {
    Groups() {}

    Groups(CommandExecutor executor) {
      super(executor);
    }

    @Override
    public long executeCount(CommandContext context) {
      return matches(context).size();
    }

    @Override
    public List<Group> executeList(CommandContext context, Page page) {
      return page(matches(context), page);
    }

    private List<Group> matches(CommandContext context) {
      IdentityDirectory directory = provider(context).directory;
      List<String> memberOf = getUserId() == null ? null
          : directory.member(getUserId()).map(IdentityDirectory.Member::groupIds).orElse(List.of());
      return directory.groups().stream()
          .filter(g -> eq(g.getId(), getId()) && in(g.getId(), getIds())
              && eq(g.getName(), getName()) && like(g.getName(), getNameLike())
              && eq(g.getType(), getType())
              && (memberOf == null || memberOf.contains(g.getId()))
              && getTenantId() == null)
          .toList();
    }
  }

  static class Tenants extends TenantQueryImpl {
    Tenants() {}

    Tenants(CommandExecutor executor) {
      super(executor);
    }

    @Override
    public long executeCount(CommandContext context) {
      return 0;
    }

    @Override
    public List<Tenant> executeList(CommandContext context, Page page) {
      return List.of();
    }
  }
}
