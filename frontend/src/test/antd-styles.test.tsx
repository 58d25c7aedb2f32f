import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Select, Tabs } from 'antd';
import { describe, expect, it } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';

/** All the CSS rules jsdom sees, @media blocks opened. */
function cssRules() {
  const rules: CSSStyleRule[] = [];
  const visit = (list: CSSRuleList) =>
    [...list].forEach((rule) => ('selectorText' in rule ? rules.push(rule as CSSStyleRule) : 'cssRules' in rule && visit((rule as CSSGroupingRule).cssRules)));
  [...document.styleSheets].forEach((sheet) => visit(sheet.cssRules));
  return rules;
}

// Guards the test-only style filter of antd-styles.tsx (applied to AppProvider by setup.ts): antd's rules that
// hide things must still hide them in the page tests, and only those rules may reach jsdom.
describe('antd styles in tests', () => {
  it('still hides an inactive tab pane and a closed dropdown, from *ByRole and toBeVisible alike', async () => {
    render(
      <AppProvider queryClient={createQueryClient()}>
        <Tabs
          items={[
            { key: 'a', label: 'Tab A', children: <Button>In A</Button> },
            { key: 'b', label: 'Tab B', children: <Button>In B</Button> },
          ]}
        />
        <Select data-testid="select" options={[{ value: 1, label: 'One' }]} />
      </AppProvider>,
    );
    const inA = screen.getByRole('button', { name: 'In A' });
    expect(inA).toBeVisible();
    await userEvent.click(screen.getByRole('tab', { name: 'Tab B' }));
    expect(screen.getByRole('button', { name: 'In B' })).toBeVisible();
    // still in the document, hidden by antd's `.ant-tabs-tabpane-hidden { display: none }`
    expect(inA).toBeInTheDocument();
    expect(inA).not.toBeVisible();
    expect(screen.queryByRole('button', { name: 'In A' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('One'));
    // the closed dropdown stays mounted, hidden by `.ant-select-dropdown-hidden { display: none }`
    await waitFor(() => expect(document.querySelector('.ant-select-dropdown-hidden')).not.toBeNull());
    expect(document.querySelector('.ant-select-item-option[title="One"]')).not.toBeVisible();
    expect(screen.queryByRole('option', { name: 'One' })).not.toBeInTheDocument();
  });

  it('lets through only the declarations that decide visibility, so jsdom sees a few hundred rules', () => {
    render(
      <AppProvider queryClient={createQueryClient()}>
        <Button type="primary">OK</Button>
      </AppProvider>,
    );
    const antdRules = cssRules().filter((rule) => rule.selectorText.includes('.ant-'));
    expect(antdRules.length).toBeGreaterThan(0);
    const allowed = new Set(['display', 'visibility', 'opacity', 'pointer-events']);
    const properties = antdRules.flatMap((rule) => Array.from({ length: rule.style.length }, (_, i) => rule.style[i]));
    expect(properties).toContain('display');
    // (antd's CSS variables, e.g. --ant-button-primary-color, come through another path: one rule per component)
    expect(properties.filter((property) => !allowed.has(property) && !property.startsWith('--'))).toEqual([]);
    // jsdom's selector engine caches 1,000 compiled selectors: beyond that every getComputedStyle recompiles them
    expect(cssRules().length).toBeLessThan(1000);
  });
});
