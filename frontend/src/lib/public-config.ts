import { useQuery } from '@tanstack/react-query';
import { api } from './api-client';
import type { Schemas } from './api-paths';

/** A unit level's code and names (the document's level also says its parents and whether it is a root). */
export type Level = Pick<Schemas['UnitLevelsLevel'], 'code' | 'nameVi' | 'nameEn'>;

export type DemoAccount = Schemas['PublicConfigControllerDemoAccount'];

export type PublicConfig = Schemas['PublicConfigControllerPublicConfig'];

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
