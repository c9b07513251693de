export * from './entities';
export * from './data-source';
export * from './repositories/duty-events.repository';
export * from './repositories/organization-tree.repository';
export * from './audit';
export * from './repositories/cycle-configuration.repository';
export * from './repositories/duty-issuer.repository';
