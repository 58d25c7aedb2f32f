package vn.partracker.reminder;

import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.org.UnitScope;
import vn.partracker.shared.ApiException;

/** The caller's reminder preferences: one daily digest mail instead of one mail per reminder. */
@RestController
@RequestMapping("/api/reminders/preferences")
class PreferenceController {

  record PreferenceView(Boolean dailyDigest) {}

  private final Preferences preferences;
  private final Clock clock;

  PreferenceController(Preferences preferences, Clock clock) {
    this.preferences = preferences;
    this.clock = clock;
  }

  @GetMapping
  PreferenceView get() {
    return new PreferenceView(preferences.dailyDigest(UnitScope.currentUser().id()));
  }

  @PutMapping
  PreferenceView put(@RequestBody PreferenceView request) {
    if (request.dailyDigest() == null) {
      throw ApiException.invalidField("dailyDigest", "reminder.dailyDigestRequired");
    }
    preferences.setDailyDigest(UnitScope.currentUser().id(), request.dailyDigest(), clock.instant());
    return request;
  }
}
