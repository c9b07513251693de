import { AuditOutlined, BookOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ReactNode } from 'react';
import type { Area } from './menu';

const ApprovalsPage = lazy(() => import('../pages/supervisor/ApprovalsPage'));
const SubtreeDutiesPage = lazy(() => import('../pages/supervisor/SubtreeDutiesPage'));
const LedgerPage = lazy(() => import('../pages/ledger/LedgerPage'));

/**
 * Supervisors (纪委书记, 组织部长…): what waits for their decision (the emails link to
 * /console/approvals/escalations/<id> and /console/approvals/extensions/<id>), the duties of their subtree, and the
 * 履责记实台账 of its teams and people.
 */
export const supervisorArea: Area<ReactNode> = {
  key: 'supervisor',
  pages: [
    { path: 'approvals', element: <ApprovalsPage />, menu: { name: '待我审批', icon: <AuditOutlined /> }, roles: ['supervisor'] },
    { path: 'approvals/:kind/:itemId', element: <ApprovalsPage />, roles: ['supervisor'] },
    { path: 'duties', element: <SubtreeDutiesPage />, menu: { name: '事项总览', icon: <UnorderedListOutlined /> }, roles: ['supervisor', 'administrator', 'systemAdmin'] },
    { path: 'ledgers', element: <LedgerPage />, menu: { name: '履责记实台账', icon: <BookOutlined /> }, roles: ['supervisor', 'administrator', 'systemAdmin'] },
  ],
};
