package vn.partracker.reminder;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code par.reminder.*}: see the configuration table of README.md. */
@ConfigurationProperties("par.reminder")
record ReminderProperties(
    @DefaultValue("true") boolean scheduling,
    @DefaultValue("") String nodeId,
    @DefaultValue("6") int maxAttempts,
    @DefaultValue("PT1M") Duration retryBase,
    @DefaultValue("PT10M") Duration staleClaimAfter,
    @DefaultValue("50") int sendBatch,
    @DefaultValue("4") int sendConnections,
    @DefaultValue Policy policy) {

  record Policy(
      @DefaultValue({"7", "3", "1"}) List<Integer> beforeDays,
      @DefaultValue("true") boolean onDueDay,
      @DefaultValue("2") int overdueEveryDays,
      @DefaultValue("3") int escalateAfterDays,
      @DefaultValue("false") boolean workingDays,
      @DefaultValue("false") boolean shiftDueDate) {

    ReminderPolicy toPolicy() {
      return ReminderPolicy.validated(beforeDays, onDueDay, overdueEveryDays, escalateAfterDays, workingDays, shiftDueDate);
    }
  }
}
