/**
 * Reminders and notifications: deadlines, the working calendar, reminder policies, the sweep, the mail outbox and the bell.
 *
 * <p>Its allowed dependencies are checked by {@code ModularityTest}: using another module means
 * declaring it here first.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"org", "shared"})
package vn.partracker.reminder;
