export type LoginRequest = { username: string; password: string };
