import type { ReactNode } from 'react';
import type { Area } from './menu';
import { adminArea } from './admin';
import { dashboardArea } from './dashboard';
import { leaderArea } from './leader';
import { supervisorArea } from './supervisor';

/** Every area of the console, in menu order. An area's own file declares its pages, routes and menu entries. */
export const AREAS: readonly Area<ReactNode>[] = [leaderArea, supervisorArea, dashboardArea, adminArea];
