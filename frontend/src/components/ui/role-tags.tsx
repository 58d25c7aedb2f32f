import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const ROLE_COLORS: Record<string, string> = {
  ADMIN: 'red',
  COORDINATOR: 'volcano',
  LEADER: 'gold',
  COUNCIL: 'purple',
  UNIT_HEAD: 'blue',
  UNIT_STAFF: 'cyan',
};

export function RoleTag({ role }: { role: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={ROLE_COLORS[role] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {t(`roles.${role}`, { defaultValue: role })}
    </Tag>
  );
}

export function RoleTags({ roles }: { roles: readonly string[] }) {
  return (
    <Space size={4} wrap>
      {roles.map((role) => (
        <RoleTag key={role} role={role} />
      ))}
    </Space>
  );
}
