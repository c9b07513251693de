import { DashboardOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ReactNode } from 'react';
import type { Area } from './menu';

// 督办看板 (pages/dashboard/): the figures of a subtree for a year, each drilling into its duties; ECharts loads with it.
const DashboardPage = lazy(() => import('../pages/dashboard/DashboardPage'));

export const dashboardArea: Area<ReactNode> = {
  key: 'dashboard',
  pages: [{ path: 'dashboard', element: <DashboardPage />, menu: { name: '督办看板', icon: <DashboardOutlined /> }, roles: ['supervisor', 'administrator', 'systemAdmin'] }],
};
