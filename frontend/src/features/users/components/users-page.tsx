import { EditOutlined, PlusOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Input, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '@/lib/units';
import { ImportDialog } from '@/components/import/import-dialog';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { RoleTags } from '@/components/ui/role-tags';
import { importUsers, USERS_IMPORT_TEMPLATE_URL } from '../api/import-users';
import { USERS_QUERY_KEY, useUsers } from '../hooks/use-users';
import type { User } from '../types';
import { UserFormModal } from './user-form-modal';

export function UsersPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState({ q: '', page: 0, size: 20 });
  const usersQuery = useUsers(query);
  const unitsQuery = useUnits();
  const [editing, setEditing] = useState<{ user?: User } | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const data = usersQuery.data;

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} onClick={() => void usersQuery.refetch()} loading={usersQuery.isFetching}>
              {t('common.refresh')}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)} data-testid="users-import">
              {t('import.button')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="user-create">
              {t('users.create')}
            </Button>
          </Space>
        }
      />
      <Card>
        {usersQuery.error ? <ErrorAlert error={usersQuery.error} style={{ marginBottom: 16 }} /> : null}
        <Input.Search
          allowClear
          enterButton
          placeholder={t('users.searchPlaceholder')}
          onSearch={(q) => setQuery((prev) => ({ ...prev, q, page: 0 }))}
          style={{ maxWidth: 420, marginBottom: 16 }}
          data-testid="users-search"
        />
        <Table<User>
          rowKey="id"
          size="middle"
          loading={usersQuery.isLoading || (usersQuery.isFetching && usersQuery.isPlaceholderData)}
          dataSource={data?.content ?? []}
          data-testid="users-table"
          pagination={{
            current: (data?.page ?? query.page) + 1,
            pageSize: data?.size ?? query.size,
            total: data?.totalElements ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => t('users.total', { count: total }),
          }}
          onChange={(pagination) =>
            setQuery((prev) => ({
              ...prev,
              page: Math.max(0, (pagination.current ?? 1) - 1),
              size: pagination.pageSize ?? prev.size,
            }))
          }
          columns={[
            { title: t('auth.username'), dataIndex: 'username', width: 160 },
            { title: t('users.displayName'), dataIndex: 'displayName' },
            { title: t('users.email'), dataIndex: 'email', render: (v?: string | null) => v ?? '' },
            { title: t('users.unit'), dataIndex: 'unitName', render: (v?: string | null) => v ?? '' },
            { title: t('users.roles'), dataIndex: 'roles', render: (roles: string[]) => <RoleTags roles={roles ?? []} /> },
            {
              title: t('users.status'),
              key: 'status',
              width: 170,
              render: (_, user) => (
                <Space size={4} wrap>
                  {user.enabled ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.disabled')}</Tag>}
                  {user.hasPassword ? null : (
                    <Tooltip title={t('users.noPasswordHint')}>
                      <Tag color="warning">{t('users.noPassword')}</Tag>
                    </Tooltip>
                  )}
                </Space>
              ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 90,
              render: (_, user) => (
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ user })} aria-label={t('common.edit')}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <UserFormModal open={editing !== null} user={editing?.user} units={unitsQuery.data ?? []} onClose={() => setEditing(null)} />
      <ImportDialog
        open={importOpen}
        title={t('users.importTitle')}
        templateUrl={USERS_IMPORT_TEMPLATE_URL}
        upload={importUsers}
        onClose={() => setImportOpen(false)}
        onImported={() => void queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY })}
        columns={[
          { name: 'Tên đăng nhập', hint: t('users.importCols.username') },
          { name: 'Họ và tên', hint: t('users.importCols.displayName') },
          { name: 'Email', hint: t('users.importCols.email') },
          { name: 'Đơn vị', hint: t('users.importCols.unit') },
          { name: 'Vai trò', hint: t('users.importCols.roles', { roles: 'ADMIN, COORDINATOR, LEADER, COUNCIL, UNIT_HEAD, UNIT_STAFF' }) },
          { name: 'Mật khẩu', hint: t('users.importCols.password') },
        ]}
      />
    </>
  );
}
