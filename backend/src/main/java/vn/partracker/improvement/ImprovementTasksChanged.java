package vn.partracker.improvement;

/**
 * Published whenever an improvement task is created, changes or is removed (from the entity's
 * lifecycle, so no code path is missed); read models such as the dashboards drop what they cached.
 */
public record ImprovementTasksChanged() {}
