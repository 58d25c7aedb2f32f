import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { LazyAlert } from './lazy-alert';

/** Shows an error from the API (problem title + detail) or any other failure. */
export function ErrorAlert({ error, style }: { error: unknown; style?: React.CSSProperties }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = isApiError(error) ? error.title : t('errors.unexpected');
  const description = isApiError(error) ? error.detail : error instanceof Error ? error.message : undefined;
  return <LazyAlert type="error" showIcon title={message} description={description} style={style} role="alert" />;
}
