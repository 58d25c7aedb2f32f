import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('errors.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
      data-testid="not-found"
    />
  );
}

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('errors.forbidden')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
      data-testid="forbidden"
    />
  );
}

export function ComingSoon({ titleKey, descriptionKey }: { titleKey: string; descriptionKey: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="info"
      title={t(titleKey)}
      subTitle={
        <>
          <div>{t('comingSoon.notice')}</div>
          <div style={{ marginTop: 8 }}>{t(descriptionKey)}</div>
        </>
      }
      extra={
        <Link to="/">
          <Button>{t('common.backHome')}</Button>
        </Link>
      }
      data-testid="coming-soon"
    />
  );
}
