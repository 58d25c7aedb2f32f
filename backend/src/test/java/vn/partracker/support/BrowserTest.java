package vn.partracker.support;

/**
 * Browser tests: the running demo app (backend with the packaged SPA, demo data) in Debian's
 * Chromium, driven by Playwright for Java; screenshots go to target/screenshots.
 */
@DemoRunTest
public abstract class BrowserTest extends ChromiumPages {}
