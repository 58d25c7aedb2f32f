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

  /**
   * Two tiers: communes and wards of the merged Hà Tĩnh province (names in the style the merger
   * gave them; demo data, not an official list), each with the three offices that lead its criteria.
   */
  static final List<String> MERGED_COMMUNES = List.of(
      "Phường Thành Sen", "Phường Trần Phú", "Phường Hà Huy Tập", "Phường Bắc Hồng Lĩnh", "Xã Hương Sơn",
      "Xã Sơn Tây", "Xã Kim Hoa", "Xã Tứ Mỹ", "Xã Đức Thọ", "Xã Can Lộc", "Xã Nghi Xuân", "Xã Thạch Hà");
  static final List<String> COMMUNE_OFFICES = List.of("Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội");

  private final DemoMode demoMode;
  private final DemoOrganisation organisation;
  private final UnitService units;
  private final UserService users;
  private final UserRepository userRepository;

  OrgDemoData(DemoMode demoMode, DemoOrganisation organisation, UnitService units, UserService users,
      UserRepository userRepository) {
    this.demoMode = demoMode;
    this.organisation = organisation;
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
    if (organisation.twoTier()) {
      twoTier();
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

  /** The merged province: Sở Nội vụ coordinates departments and communes; a commune's offices lead. */
  private void twoTier() {
    UnitView province = unit("UBND tỉnh Hà Tĩnh", "Hà Tĩnh", "PROVINCE", null, "UBND tỉnh");
    UnitView noiVu = unit("Sở Nội vụ", "SNV", "DEPARTMENT", province.id(), "Sở Nội vụ tỉnh");
    UnitView tuPhap = unit("Sở Tư pháp", "STP", "DEPARTMENT", province.id());
    UnitView vanPhong = unit("Văn phòng UBND tỉnh", "VP UBND tỉnh", "DEPARTMENT", province.id(),
        "Văn phòng Ủy ban nhân dân tỉnh");
    unit("Sở Tài chính", "STC", "DEPARTMENT", province.id());
    unit("Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", "DEPARTMENT", province.id(), "Sở Văn hóa - Thể thao và Du lịch");
    unit("Sở Xây dựng", "SXD", "DEPARTMENT", province.id());
    unit("Sở Khoa học và Công nghệ", "Sở KH&CN", "DEPARTMENT", province.id());
    unit("Trung tâm Phục vụ hành chính công tỉnh", "TTPVHCC", "DEPARTMENT", province.id(),
        "Trung tâm Phục vụ hành chính công");
    UnitView firstCommune = null;
    for (String commune : MERGED_COMMUNES) {
      String shortName = commune.replaceFirst("^(Xã|Phường) ", "");
      UnitView unit = unit(commune, shortName, "COMMUNE", province.id(), "UBND " + commune.toLowerCase().charAt(0)
          + commune.substring(1));
      for (String office : COMMUNE_OFFICES) {
        unit(office, null, "COMMUNE_OFFICE", unit.id());
      }
      if (firstCommune == null) {
        firstCommune = unit;
      }
    }
    user("admin", "Quản trị hệ thống", null, Role.ADMIN);
    user("noivu", "Trần Thị Hoa (Sở Nội vụ)", noiVu.id(), Role.COORDINATOR);
    user("chutich", "Nguyễn Văn Bình (Chủ tịch UBND tỉnh)", province.id(), Role.LEADER);
    user("hoidong", "Lê Văn Cường (Hội đồng thẩm định)", province.id(), Role.COUNCIL);
    user("tuphap", "Phạm Thị Dung (Giám đốc Sở Tư pháp)", tuPhap.id(), Role.UNIT_HEAD);
    user("vanphong", "Hoàng Văn Em (Chánh Văn phòng UBND tỉnh)", vanPhong.id(), Role.UNIT_HEAD);
    user("xa01", "Đặng Văn Giang (Chủ tịch UBND " + firstCommune.name().toLowerCase().charAt(0)
        + firstCommune.name().substring(1) + ")", firstCommune.id(), Role.UNIT_HEAD);
    log.info("Demo data loaded (two tiers): {} units, {} accounts (password '{}')", units.all().size(), ACCOUNTS.size(),
        PASSWORD);
  }

  private UnitView unit(String name, String shortName, String level, Long parentId, String... aliases) {
    return units.create(new UnitRequest(name, shortName, List.of(aliases), parentId, level));
  }

  private void user(String username, String displayName, Long unitId, Role role) {
    users.create(new UserRequest(username, displayName, username + (organisation.twoTier() ? "@hatinh.example.vn"
        : "@huongson.example.vn"), unitId,
        List.of(role.name()), true, null), null);
    users.setDemoPassword(username, PASSWORD);
  }
}
