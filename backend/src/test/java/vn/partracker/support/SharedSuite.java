package vn.partracker.support;

import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * The integration tests that share a JVM, one application context per configuration: all but the demo
 * run ({@link DemoRunSuite}, in the other JVM) and the classes tagged own-jvm (a JVM each).
 */
@Suite
@SuiteDisplayName("shared")
@SelectPackages("vn.partracker")
@IncludeClassNamePatterns({".*IT", ".*E2E"})
@ExcludeTags({"demo-run", "own-jvm"})
public class SharedSuite {}
