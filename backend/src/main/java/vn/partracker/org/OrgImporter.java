package vn.partracker.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Message;
import vn.partracker.shared.Table;
import vn.partracker.shared.TableReader;

/**
 * Imports units and users from CSV or xlsx. Every row goes through the same checks as the forms;
 * a problem is reported with its row, column and reason, and nothing is saved unless the whole
 * file is valid. A row naming an existing unit (same name under the same parent) or username
 * updates it.
 */
@Service
@Transactional(rollbackFor = Exception.class)
public class OrgImporter {

  public record Result(int created, int updated) {}

  static final String NAME = "Tên đơn vị";
  static final String SHORT_NAME = "Tên viết tắt";
  static final String LEVEL = "Cấp";
  static final String PARENT = "Đơn vị cấp trên";
  static final String ALIASES = "Tên gọi khác";

  static final String USERNAME = "Tên đăng nhập";
  static final String DISPLAY_NAME = "Họ và tên";
  static final String EMAIL = "Email";
  static final String UNIT = "Đơn vị";
  static final String ROLES = "Vai trò";
  static final String PASSWORD = "Mật khẩu";

  static final String UNIT_TEMPLATE = String.join(",", NAME, SHORT_NAME, LEVEL, PARENT, ALIASES) + "\r\n"
      + "UBND huyện Hương Sơn,UBND huyện,DISTRICT,,\r\n"
      + "Văn phòng HĐND và UBND huyện,VP HĐND-UBND,DISTRICT_OFFICE,UBND huyện Hương Sơn,Văn phòng HĐND-UBND; VP HĐND-UBND huyện\r\n";
  static final String USER_TEMPLATE = String.join(",", USERNAME, DISPLAY_NAME, EMAIL, UNIT, ROLES, PASSWORD) + "\r\n"
      + "vanphong,Nguyễn Văn A,vanphong@example.gov.vn,Văn phòng HĐND và UBND huyện,UNIT_HEAD,\r\n";

  private static final Map<String, String> UNIT_FIELD_COLUMNS =
      Map.of("name", NAME, "shortName", SHORT_NAME, "level", LEVEL, "parentId", PARENT, "aliases", ALIASES);
  private static final Map<String, String> USER_FIELD_COLUMNS = Map.of(
      "username", USERNAME, "displayName", DISPLAY_NAME, "email", EMAIL, "unitId", UNIT, "roles", ROLES,
      "password", PASSWORD);

  private final TableReader reader;
  private final UnitService units;
  private final UserService users;
  private final UnitLevels levels;
  @jakarta.persistence.PersistenceContext private jakarta.persistence.EntityManager entityManager;

  OrgImporter(TableReader reader, UnitService units, UserService users, UnitLevels levels) {
    this.reader = reader;
    this.units = units;
    this.users = users;
    this.levels = levels;
  }

  public Result importUnits(MultipartFile file) {
    Table table = reader.read(file, TableReader.MAX_ROWS);
    List<ApiErrorItem> errors = new ArrayList<>();
    int name = table.requireColumn(errors, NAME);
    int level = table.requireColumn(errors, LEVEL);
    Optional<Integer> shortName = table.column(SHORT_NAME);
    Optional<Integer> parent = table.column(PARENT);
    Optional<Integer> aliases = table.column(ALIASES);
    failIfAny(errors);

    flushAtCommitOnly();
    UnitService.Batch tree = units.batch();
    UnitDirectory directory = new UnitDirectory(units.all());
    int created = 0;
    int updated = 0;
    for (Table.Row row : table.dataRows()) {
      String parentName = parent.map(row::get).orElse("");
      Optional<Long> parentId = resolve(directory, parentName, row, PARENT, errors);
      if (!parentName.isEmpty() && parentId.isEmpty()) {
        continue;
      }
      UnitRequest request = new UnitRequest(
          row.get(name),
          shortName.map(row::get).orElse(null),
          aliases.map(c -> splitList(row.get(c))).orElse(List.of()),
          parentId.orElse(null),
          levelCode(row.get(level)));
      Optional<Long> same = tree.same(request.parentId(), request.name() == null ? "" : request.name());
      try {
        UnitView saved = same.isPresent() ? tree.update(same.get(), request) : tree.create(request);
        if (same.isPresent()) {
          updated++;
        } else {
          created++;
        }
        directory.add(saved);
      } catch (ApiException e) {
        errors.addAll(atRow(e, row.number(), UNIT_FIELD_COLUMNS));
      }
    }
    failIfAny(errors);
    return new Result(created, updated);
  }

  public Result importUsers(MultipartFile file, CurrentUser actor) {
    Table table = reader.read(file, TableReader.MAX_ROWS);
    List<ApiErrorItem> errors = new ArrayList<>();
    int username = table.requireColumn(errors, USERNAME);
    int displayName = table.requireColumn(errors, DISPLAY_NAME, "Họ tên");
    int unit = table.requireColumn(errors, UNIT);
    int roles = table.requireColumn(errors, ROLES);
    Optional<Integer> email = table.column(EMAIL);
    Optional<Integer> password = table.column(PASSWORD);
    failIfAny(errors);

    flushAtCommitOnly();
    UnitDirectory directory = new UnitDirectory(units.all());
    java.util.Set<String> seen = new java.util.HashSet<>();
    Map<String, AppUser> existing = users.byUsername();
    int created = 0;
    int updated = 0;
    for (Table.Row row : table.dataRows()) {
      if (!seen.add(row.get(username).strip().toLowerCase(java.util.Locale.ROOT))) {
        errors.add(ApiErrorItem.cell(row.number(), USERNAME, "org.usernameRepeated", row.get(username)));
        continue;
      }
      String unitName = row.get(unit);
      Optional<Long> unitId = resolve(directory, unitName, row, UNIT, errors);
      if (!unitName.isEmpty() && unitId.isEmpty()) {
        continue;
      }
      UserRequest request = new UserRequest(
          row.get(username),
          row.get(displayName),
          email.map(row::get).orElse(null),
          unitId.orElse(null),
          splitList(row.get(roles)),
          true,
          password.map(row::get).orElse(null));
      try {
        AppUser same = existing.get(row.get(username).strip().toLowerCase(java.util.Locale.ROOT));
        if (same != null) {
          users.change(same, request, actor);
          updated++;
        } else {
          AppUser saved = users.add(request, actor, existing.keySet());
          existing.put(saved.getUsername(), saved);
          created++;
        }
      } catch (ApiException e) {
        errors.addAll(atRow(e, row.number(), USER_FIELD_COLUMNS));
      }
    }
    failIfAny(errors);
    return new Result(created, updated);
  }

  /** The one unit a name designates; none or several is an error of that cell, never a guess. */
  private static Optional<Long> resolve(
      UnitDirectory directory, String name, Table.Row row, String column, List<ApiErrorItem> errors) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    List<UnitView> matches = directory.find(name);
    if (matches.size() == 1) {
      return Optional.of(matches.get(0).id());
    }
    errors.add(ApiErrorItem.cell(row.number(), column, matches.isEmpty()
        ? "org.unitNameUnknown" : "shared.unitNameAmbiguous", name));
    return Optional.empty();
  }

  /**
   * No flush before each query of the import: Hibernate's automatic flush dirty-checks everything
   * the transaction holds, once per row, which made an import of n rows cost n² (issue 16). The
   * rows are written at commit (new ones at once: their ids come from the database).
   */
  private void flushAtCommitOnly() {
    entityManager.unwrap(org.hibernate.Session.class).setHibernateFlushMode(org.hibernate.FlushMode.COMMIT);
  }

  /** A level by code ({@code COMMUNE}) or by its Vietnamese or English name ("Xã, phường, thị trấn"). */
  private String levelCode(String text) {
    String key = Table.key(text);
    return levels.levels().stream()
        .filter(l -> Table.key(l.code()).equals(key) || Table.key(l.nameVi()).equals(key) || Table.key(l.nameEn()).equals(key))
        .map(UnitLevels.Level::code)
        .findFirst()
        .orElse(text);
  }

  private static List<String> splitList(String text) {
    return Arrays.stream(text.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static List<ApiErrorItem> atRow(ApiException e, int row, Map<String, String> columns) {
    if (e.errors().isEmpty()) {
      return List.of(ApiErrorItem.cell(row, "", e.detail()));
    }
    return e.errors().stream()
        .map(item -> ApiErrorItem.cell(row, columns.getOrDefault(item.field(), item.field()), item.text()))
        .toList();
  }

  private static void failIfAny(List<ApiErrorItem> errors) {
    if (!errors.isEmpty()) {
      throw ApiException.invalid(Message.of("org.importErrors", errors.size()), errors);
    }
  }
}
