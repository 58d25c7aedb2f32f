export type MailMessage = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  /** ISO-8601 */
  receivedAt: string;
  text?: string | null;
  html?: string | null;
};

export type TestMailbox = { enabled: boolean; messages: MailMessage[] };
