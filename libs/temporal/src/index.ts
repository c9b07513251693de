export * from './duban-workflow-client';
export * from './chase-starter';
export * from './event-workflows';
export * from './in-lanes';
