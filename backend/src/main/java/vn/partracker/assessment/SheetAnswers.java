package vn.partracker.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.partracker.org.UserService;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Message;
import vn.partracker.shared.TimeConfig;

/**
 * The answers a write changes: found or new, and refused as a whole when an item changed after
 * the writer read it.
 */
@Component
class SheetAnswers {

  private final AnswerRepository answers;
  private final UserService users;
  private final SheetViewer viewer;
  private final Clock clock;

  SheetAnswers(AnswerRepository answers, UserService users, SheetViewer viewer, Clock clock) {
    this.answers = answers;
    this.users = users;
    this.viewer = viewer;
    this.clock = clock;
  }

  /** The version of an item the caller read: null when it saw the item unanswered. */
  record ReadVersion(String code, Long version) {}

  /**
   * Refuses the whole write when an item changed after the caller read it (another council member,
   * or the same person in another tab): a 409 that names each such item with who changed it and
   * when, and carries the current sheet, so that the person sees both values and chooses. The
   * answers read here are the ones written: two writes racing past this check meet the unique key
   * (first answers) or the version (later ones) at commit, also a 409.
   */
  Map<String, Answer> requireFresh(long campaignId, AssessedUnit unit, List<ReadVersion> read,
      CurrentUser user) {
    Map<String, Answer> current = answers.findByAssessmentId(unit.getId()).stream()
        .collect(Collectors.toMap(Answer::getCode, Function.identity()));
    List<ApiErrorItem> stale = new ArrayList<>();
    for (ReadVersion r : read) {
      Answer a = current.get(r.code());
      if (a != null && (r.version() == null || r.version() != a.getVersion())) {
        stale.add(ApiErrorItem.field(r.code(), "assessment.itemSavedBy", r.code(), users.displayNames(List.of(a.getUpdatedBy())).apply(a.getUpdatedBy()), TimeConfig.DATE_TIME.format(a.getUpdatedAt().atZone(TimeConfig.ZONE))));
      }
    }
    if (!stale.isEmpty()) {
      throw ApiException.stale(Message.of("assessment.itemsStale", stale.size()), stale, viewer.sheet(campaignId, unit.getUnitId(), user));
    }
    return current; // the write changes these very rows: a change after this check fails on their version
  }

  /** The item's answer, or a new empty one (evidence may come before any points). */
  Answer answer(AssessedUnit unit, String code, CurrentUser user) {
    return answers.findByAssessmentIdAndCode(unit.getId(), code).orElseGet(() -> newAnswer(unit, code, user));
  }

  Answer newAnswer(AssessedUnit unit, String code, CurrentUser user) {
    return new Answer(unit.getId(), code, user.getUsername(), clock.instant());
  }
}
