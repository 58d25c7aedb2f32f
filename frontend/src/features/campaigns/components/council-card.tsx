import { Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { applyFieldErrors } from '@/lib/form-errors';
import { formatDateTime } from '@/lib/format';
import { useSetUpCouncil } from '../hooks/use-campaign';
import type { Campaign, CouncilRequest } from '../types';
import { LateTag } from './campaign-tags';

/** The council: its members once set up; else the set-up form for those who manage campaigns. */
export function CouncilCard({ campaign, canSetUp }: { campaign: Campaign; canSetUp: boolean }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<CouncilRequest>();
  const setUp = useSetUpCouncil(campaign.id);
  const { council } = campaign;

  const onFinish = (values: CouncilRequest) =>
    setUp.mutate(
      { members: values.members.trim(), chair: values.chair.trim(), secretary: values.secretary?.trim() || null },
      {
        onSuccess: () => void message.success(t('campaigns.council.saved')),
        onError: (error) => {
          const rest = applyFieldErrors(form, error, ['members', 'chair', 'secretary']);
          if (rest.length > 0 || !isApiError(error) || error.errors.length === 0) {
            void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected'), 6);
          }
        },
      },
    );

  return (
    <Card
      size="small"
      title={
        <Space>
          <span>{t('campaigns.council.title')}</span>
          {campaign.councilLate ? <LateTag testId="council-late" /> : null}
        </Space>
      }
      data-testid="council-card"
    >
      {council ? (
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('campaigns.council.chair')}>{council.chair}</Descriptions.Item>
          <Descriptions.Item label={t('campaigns.council.secretary')}>{council.secretary ?? ''}</Descriptions.Item>
          <Descriptions.Item label={t('campaigns.council.members')} span={2}>
            <span style={{ whiteSpace: 'pre-line' }}>{council.members}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('campaigns.council.setUpAt')}>{formatDateTime(council.setUpAt)}</Descriptions.Item>
        </Descriptions>
      ) : (
        <>
          <Typography.Paragraph type={campaign.councilLate ? 'danger' : 'secondary'}>{t('campaigns.council.notSetUp')}</Typography.Paragraph>
          {canSetUp ? (
            <Form<CouncilRequest> form={form} layout="vertical" onFinish={onFinish} data-testid="council-form">
              <Space wrap align="start" size="middle">
                <Form.Item name="chair" label={t('campaigns.council.chair')} rules={[{ required: true, whitespace: true, message: t('campaigns.council.chairRequired') }]}>
                  <Input maxLength={255} style={{ width: 280 }} data-testid="council-chair" />
                </Form.Item>
                <Form.Item name="secretary" label={t('campaigns.council.secretary')}>
                  <Input maxLength={255} style={{ width: 280 }} data-testid="council-secretary" />
                </Form.Item>
              </Space>
              <Form.Item name="members" label={t('campaigns.council.members')} rules={[{ required: true, whitespace: true, message: t('campaigns.council.membersRequired') }]}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} data-testid="council-members" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={setUp.isPending} data-testid="council-submit">
                {t('campaigns.council.submit')}
              </Button>
            </Form>
          ) : null}
        </>
      )}
    </Card>
  );
}
