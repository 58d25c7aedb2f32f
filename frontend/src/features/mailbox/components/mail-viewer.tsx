import { Descriptions, Drawer, Empty, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { MailMessage } from '../types';

/** The HTML body is shown in a fully sandboxed iframe: no scripts, no same-origin access, no forms. */
export function MailViewer({ message, onClose }: { message: MailMessage | null; onClose: () => void }) {
  const { t } = useTranslation();
  const tabs = [];
  if (message?.html) {
    tabs.push({
      key: 'html',
      label: t('mailbox.html'),
      children: (
        <iframe
          title={message.subject}
          sandbox=""
          srcDoc={message.html}
          referrerPolicy="no-referrer"
          style={{ width: '100%', height: '60vh', border: '1px solid #f0f0f0', background: '#fff' }}
          data-testid="mail-html"
        />
      ),
    });
  }
  if (message?.text) {
    tabs.push({
      key: 'text',
      label: t('mailbox.text'),
      children: (
        <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }} data-testid="mail-text">
          {message.text}
        </pre>
      ),
    });
  }
  return (
    <Drawer open={message !== null} onClose={onClose} size={Math.min(900, window.innerWidth - 40)} title={message?.subject || t('mailbox.noSubject')} destroyOnHidden>
      {message ? (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('mailbox.receivedAt')}>{formatDateTime(message.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('mailbox.from')}>{message.from}</Descriptions.Item>
            <Descriptions.Item label={t('mailbox.to')}>{message.to.join(', ')}</Descriptions.Item>
          </Descriptions>
          {tabs.length > 0 ? <Tabs items={tabs} /> : <Empty description={<Typography.Text type="secondary">{t('mailbox.emptyBody')}</Typography.Text>} />}
        </>
      ) : null}
    </Drawer>
  );
}
