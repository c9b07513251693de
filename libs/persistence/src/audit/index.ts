export * from './audit-actor';
export * from './audit-chain';
export * from './audit-tables';
