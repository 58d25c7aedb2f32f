import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackProvider } from '@/lib/feedback';
import { queryClient as defaultQueryClient } from '@/lib/query-client';
import '@/lib/i18n';

const theme = {
  token: {
    colorPrimary: '#c8102e',
    // grey text readable on white and on the #f5f5f5 page (≥ 4.5:1, WCAG AA): antd's defaults are
    // 0.45 (3.3:1) for secondary text (Typography type="secondary", descriptions, hints)
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    // placeholders of inputs and selects (antd: 0.25, 1.8:1) are the only label a filter shows
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    // links and danger text at ≥ 4.5:1 on white (antd: #1677ff 4.1:1, #ff4d4f 3.3:1)
    colorLink: '#0958d9',
    colorInfo: '#0958d9',
    colorError: '#cf1322',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
};

/** antd follows the i18next language: vi_VN (default) or en_US. */
function LocalizedConfig({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={theme}>
      <FeedbackProvider>{children}</FeedbackProvider>
    </ConfigProvider>
  );
}

export function AppProvider({ children, queryClient = defaultQueryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <LocalizedConfig>{children}</LocalizedConfig>
    </QueryClientProvider>
  );
}
