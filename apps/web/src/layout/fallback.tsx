import { Spin } from 'antd';

/** What shows while a page's code (one chunk per page) is loading. */
export const pageFallback = <Spin size="large" style={{ display: 'block', margin: '120px auto' }} />;
