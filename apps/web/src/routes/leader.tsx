import { FileTextOutlined, ProfileOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ReactNode } from 'react';
import type { Area } from './menu';

const MyDutiesPage = lazy(() => import('../pages/leader/MyDutiesPage'));
const DutyPage = lazy(() => import('../pages/leader/DutyPage'));
const MyLedgerPage = lazy(() => import('../pages/ledger/MyLedgerPage'));

/** 责任领导: the open duties, one duty's page (linked from the reminder emails: /console/duties/<id>) and their 履责记实台账. */
export const leaderArea: Area<ReactNode> = {
  key: 'leader',
  pages: [
    { path: 'my-duties', element: <MyDutiesPage />, menu: { name: '我的待办', icon: <FileTextOutlined /> }, roles: ['leader'] },
    { path: 'my-ledger', element: <MyLedgerPage />, menu: { name: '我的履责记实', icon: <ProfileOutlined /> }, roles: ['leader'] },
    { path: 'duties/:id', element: <DutyPage />, roles: ['leader', 'supervisor', 'administrator', 'systemAdmin'] },
  ],
};
