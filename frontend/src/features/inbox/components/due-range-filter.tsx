import { CalendarOutlined, SwapRightOutlined } from '@ant-design/icons';
import { ConfigContext } from 'antd/es/config-provider/context';
import useCSSVarCls from 'antd/es/config-provider/hooks/useCSSVarCls';
import useStyle from 'antd/es/date-picker/style';
import { lazy, Suspense, useContext, useState } from 'react';

export type DueRangeProps = {
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
  placeholder: [string, string];
  ariaLabel: string;
  width?: string;
};

// antd's date pickers (rc-picker, its panels, ~33 KB gzip) are fetched when the filter is first
// used, or at once when the URL already holds a due range: most visits to the inbox never touch it
const loadPicker = () => import('./due-range-picker');
const DueRangePicker = lazy(loadPicker);

/**
 * The inbox's due-date range (dd/MM/yyyy). Until first used it is drawn with antd's own picker
 * markup and styles, so it looks the same; pointing at it fetches the picker, focusing or clicking
 * it swaps in the real one, open.
 */
export function DueRangeFilter(props: DueRangeProps) {
  const [wanted, setWanted] = useState(false);
  const placeholder = <DueRangePlaceholder {...props} onUse={() => setWanted(true)} />;
  if (!wanted && !props.from && !props.to) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <DueRangePicker {...props} autoFocus={wanted} />
    </Suspense>
  );
}

function DueRangePlaceholder({ placeholder, ariaLabel, width, onUse }: DueRangeProps & { onUse: () => void }) {
  const { getPrefixCls } = useContext(ConfigContext);
  const prefixCls = getPrefixCls('picker');
  const rootCls = useCSSVarCls(prefixCls);
  const [hashId, cssVarCls] = useStyle(prefixCls, rootCls);
  const input = (part: 'start' | 'end', text: string) => (
    <div className={`${prefixCls}-input ${prefixCls}-input-${part}`}>
      <input
        readOnly
        autoComplete="off"
        aria-label={ariaLabel}
        data-testid="inbox-filter-due"
        size={12}
        placeholder={text}
        value=""
        onFocus={onUse}
      />
    </div>
  );
  return (
    <div
      className={`${prefixCls} ${prefixCls}-range ${prefixCls}-outlined ${hashId} ${cssVarCls} ${rootCls}`}
      style={width ? { width } : undefined}
      onPointerEnter={() => void loadPicker()}
      onPointerDown={onUse}
    >
      {input('start', placeholder[0])}
      <div className={`${prefixCls}-range-separator`}>
        <span aria-hidden="true" className={`${prefixCls}-separator`}>
          <SwapRightOutlined />
        </span>
      </div>
      {input('end', placeholder[1])}
      <div className={`${prefixCls}-active-bar`} style={{ position: 'absolute', width: 0 }} />
      <span className={`${prefixCls}-suffix`}>
        <CalendarOutlined aria-hidden="true" />
      </span>
    </div>
  );
}
