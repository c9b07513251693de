import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  ControlOutlined,
  FileExcelOutlined,
  FileSearchOutlined,
  IdcardOutlined,
  ScheduleOutlined,
  SoundOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { ReactNode } from 'react';
import type { Area, AreaPage } from './menu';

const ADMINISTRATORS = ['administrator', 'systemAdmin'] as const;

// ---- 组织与人员 (pages/admin/org/**) -------------------------------------------------------------------------------
const OrgTreePage = lazy(() => import('../pages/admin/org/OrgTreePage'));
const PositionsPage = lazy(() => import('../pages/admin/org/PositionsPage'));
const PeoplePage = lazy(() => import('../pages/admin/org/PeoplePage'));
const ImportPage = lazy(() => import('../pages/admin/org/ImportPage'));
const EventsPage = lazy(() => import('../pages/admin/org/EventsPage'));

const orgPages: AreaPage<ReactNode>[] = [
  { path: 'org/tree', element: <OrgTreePage />, menu: { name: '组织树', icon: <ApartmentOutlined /> }, roles: ADMINISTRATORS },
  { path: 'org/positions', element: <PositionsPage />, menu: { name: '岗位与任职', icon: <IdcardOutlined /> }, roles: ADMINISTRATORS },
  { path: 'org/people', element: <PeoplePage />, menu: { name: '人员与账号', icon: <TeamOutlined /> }, roles: ADMINISTRATORS },
  { path: 'org/import', element: <ImportPage />, menu: { name: 'Excel 导入', icon: <FileExcelOutlined /> }, roles: ADMINISTRATORS },
  { path: 'org/events', element: <EventsPage />, menu: { name: '任免与事件', icon: <SolutionOutlined /> }, roles: ADMINISTRATORS },
];

// ---- 制度与周期 (pages/admin/config/**): packs, overrides, cycles, the year's preview, holidays, the audit log ------
const CycleConfigPage = lazy(() => import('../pages/admin/config/CycleConfigPage'));
const PreviewPage = lazy(() => import('../pages/admin/config/PreviewPage'));
const HolidaysPage = lazy(() => import('../pages/admin/config/HolidaysPage'));
const AuditPage = lazy(() => import('../pages/admin/config/AuditPage'));

const configPages: AreaPage<ReactNode>[] = [
  { path: 'config/cycles', element: <CycleConfigPage />, menu: { name: '制度与周期', icon: <ControlOutlined /> }, roles: ADMINISTRATORS },
  { path: 'config/preview', element: <PreviewPage />, menu: { name: '年度预览', icon: <ScheduleOutlined /> }, roles: [...ADMINISTRATORS, 'supervisor'] },
  { path: 'config/holidays', element: <HolidaysPage />, menu: { name: '节假日', icon: <CalendarOutlined /> }, roles: ['systemAdmin'] },
  { path: 'config/audit', element: <AuditPage />, menu: { name: '审计日志', icon: <FileSearchOutlined /> }, roles: [...ADMINISTRATORS, 'supervisor'] },
];

// ---- 随机抽查与现场述责述廉 (pages/admin/checks/**) -----------------------------------------------------------------
const LiveStatementsPage = lazy(() => import('../pages/admin/checks/LiveStatementsPage'));
const SpotChecksPage = lazy(() => import('../pages/admin/checks/SpotChecksPage'));

const checkPages: AreaPage<ReactNode>[] = [
  { path: 'checks/live-statements', element: <LiveStatementsPage />, menu: { name: '现场述责述廉安排', icon: <SoundOutlined /> }, roles: [...ADMINISTRATORS, 'supervisor'] },
  { path: 'checks/spot-checks', element: <SpotChecksPage />, menu: { name: '随机抽查', icon: <AuditOutlined /> }, roles: [...ADMINISTRATORS, 'supervisor'] },
];

export const adminArea: Area<ReactNode> = { key: 'admin', pages: [...orgPages, ...configPages, ...checkPages] };
