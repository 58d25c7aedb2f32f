import { describe, expect, it } from 'vitest';

// The app bundles only the core strings and fetches each page's groups with the page (router.tsx): a component
// that asks for a key of a group its page does not load shows the raw key ("sheet.keepMine" on the units page).
// Vitest loads every string, so the pages' own tests cannot see that; this test reads the sources.
const sources = import.meta.glob(['/src/features/**/*.tsx', '/src/features/**/*.ts', '!/src/**/*.test.*'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const router = (import.meta.glob('/src/app/router.tsx', { query: '?raw', import: 'default', eager: true }) as Record<string, string>)[
  '/src/app/router.tsx'
];
// read as text: the test set-up adds every group into the core object i18next holds
const groupFiles = import.meta.glob('/src/locales/vi/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** group file name → its top-level keys */
const groupKeys = new Map(
  Object.entries(groupFiles).map(([path, text]) => [path.replace(/.*\/(\w+)\.ts$/, '$1'), [...text.matchAll(/^ {2}(\w+): /gm)].map((m) => m[1])]),
);
const coreKeys = new Set(groupKeys.get('core'));

/** feature folder → the string groups of every route that shows one of its pages */
function routeGroups(): Map<string, Set<string>[]> {
  const byFeature = new Map<string, Set<string>[]>();
  for (const match of router.matchAll(/withStrings\(import\('@\/features\/([a-z-]+)\/[^']+'\)((?:, '[a-z]+')*)\)/g)) {
    const groups = new Set([...match[2].matchAll(/'([a-z]+)'/g)].map((m) => m[1]));
    byFeature.set(match[1], [...(byFeature.get(match[1]) ?? []), groups]);
  }
  return byFeature;
}

describe('strings by page', () => {
  it('every key a page asks for is in the core strings or in a group its route loads', () => {
    const routes = routeGroups();
    expect(routes.size).toBeGreaterThan(5);
    const missing: string[] = [];
    for (const [path, text] of Object.entries(sources)) {
      const feature = path.split('/')[3];
      const groupsOfRoutes = routes.get(feature);
      if (!groupsOfRoutes) continue; // shown by the shell (login, notifications) or through another page's route
      for (const [, prefix] of text.matchAll(/\bt\('([a-zA-Z]+)\./g)) {
        if (coreKeys.has(prefix)) continue;
        for (const groups of groupsOfRoutes) {
          const loaded = [...groups].some((g) => groupKeys.get(g)?.includes(prefix));
          if (!loaded) missing.push(`${path}: '${prefix}.…' not in core nor in the groups ${[...groups].join(', ')}`);
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
