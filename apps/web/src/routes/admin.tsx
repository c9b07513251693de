import { ApartmentOutlined, CalendarOutlined, ControlOutlined, FileExcelOutlined, FileSearchOutlined, IdcardOutlined, ScheduleOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ReactNode } from 'react';
import type { Area, AreaPage } from './menu';

// Placeholder: the administration pages go under pages/admin/ and are declared here.
const AdminPage = lazy(() => import('../pages/admin/AdminPage'));

// ---- 组织与人员 (pages/admin/org/**) -------------------------------------------------------------------------------
const OrgTreePage = lazy(() => import('../pages/admin/org/OrgTreePage'));
const PositionsPage = lazy(() => import('../pages/admin/org/PositionsPage'));
const PeoplePage = lazy(() => import('../pages/admin/org/PeoplePage'));
const ImportPage = lazy(() => import('../pages/admin/org/ImportPage'));
const EventsPage = lazy(() => import('../pages/admin/org/EventsPage'));

const ADMINISTRATORS = ['administrator', 'systemAdmin'] as const;

const orgPages: AreaPage<ReactNode>[] = [
  { path: 'org/tree', element: <OrgTreePage />, menu: { name: '组织树', icon: <ApartmentOutlined /> }, roles: ADMINISTRATORS },
  { path: 'org/positions', element: <PositionsPage />, menu: { name: '岗位与任职', icon: <IdcardOutlined /> }, roles: ADMINISTRATORS },
  { path: 'org/people', element: <PeoplePage />, menu: { name: '人员与账号', icon: <TeamOutlined /> }, roles: ADMINISTRATORS },
  { path: 'org/import', element: <ImportPage />, menu: { name: 'Excel 导入', icon: <FileExcelOutlined /> }, roles: ADMINISTRATORS },
  { path: 'org/events', element: <EventsPage />, menu: { name: '任免与事件', icon: <ScheduleOutlined /> }, roles: ADMINISTRATORS },
];
// ---- end of 组织与人员 ---------------------------------------------------------------------------------------------

// ── 制度与周期 (pages/admin/config/**): packs, overrides, cycles, the year's preview, holidays, the audit log ──
const CycleConfigPage = lazy(() => import('../pages/admin/config/CycleConfigPage'));
const PreviewPage = lazy(() => import('../pages/admin/config/PreviewPage'));
const HolidaysPage = lazy(() => import('../pages/admin/config/HolidaysPage'));
const AuditPage = lazy(() => import('../pages/admin/config/AuditPage'));

const configPages: AreaPage<ReactNode>[] = [
  { path: 'config/cycles', element: <CycleConfigPage />, menu: { name: '制度与周期', icon: <ControlOutlined /> }, roles: ['administrator', 'systemAdmin'] },
  { path: 'config/preview', element: <PreviewPage />, menu: { name: '年度预览', icon: <ScheduleOutlined /> }, roles: ['administrator', 'systemAdmin', 'supervisor'] },
  { path: 'config/holidays', element: <HolidaysPage />, menu: { name: '节假日', icon: <CalendarOutlined /> }, roles: ['systemAdmin'] },
  { path: 'config/audit', element: <AuditPage />, menu: { name: '审计日志', icon: <FileSearchOutlined /> }, roles: ['administrator', 'systemAdmin', 'supervisor'] },
];
// ── end of 制度与周期 ──

export const adminArea: Area<ReactNode> = {
  key: 'admin',
  pages: [
    { path: 'admin', element: <AdminPage />, menu: { name: '组织与人员管理', icon: <SettingOutlined /> }, roles: ['administrator', 'systemAdmin'] },
    ...orgPages,
    ...configPages,
  ],
};
