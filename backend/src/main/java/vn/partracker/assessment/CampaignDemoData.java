package vn.partracker.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.criteria.CriteriaNodeView;
import vn.partracker.criteria.CriteriaService;
import vn.partracker.criteria.CriteriaSetView;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.org.UserService;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.DemoMode;

/**
 * The demo campaign of seed 002 (Hương Sơn assesses its communes), with dates relative to today so
 * it is always mid-way: the council is set up, one commune has submitted, Phố Châu (xa01) has a
 * draft, the others have not started.
 */
@Component
@Order(30)
class CampaignDemoData implements ApplicationRunner {

  private final DemoMode demoMode;
  private final CampaignRepository campaigns;
  private final CampaignService campaignService;
  private final SelfAssessment selfAssessment;
  private final CriteriaService criteria;
  private final UnitService units;
  private final UserService users;
  private final Clock clock;

  CampaignDemoData(DemoMode demoMode, CampaignRepository campaigns, CampaignService campaignService,
      SelfAssessment selfAssessment, CriteriaService criteria, UnitService units, UserService users, Clock clock) {
    this.demoMode = demoMode;
    this.campaigns = campaigns;
    this.campaignService = campaignService;
    this.selfAssessment = selfAssessment;
    this.criteria = criteria;
    this.units = units;
    this.users = users;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoMode.isOn() || campaigns.count() > 0) {
      return;
    }
    CriteriaSetView set = criteria.list(false).stream().findFirst().map(s -> criteria.get(s.id(), false)).orElse(null);
    if (set == null) {
      return;
    }
    List<UnitView> communes = units.all().stream().filter(u -> u.level().equals("COMMUNE")).limit(4).toList();
    LocalDate today = LocalDate.now(clock);
    CurrentUser noivu = user("noivu");
    CampaignView campaign = campaignService.create(new CampaignService.CreateRequest(
        "Xác định Chỉ số CCHC năm " + today.getYear() + " của UBND cấp xã", today.getYear(), set.id(),
        communes.stream().map(UnitView::id).toList(), today.minusDays(3), today.plusDays(3), today.plusDays(14),
        "8.1"), noivu);
    // the members as the demo organisation names them ("Chủ tịch UBND huyện" or "… tỉnh" in the two-tier model)
    List<String> members = List.of("chutich", "noivu", "hoidong", "tuphap");
    campaignService.setUpCouncil(campaign.id(), new CampaignService.CouncilRequest(
        String.join("; ", members.stream().map(users.displayNames(members)).toList()),
        "Ông Nguyễn Văn Bình", "Bà Trần Thị Hoa"), noivu);

    // every scored item (the survey's points come from the province); no bonus or penalty but one initiative
    List<CriteriaNodeView> leaves = CampaignService.leaves(set).stream()
        .filter(l -> !l.code().equals("8.1") && set.sectionOf(l.code()).isEmpty()).toList();
    UnitView submitted = communes.get(1);
    CurrentUser head = new CurrentUser(-1, "demo", null, submitted.id(), java.util.Set.of(vn.partracker.shared.Role.UNIT_HEAD), true);
    List<SelfAssessment.AnswerRequest> answers = new ArrayList<>(answers(leaves, 0.9));
    CampaignService.leaves(set).stream().filter(l -> set.sectionOf(l.code()).isPresent()).findFirst()
        .ifPresent(bonus -> answers.add(new SelfAssessment.AnswerRequest(bonus.code(), BigDecimal.ONE, false,
            "Sáng kiến \"Một cửa số tại nhà\" được UBND tỉnh công nhận", null)));
    selfAssessment.saveAnswers(campaign.id(), submitted.id(), answers, head);
    selfAssessment.submit(campaign.id(), submitted.id(), head);
    CurrentUser xa01 = user("xa01");
    selfAssessment.saveAnswers(campaign.id(), communes.get(0).id(), answers(leaves.subList(0, 12), 1.0), xa01);
  }

  private CurrentUser user(String username) {
    var u = users.findByUsername(username).orElseThrow();
    return new CurrentUser(u.getId(), u.getUsername(), null, u.getUnitId(), u.getRoles(), true);
  }

  /** Answers scoring each item at a share of its max (yes/no items: yes), explained where evidence is asked. */
  private static List<SelfAssessment.AnswerRequest> answers(List<CriteriaNodeView> leaves, double share) {
    List<SelfAssessment.AnswerRequest> result = new ArrayList<>();
    for (CriteriaNodeView leaf : leaves) {
      BigDecimal points = leaf.answerType().name().equals("YES_NO") ? leaf.maxPoints()
          : leaf.maxPoints().multiply(BigDecimal.valueOf(share)).setScale(1, java.math.RoundingMode.DOWN);
      String explanation = leaf.evidence() == null ? null : "Hồ sơ lưu tại bộ phận văn thư của UBND xã";
      switch (leaf.answerType()) {
        // rates and deductions are answered with figures: 850 of 1,000 dossiers (× share), one complaint below 1.0
        case RATE -> result.add(new SelfAssessment.AnswerRequest(leaf.code(), null, false, explanation, null,
            BigDecimal.valueOf(Math.round(944 * share)), BigDecimal.valueOf(1000), null));
        case DEDUCTION -> result.add(new SelfAssessment.AnswerRequest(leaf.code(), null, false, explanation, null,
            null, null, share < 1.0 ? 1 : 0));
        default -> result.add(new SelfAssessment.AnswerRequest(leaf.code(), points, false, explanation, null));
      }
    }
    return result;
  }
}
