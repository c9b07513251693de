import { CalendarOutlined, ControlOutlined, FileSearchOutlined, ScheduleOutlined, SettingOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ReactNode } from 'react';
import type { Area, AreaPage } from './menu';

// Placeholder: the administration pages go under pages/admin/ and are declared here.
const AdminPage = lazy(() => import('../pages/admin/AdminPage'));

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
  pages: [{ path: 'admin', element: <AdminPage />, menu: { name: '组织与人员管理', icon: <SettingOutlined /> }, roles: ['administrator', 'systemAdmin'] }, ...configPages],
};
