import { DashboardOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ReactNode } from 'react';
import type { Area } from './menu';

// Placeholder: the dashboard's own pages go under pages/dashboard/ and are declared here.
const DashboardPage = lazy(() => import('../pages/dashboard/DashboardPage'));

export const dashboardArea: Area<ReactNode> = {
  key: 'dashboard',
  pages: [{ path: 'dashboard', element: <DashboardPage />, menu: { name: '督办看板', icon: <DashboardOutlined /> }, roles: ['supervisor', 'administrator', 'systemAdmin'] }],
};
