package vn.partracker.org;

import java.util.List;

/**
 * What an administrator sends to create or change a user. {@code password} is optional: blank
 * keeps the current one (or leaves a new account unable to log in until one is set).
 */
public record UserRequest(
    String username,
    String displayName,
    String email,
    Long unitId,
    List<String> roles,
    Boolean enabled,
    String password) {}
