import { AuditOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ReactNode } from 'react';
import type { Area } from './menu';

const ApprovalsPage = lazy(() => import('../pages/supervisor/ApprovalsPage'));
const SubtreeDutiesPage = lazy(() => import('../pages/supervisor/SubtreeDutiesPage'));

/**
 * Supervisors (纪委书记, 组织部长…): what waits for their decision (the emails link to
 * /console/approvals/escalations/<id> and /console/approvals/extensions/<id>) and the duties of their subtree.
 */
export const supervisorArea: Area<ReactNode> = {
  key: 'supervisor',
  pages: [
    { path: 'approvals', element: <ApprovalsPage />, menu: { name: '待我审批', icon: <AuditOutlined /> }, roles: ['supervisor'] },
    { path: 'approvals/:kind/:itemId', element: <ApprovalsPage />, roles: ['supervisor'] },
    { path: 'duties', element: <SubtreeDutiesPage />, menu: { name: '事项总览', icon: <UnorderedListOutlined /> }, roles: ['supervisor', 'administrator', 'systemAdmin'] },
  ],
};
