import { LogoutOutlined } from '@ant-design/icons';
import { ProLayout } from '@ant-design/pro-components';
import { Button, Grid, Popconfirm } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { pageFallback } from './fallback';
import { useAuth } from '../auth/AuthProvider';
import { ErrorBoundary } from '../errors/ErrorBoundary';
import { AREAS } from '../routes';
import { menuFor } from '../routes/menu';
import { ROLE_LABELS, rolesHeld } from '../routes/roles';

/** The frame of every page after login: the menu the person's roles allow, their name, and 退出登录. */
export function ConsoleLayout() {
  const { me, logout } = useAuth();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const menu = useMemo(() => (me ? menuFor(AREAS, me.roles) : []), [me]);
  const [collapsed, setCollapsed] = useState(() => window.matchMedia('(max-width: 767px)').matches);
  if (!me) return null;
  const roles = rolesHeld(me.roles).map((role) => ROLE_LABELS[role]);

  return (
    <ProLayout
      title="督办工作台"
      logo={false}
      layout="side"
      fixSiderbar
      // Collapsing is the person's choice, not a side effect of a wide table; on a phone the menu is a closed drawer.
      breakpoint={false}
      collapsed={collapsed}
      onCollapse={setCollapsed}
      location={{ pathname: location.pathname }}
      route={{ path: '/', routes: menu.map((entry) => ({ path: entry.path, name: entry.name, icon: entry.icon })) }}
      menuItemRender={(item, dom) => (item.path ? <Link to={item.path}>{dom}</Link> : dom)}
      // On a phone the header has room for the name only (the roles would wrap out of it).
      avatarProps={{ title: `${me.person.name}${roles.length && screens.sm !== false ? `（${roles.join('、')}）` : ''}`, size: 'small' }}
      actionsRender={() => [
        <Popconfirm key="logout" title="确定退出登录？" okText="退出" cancelText="取消" onConfirm={() => logout()}>
          <Button type="text" icon={<LogoutOutlined />}>
            退出
          </Button>
        </Popconfirm>,
      ]}
    >
      <ErrorBoundary key={location.pathname}>
        <Suspense fallback={pageFallback}>
          <Outlet />
        </Suspense>
      </ErrorBoundary>
    </ProLayout>
  );
}
