import { currentLanguage } from '@/lib/i18n';
import { levelName, usePublicConfig } from '@/lib/public-config';

/** The configured name of a unit level ("Sở, ban, ngành"), in the current language. */
export function useLevelName() {
  const levels = usePublicConfig().data?.levels ?? [];
  const language = currentLanguage();
  return (code: string | null | undefined) => levelName(levels, code, language);
}
