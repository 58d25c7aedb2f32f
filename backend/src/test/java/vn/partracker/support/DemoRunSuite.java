package vn.partracker.support;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Every {@link DemoRunTest} class (the browser tests among them): one application context in one JVM,
 * which runs beside {@link SharedSuite}'s (the failsafe execution {@code demo-run-and-shared}).
 */
@Suite
@SuiteDisplayName("demo run")
@SelectPackages("vn.partracker")
@IncludeClassNamePatterns({".*IT", ".*E2E"})
@IncludeTags("demo-run")
public class DemoRunSuite {}
