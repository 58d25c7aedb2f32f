package vn.partracker.reminder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The timers: a sweep every {@code par.reminder.sweep-interval} (then a send), and a send every
 * {@code par.reminder.send-interval} for retries. Off with {@code par.reminder.scheduling=false}
 * (tests drive the sweep with their own clock). Safe on any number of nodes.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "par.reminder.scheduling", havingValue = "true", matchIfMissing = true)
class ReminderJobs {

  private final ReminderService reminders;
  private final ReminderSender sender;

  ReminderJobs(ReminderService reminders, ReminderSender sender) {
    this.reminders = reminders;
    this.sender = sender;
  }

  @Scheduled(initialDelayString = "${par.reminder.sweep-interval:PT15M}", fixedDelayString = "${par.reminder.sweep-interval:PT15M}")
  void sweep() {
    reminders.runNow();
  }

  @Scheduled(initialDelayString = "${par.reminder.send-interval:PT30S}", fixedDelayString = "${par.reminder.send-interval:PT30S}")
  void send() {
    sender.sendPending();
  }
}
