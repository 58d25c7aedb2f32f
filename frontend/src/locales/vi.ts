import { core } from './vi/core';
import { home } from './vi/home';
import { units } from './vi/units';
import { users } from './vi/users';
import { criteria } from './vi/criteria';
import { plans } from './vi/plans';
import { tasks } from './vi/tasks';
import { campaigns } from './vi/campaigns';
import { sheet } from './vi/sheet';
import { cases } from './vi/cases';
import { dashboard } from './vi/dashboard';
import { reminders } from './vi/reminders';
import { emulation } from './vi/emulation';
import { mailbox } from './vi/mailbox';

/**
 * Vietnamese, the first language of the app, whole (the tests and en.ts's type use it). The app itself
 * bundles only vi/core.ts and fetches each page's own strings with the page (loadStrings in lib/i18n.ts).
 * en.ts must have the same keys (checked by its type).
 */
export const vi = { ...core, ...home, ...units, ...users, ...criteria, ...plans, ...tasks, ...campaigns, ...sheet, ...cases, ...dashboard, ...reminders, ...emulation, ...mailbox };

/** Same shape as vi with any strings: lets en.ts be checked for missing keys. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? string[] : Shape<T[K]> };
export type Messages = Shape<typeof vi>;
