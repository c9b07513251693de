import { SettingOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ReactNode } from 'react';
import type { Area } from './menu';

// Placeholder: the administration pages go under pages/admin/ and are declared here.
const AdminPage = lazy(() => import('../pages/admin/AdminPage'));

export const adminArea: Area<ReactNode> = {
  key: 'admin',
  pages: [{ path: 'admin', element: <AdminPage />, menu: { name: '组织与人员管理', icon: <SettingOutlined /> }, roles: ['administrator', 'systemAdmin'] }],
};
