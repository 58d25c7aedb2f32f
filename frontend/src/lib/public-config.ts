import { useQuery } from '@tanstack/react-query';
import { api } from './api-client';

export type Level = { code: string; nameVi: string; nameEn: string };

export type DemoAccount = {
  username: string;
  displayName: string;
  roles: string[];
  unitName?: string | null;
};

export type PublicConfig = {
  demo: boolean;
  demoAccounts: DemoAccount[];
  levels: Level[];
};

export const PUBLIC_CONFIG_QUERY_KEY = ['public-config'] as const;

/** GET /api/public/config (anonymous). Also makes the backend set the XSRF-TOKEN cookie. */
export async function getPublicConfig(): Promise<PublicConfig> {
  const config = await api.get<Partial<PublicConfig>>('/api/public/config');
  return {
    demo: Boolean(config?.demo),
    demoAccounts: config?.demoAccounts ?? [],
    levels: config?.levels ?? [],
  };
}

export function usePublicConfig() {
  return useQuery({ queryKey: PUBLIC_CONFIG_QUERY_KEY, queryFn: getPublicConfig, staleTime: Infinity });
}

export function levelName(levels: readonly Level[] | undefined, code: string | null | undefined, language: string): string {
  if (!code) return '';
  const level = levels?.find((l) => l.code === code);
  if (!level) return code;
  return language === 'en' ? level.nameEn || level.nameVi : level.nameVi;
}
