-- Login throttling shared by every node (org.LoginThrottle): one row per failure counter (of an
-- account and address, an account, an address) and per known sign-in (an account from an address),
-- keyed by a SHA-256 of what it counts, so no username or address is stored and every key is short.
-- A counter counts failures from window_start until expires_at; expired rows are deleted.
create table login_throttle (
  throttle_key varchar(80)              not null primary key,
  failures     integer                  not null,
  window_start timestamp with time zone not null,
  expires_at   timestamp with time zone not null
);
create index login_throttle_expires on login_throttle (expires_at);
