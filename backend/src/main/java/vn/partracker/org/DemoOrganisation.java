package vn.partracker.org;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which organisation the demo loads, chosen by one setting ({@code par.demo-organisation}, env
 * {@code PAR_DEMO_ORG}): {@code district}, the three tiers of the seeds (UBND huyện Hương Sơn, its
 * offices and communes, Phòng Nội vụ coordinates), or {@code two-tier}, a merged province after
 * 1 July 2025 (UBND tỉnh Hà Tĩnh, its departments and a dozen communes and wards with their own
 * offices, Sở Nội vụ coordinates). The other demo data asks it for the names and levels it needs.
 */
@Component
public class DemoOrganisation {

  /** The seeds' district offices and the department that does the same work in a province. */
  private static final Map<String, String> DEPARTMENTS = Map.of(
      "Phòng Nội vụ", "Sở Nội vụ",
      "Phòng Tư pháp", "Sở Tư pháp",
      "Văn phòng HĐND và UBND", "Văn phòng UBND tỉnh",
      "Phòng Tài chính - Kế hoạch", "Sở Tài chính",
      "Phòng Văn hóa và Thông tin", "Sở Văn hóa, Thể thao và Du lịch",
      "Trung tâm Văn hóa - Thông tin và Thể thao", "Trung tâm Phục vụ hành chính công tỉnh",
      "Phòng Kinh tế - Hạ tầng", "Sở Xây dựng");

  private final boolean twoTier;

  public DemoOrganisation(@Value("${par.demo-organisation:district}") String setting) {
    this.twoTier = switch (setting.trim().toLowerCase()) {
      case "district", "" -> false;
      case "two-tier", "two_tier", "twotier" -> true;
      default -> throw new IllegalStateException(
          "par.demo-organisation (PAR_DEMO_ORG) must be district or two-tier, not \"" + setting + "\"");
    };
  }

  public boolean twoTier() {
    return twoTier;
  }

  /** The unit a plan or criteria set of the demo belongs to: the district, or the province. */
  public String ownerLevel() {
    return twoTier ? "PROVINCE" : "DISTRICT";
  }

  /** The level of the offices that lead criteria groups: district offices, or departments. */
  public String officeLevel() {
    return twoTier ? "DEPARTMENT" : "DISTRICT_OFFICE";
  }

  /** The unit of the chosen tree that does what a district office of the seeds does. */
  public String office(String districtOfficeName) {
    return twoTier ? DEPARTMENTS.getOrDefault(districtOfficeName, districtOfficeName) : districtOfficeName;
  }

  /** The demo plan appendix (a resource of the improvement feature). */
  public String planResource() {
    return twoTier ? "improvement/ke-hoach-mau-hai-cap.csv" : "improvement/ke-hoach-mau.csv";
  }
}
