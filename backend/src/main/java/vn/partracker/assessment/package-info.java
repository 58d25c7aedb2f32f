/**
 * Assessment campaigns: the council, self-assessment with evidence, appraisal, results and their exports, run by the campaign process.
 *
 * <p>Its allowed dependencies are checked by {@code ModularityTest}: using another module means
 * declaring it here first.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"criteria", "inbox", "org", "reminder", "shared"})
package vn.partracker.assessment;
