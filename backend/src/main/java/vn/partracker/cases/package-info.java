/**
 * The case view: one campaign or task with its process diagram, history and documents.
 *
 * <p>Its allowed dependencies are checked by {@code ModularityTest}: using another module means
 * declaring it here first.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment", "improvement", "org", "shared"})
package vn.partracker.cases;
