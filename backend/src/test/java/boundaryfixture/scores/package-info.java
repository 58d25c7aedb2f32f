/** Declares no dependency, yet uses {@code tasks}. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package boundaryfixture.scores;
