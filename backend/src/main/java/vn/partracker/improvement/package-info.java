/**
 * Improvement plans: plan items from official tables or from a campaign's losses, their tasks run by the task process, reports, contributions and reviews.
 *
 * <p>Its allowed dependencies are checked by {@code ModularityTest}: using another module means
 * declaring it here first.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment", "criteria", "inbox", "org", "reminder", "shared"})
package vn.partracker.improvement;
