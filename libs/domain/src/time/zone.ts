/** Due dates are computed in China Standard Time unless an organization says otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
