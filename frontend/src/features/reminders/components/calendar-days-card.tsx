import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Form, Input, Popconfirm, Radio, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { applyFieldErrors } from '@/lib/form-errors';
import { formatDate } from '@/lib/format';
import { useAddCalendarDay, useCalendarDays, useDeleteCalendarDay } from '../hooks/use-reminders';
import type { CalendarDay } from '../types';

type DayForm = { date: Dayjs | null; working: boolean; note?: string };

/** Day of the week of a yyyy-MM-dd date (0 = Sunday), without time-zone surprises. */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** A year's holidays (computed from the law) and the days administrators added or removed. */
export function CalendarDaysCard() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const days = useCalendarDays(year, true);
  const add = useAddCalendarDay();
  const remove = useDeleteCalendarDay();
  const [form] = Form.useForm<DayForm>();

  const onError = (error: unknown) => void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected'), 6);

  const onFinish = (values: DayForm) =>
    add.mutate(
      { date: values.date ? values.date.format('YYYY-MM-DD') : '', working: values.working, note: values.note?.trim() || null },
      {
        onSuccess: (day) => {
          form.resetFields();
          void message.success(t('reminders.calendar.added', { date: formatDate(day.date) }));
        },
        onError: (error) => {
          const rest = applyFieldErrors(form, error, ['date', 'working', 'note']);
          if (rest.length > 0 || !isApiError(error) || error.errors.length === 0) onError(error);
        },
      },
    );

  const years = [thisYear + 1, thisYear, thisYear - 1];
  if (!years.includes(year)) years.push(year);

  return (
    <Card
      title={t('reminders.calendar.title')}
      data-testid="reminder-calendar"
      extra={
        <Select<number>
          value={year}
          onChange={setYear}
          options={years.sort((a, b) => b - a).map((y) => ({ value: y, label: String(y) }))}
          aria-label={t('reminders.calendar.year')}
          style={{ width: 100 }}
        />
      }
    >
      <Typography.Paragraph type="secondary">{t('reminders.calendar.description')}</Typography.Paragraph>
      <Form<DayForm> form={form} layout="inline" initialValues={{ working: false }} onFinish={onFinish} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="date" rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker format="DD/MM/YYYY" placeholder={t('reminders.calendar.date')} aria-label={t('reminders.calendar.date')} />
        </Form.Item>
        <Form.Item name="working">
          <Radio.Group
            optionType="button"
            options={[
              { value: false, label: t('reminders.calendar.dayOff') },
              { value: true, label: t('reminders.calendar.workday') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" rules={[{ max: 255 }]}>
          <Input placeholder={t('reminders.calendar.note')} aria-label={t('reminders.calendar.note')} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
            {t('reminders.calendar.add')}
          </Button>
        </Form.Item>
      </Form>
      {days.error ? <ErrorAlert error={days.error} style={{ marginBottom: 12 }} /> : null}
      <Table<CalendarDay>
        rowKey="date"
        size="small"
        loading={days.isLoading}
        dataSource={days.data?.days ?? []}
        pagination={false}
        locale={{ emptyText: t('reminders.calendar.empty') }}
        onRow={(d) => ({ 'data-testid': 'calendar-day', 'data-source': d.source }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('reminders.calendar.date'),
            dataIndex: 'date',
            width: 170,
            render: (date: string) => (
              <Flex gap={6}>
                <span>{formatDate(`${date}T12:00:00+07:00`)}</span>
                <Typography.Text type="secondary">{t(`reminders.calendar.weekdays.${weekday(date)}`)}</Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('reminders.calendar.kind'),
            dataIndex: 'working',
            width: 150,
            render: (working: boolean) => <Tag color={working ? 'blue' : 'volcano'}>{working ? t('reminders.calendar.workday') : t('reminders.calendar.dayOff')}</Tag>,
          },
          { title: t('reminders.calendar.name'), dataIndex: 'name' },
          {
            title: t('reminders.calendar.source'),
            dataIndex: 'source',
            width: 190,
            render: (source: CalendarDay['source']) =>
              source === 'LAW' ? <Tag data-testid="calendar-law">{t('reminders.calendar.sources.LAW')}</Tag> : <Tag color="purple">{t('reminders.calendar.sources.ADMIN')}</Tag>,
          },
          {
            title: t('common.actions'),
            width: 90,
            render: (_: unknown, d) =>
              d.source === 'ADMIN' ? (
                <Popconfirm
                  title={t('reminders.calendar.deleteConfirm', { date: formatDate(`${d.date}T12:00:00+07:00`) })}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove.mutateAsync(d.date).catch(onError)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
