import { Spin, type TableColumnsType } from 'antd';
import { ConfigContext } from 'antd/es/config-provider/context';
import useCSSVarCls from 'antd/es/config-provider/hooks/useCSSVarCls';
// antd's own rc-table build and the Table's own styles, without its sorter, filter dropdowns (Tree,
// Checkbox, Radio, Dropdown), selection and pagination: antd's Table imports all of them whatever a
// page uses (~70 KB gzip), which a list that the server filters and pages never needs
import RcTable from 'antd/es/table/RcTable';
import useStyle from 'antd/es/table/style';
import { useContext, type HTMLAttributes, type Key } from 'react';

type Props<T> = {
  columns: TableColumnsType<T>;
  dataSource: readonly T[];
  rowKey: keyof T & string;
  loading?: boolean;
  emptyText: string;
  size?: 'small' | 'middle';
  scroll?: { x?: number | string | true };
  sticky?: boolean | { offsetHeader?: number; offsetScroll?: number };
  onRow?: (record: T, index?: number) => HTMLAttributes<HTMLElement>;
  rowClassName?: (record: T, index: number) => string;
};

/**
 * A plain antd table (same markup, classes and styles as antd's Table: fixed columns, sticky header
 * and scroll bar, loading spinner, empty text) for lists that need no sorting, column filters,
 * selection or pagination in the browser. Anything more: use antd's Table.
 */
export function LeanTable<T extends object>({ columns, dataSource, rowKey, loading, emptyText, size, scroll, sticky, onRow, rowClassName }: Props<T>) {
  const { getPrefixCls, direction } = useContext(ConfigContext);
  const prefixCls = getPrefixCls('table');
  const rootCls = useCSSVarCls(prefixCls);
  const [hashId, cssVarCls] = useStyle(prefixCls, rootCls);
  const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');
  return (
    <div className={classes(cssVarCls, rootCls, `${prefixCls}-wrapper`, direction === 'rtl' && `${prefixCls}-wrapper-rtl`, hashId)}>
      <Spin spinning={Boolean(loading)}>
        <RcTable<T>
          prefixCls={prefixCls}
          className={classes(
            size === 'middle' && `${prefixCls}-medium`,
            size === 'small' && `${prefixCls}-small`,
            dataSource.length === 0 && `${prefixCls}-empty`,
            cssVarCls,
            rootCls,
            hashId,
          )}
          direction={direction}
          columns={columns as never}
          data={dataSource}
          rowKey={(record: T) => record[rowKey] as Key}
          rowClassName={rowClassName}
          onRow={onRow}
          emptyText={emptyText}
          scroll={scroll}
          sticky={sticky}
        />
      </Spin>
    </div>
  );
}
