package vn.partracker.shared;

import java.util.Set;

/**
 * What the case view needs of a domain object run by a process: its title, the engine's process
 * instance and the units involved (a unit head sees the case only if one of them is theirs).
 */
public record ProcessRef(String title, String processInstanceId, Set<Long> unitIds) {}
