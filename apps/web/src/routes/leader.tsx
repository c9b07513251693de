import { FileTextOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ReactNode } from 'react';
import type { Area } from './menu';

const MyDutiesPage = lazy(() => import('../pages/leader/MyDutiesPage'));
const DutyPage = lazy(() => import('../pages/leader/DutyPage'));

/** 责任领导: the open duties and one duty's page (linked from the reminder emails: /console/duties/<id>). */
export const leaderArea: Area<ReactNode> = {
  key: 'leader',
  pages: [
    { path: 'my-duties', element: <MyDutiesPage />, menu: { name: '我的待办', icon: <FileTextOutlined /> }, roles: ['leader'] },
    { path: 'duties/:id', element: <DutyPage />, roles: ['leader', 'supervisor', 'administrator', 'systemAdmin'] },
  ],
};
