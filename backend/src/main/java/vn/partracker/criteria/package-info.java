/**
 * Criteria sets (fields, criteria, sub-criteria and their points), their official tables, the index computation and the responsibility matrix.
 *
 * <p>Its allowed dependencies are checked by {@code ModularityTest}: using another module means
 * declaring it here first.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"org", "shared"})
package vn.partracker.criteria;
