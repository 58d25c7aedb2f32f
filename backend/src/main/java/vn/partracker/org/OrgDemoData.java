package vn.partracker.org;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.shared.DemoMode;
import vn.partracker.shared.Role;

/**
 * The demo organisation, from seed 002 (Hương Sơn district assesses its communes) and seed 000
 * (the offices that lead criteria groups), loaded once into an empty database in demo mode only.
 * Every demo account has the password {@code demo}.
 */
@Component
@Order(0)
class OrgDemoData implements ApplicationRunner {

  static final String PASSWORD = "demo";
  static final List<String> ACCOUNTS = List.of("admin", "noivu", "chutich", "hoidong", "tuphap", "vanphong", "xa01");

  private static final Logger log = LoggerFactory.getLogger(OrgDemoData.class);
  private static final List<String> COMMUNES = List.of(
      "Thị trấn Phố Châu", "Thị trấn Tây Sơn", "Xã Sơn Hồng", "Xã Sơn Tiến", "Xã Sơn Lâm", "Xã Sơn Lễ",
      "Xã Sơn Giang", "Xã Sơn Lĩnh", "Xã An Hòa Thịnh", "Xã Sơn Tây", "Xã Sơn Ninh", "Xã Sơn Châu");

  private final DemoMode demoMode;
  private final UnitService units;
  private final UserService users;
  private final UserRepository userRepository;

  OrgDemoData(DemoMode demoMode, UnitService units, UserService users, UserRepository userRepository) {
    this.demoMode = demoMode;
    this.units = units;
    this.users = users;
    this.userRepository = userRepository;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoMode.isOn() || userRepository.count() > 0) {
      return;
    }
    UnitView province = unit("UBND tỉnh Hà Tĩnh", "Hà Tĩnh", "PROVINCE", null);
    UnitView district = unit("UBND huyện Hương Sơn", "Hương Sơn", "DISTRICT", province.id(), "UBND huyện");
    UnitView noiVu = unit("Phòng Nội vụ", "PNV", "DISTRICT_OFFICE", district.id(), "Phòng Nội vụ huyện");
    UnitView tuPhap = unit("Phòng Tư pháp", "PTP", "DISTRICT_OFFICE", district.id(), "Phòng Tư pháp huyện");
    UnitView vanPhong = unit("Văn phòng HĐND và UBND", "VP HĐND-UBND", "DISTRICT_OFFICE", district.id(),
        "Văn phòng HĐND-UBND", "VP HĐND-UBND huyện", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện");
    unit("Phòng Tài chính - Kế hoạch", "PTC-KH", "DISTRICT_OFFICE", district.id(), "Phòng TC-KH", "Phòng Tài chính Kế hoạch");
    unit("Phòng Văn hóa và Thông tin", "PVH-TT", "DISTRICT_OFFICE", district.id(), "Phòng VH-TT", "Phòng Văn hóa - Thông tin");
    unit("Trung tâm Văn hóa - Thông tin và Thể thao", "TTVH-TT-TT", "DISTRICT_OFFICE", district.id(),
        "Trung tâm VH-TT-TT", "Trung tâm Văn hóa - Thông tin và Thể thao huyện");
    unit("Phòng Kinh tế - Hạ tầng", "PKT-HT", "DISTRICT_OFFICE", district.id(), "Phòng KT-HT");
    UnitView firstCommune = null;
    for (String commune : COMMUNES) {
      String shortName = commune.replaceFirst("^(Xã|Thị trấn) ", "");
      UnitView unit = unit(commune, shortName, "COMMUNE", district.id(), "UBND " + commune.toLowerCase().charAt(0)
          + commune.substring(1));
      if (firstCommune == null) {
        firstCommune = unit;
      }
    }

    user("admin", "Quản trị hệ thống", null, Role.ADMIN);
    user("noivu", "Trần Thị Hoa (Phòng Nội vụ)", noiVu.id(), Role.COORDINATOR);
    user("chutich", "Nguyễn Văn Bình (Chủ tịch UBND huyện)", district.id(), Role.LEADER);
    user("hoidong", "Lê Văn Cường (Hội đồng thẩm định)", district.id(), Role.COUNCIL);
    user("tuphap", "Phạm Thị Dung (Trưởng phòng Tư pháp)", tuPhap.id(), Role.UNIT_HEAD);
    user("vanphong", "Hoàng Văn Em (Chánh Văn phòng)", vanPhong.id(), Role.UNIT_HEAD);
    user("xa01", "Đặng Văn Giang (Chủ tịch UBND " + firstCommune.name() + ")", firstCommune.id(), Role.UNIT_HEAD);
    log.info("Demo data loaded: {} units, {} accounts (password '{}')", units.all().size(), ACCOUNTS.size(), PASSWORD);
  }

  private UnitView unit(String name, String shortName, String level, Long parentId, String... aliases) {
    return units.create(new UnitRequest(name, shortName, List.of(aliases), parentId, level));
  }

  private void user(String username, String displayName, Long unitId, Role role) {
    users.create(new UserRequest(username, displayName, username + "@huongson.example.vn", unitId,
        List.of(role.name()), true, null), null);
    users.setDemoPassword(username, PASSWORD);
  }
}
