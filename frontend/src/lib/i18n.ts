import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { core } from '@/locales/vi/core';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';
export const LANGUAGE_STORAGE_KEY = 'par-tracker.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(language: string) {
  dayjs.locale(isLanguage(language) ? language : DEFAULT_LANGUAGE);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/**
 * Vietnamese ships with the app; English is its own chunk, fetched when someone chooses it (or
 * comes back having chosen it): every first load is ~12 KB gzip lighter for the Vietnamese majority.
 */
const lazyLanguages: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (language === 'en') {
      import('@/locales/en').then(
        (m) => callback(null, m.en),
        (error: Error) => callback(error, false),
      );
    } else {
      callback(null, core);
    }
  },
};

void i18n.use(lazyLanguages).use(initReactI18next).init({
  resources: { vi: { translation: core } },
  partialBundledLanguages: true,
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage(i18n.language);

i18n.on('languageChanged', (language) => {
  applyLanguage(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
});

/**
 * The Vietnamese strings of one group of pages, each its own chunk (English comes whole, above): the
 * router fetches a page's groups with the page, so a first load carries only the shell's strings and
 * its page's (~10 KB gzip less than all of them).
 */
const STRING_GROUPS = {
  home: () => import('@/locales/vi/home').then((m) => m.home),
  units: () => import('@/locales/vi/units').then((m) => m.units),
  users: () => import('@/locales/vi/users').then((m) => m.users),
  criteria: () => import('@/locales/vi/criteria').then((m) => m.criteria),
  plans: () => import('@/locales/vi/plans').then((m) => m.plans),
  tasks: () => import('@/locales/vi/tasks').then((m) => m.tasks),
  campaigns: () => import('@/locales/vi/campaigns').then((m) => m.campaigns),
  sheet: () => import('@/locales/vi/sheet').then((m) => m.sheet),
  cases: () => import('@/locales/vi/cases').then((m) => m.cases),
  dashboard: () => import('@/locales/vi/dashboard').then((m) => m.dashboard),
  reminders: () => import('@/locales/vi/reminders').then((m) => m.reminders),
  emulation: () => import('@/locales/vi/emulation').then((m) => m.emulation),
  mailbox: () => import('@/locales/vi/mailbox').then((m) => m.mailbox),
} satisfies Record<string, () => Promise<object>>;
export type StringGroup = keyof typeof STRING_GROUPS;

export async function loadStrings(groups: readonly StringGroup[]): Promise<void> {
  const parts = await Promise.all(groups.map((group) => STRING_GROUPS[group]()));
  for (const part of parts) i18n.addResourceBundle('vi', 'translation', part, true, false);
}

/** A page's module and its string groups, together (for React.lazy). */
export function withStrings<T>(page: Promise<T>, ...groups: StringGroup[]): Promise<T> {
  return Promise.all([page, loadStrings(groups)]).then(([module]) => module);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

export default i18n;
