package vn.partracker.org.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.org.AppUser;
import vn.partracker.org.IdentityGroups;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.org.UserService;
import vn.partracker.shared.Role;

/** Users and groups as the engine sees them, read from PAR Tracker's own tables. */
@Component
@Transactional(readOnly = true)
class IdentityDirectory {

  private final UserService users;
  private final UnitService units;
  IdentityDirectory(UserService users, UnitService units) {
    this.users = users;
    this.units = units;
  }

  record Member(User user, List<String> groupIds) {}

  List<Member> members() {
    return users.allUsers().stream().map(this::member).toList();
  }

  Optional<Member> member(String username) {
    return users.findByUsername(username).map(this::member);
  }

  List<Group> groups() {
    List<Group> groups = new ArrayList<>();
    for (UnitView unit : units.all()) {
      groups.add(group(IdentityGroups.unit(unit.id()), unit.name(), IdentityGroups.TYPE_UNIT));
    }
    for (Role role : Role.values()) {
      groups.add(group(IdentityGroups.role(role), role.name(), IdentityGroups.TYPE_ROLE));
    }
    groups.add(group(IdentityGroups.CAMUNDA_ADMIN, "Camunda administrators", IdentityGroups.TYPE_ROLE));
    return groups;
  }

  boolean checkPassword(String username, String password) {
    return users.checkPassword(username, password);
  }

  private Member member(AppUser appUser) {
    UserEntity user = new UserEntity(appUser.getUsername());
    user.setFirstName(appUser.getDisplayName());
    user.setLastName("");
    user.setEmail(appUser.getEmail());
    List<String> groupIds = new ArrayList<>();
    if (appUser.getUnitId() != null) {
      groupIds.add(IdentityGroups.unit(appUser.getUnitId()));
    }
    for (Role role : appUser.getRoles()) {
      groupIds.add(IdentityGroups.role(role));
    }
    if (appUser.getRoles().contains(Role.ADMIN)) {
      groupIds.add(IdentityGroups.CAMUNDA_ADMIN);
    }
    return new Member(user, groupIds);
  }

  private static Group group(String id, String name, String type) {
    GroupEntity group = new GroupEntity(id);
    group.setName(name);
    group.setType(type);
    return group;
  }

  static Map<String, Group> byId(List<Group> groups) {
    return groups.stream().collect(Collectors.toMap(Group::getId, g -> g));
  }
}
