import type { Schemas } from '@/lib/api-paths';

export type MailMessage = Schemas['TestMailboxControllerMailView'];

export type TestMailbox = Schemas['TestMailboxControllerMailbox'];
