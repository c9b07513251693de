export * from './entities';
export * from './data-source';
export * from './repositories/duty-events.repository';
export * from './repositories/organization-tree.repository';
export * from './repositories/cycle-configuration.repository';
export * from './repositories/duty-issuer.repository';
export * from './repositories/position-holder.repository';
export * from './repositories/event-duties.repository';
