import { DownloadOutlined, DownOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { buildUrl } from '@/lib/api-client';

export const EXPORT_FORMATS = ['xlsx', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Download of an official table (GET {path}?format=xlsx|docx|pdf): a menu of plain links, so the
 * browser downloads the file with the name the server gives it.
 */
export function ExportMenu({
  path,
  params,
  testId,
  size,
}: {
  path: string;
  params?: Record<string, string | number | undefined>;
  testId: string;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: EXPORT_FORMATS.map((format) => ({
          key: format,
          label: (
            <a href={buildUrl(path, { ...params, format })} download data-testid={`${testId}-${format}`}>
              {t(`export.${format}`)}
            </a>
          ),
        })),
      }}
    >
      <Button icon={<DownloadOutlined />} size={size} data-testid={testId}>
        {t('export.button')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
