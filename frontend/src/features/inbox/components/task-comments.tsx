import { SendOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { formatDateTime } from '@/lib/format';
import { useAddTaskComment } from '../hooks/use-improvement-task';
import type { TaskView } from '../types';

/** The discussion of the task, oldest first, and a box to add to it. */
export function TaskComments({ task }: { task: TaskView }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const add = useAddTaskComment(task.id);
  const [body, setBody] = useState('');
  const send = () => {
    if (!body.trim()) return;
    add.mutate(body.trim(), {
      onSuccess: () => setBody(''),
      onError: (error) => void message.error(isApiError(error) ? error.errors[0]?.message || error.detail || error.title : t('errors.unexpected'), 6),
    });
  };
  return (
    <Card size="small" title={t('tasks.comments.title')} data-testid="task-comments">
      {task.comments.length === 0 ? (
        <Typography.Text type="secondary">{t('tasks.comments.empty')}</Typography.Text>
      ) : (
        <Flex vertical gap={12} role="list">
          {task.comments.map((c, i) => (
            <div key={`${c.at}-${i}`} role="listitem">
              <Typography.Text strong>{c.author}</Typography.Text>{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(c.at)}
              </Typography.Text>
              <div style={{ whiteSpace: 'pre-line' }}>{c.body}</div>
            </div>
          ))}
        </Flex>
      )}
      <div style={{ marginTop: 12 }}>
        <Input.TextArea
          id="comment-body"
          aria-label={t('tasks.comments.placeholder')}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          placeholder={t('tasks.comments.placeholder')}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={4000}
          disabled={add.isPending}
        />
        <Button style={{ marginTop: 8 }} icon={<SendOutlined />} onClick={send} loading={add.isPending} disabled={!body.trim()} data-testid="comment-submit">
          {t('tasks.comments.send')}
        </Button>
      </div>
    </Card>
  );
}
