export type UserCount = { totalElements: number };
