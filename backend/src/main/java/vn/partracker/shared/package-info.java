/**
 * Cross-cutting infrastructure every feature uses: security, errors, paging, tables, dates, demo mode.
 * It depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.partracker.shared;
