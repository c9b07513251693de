export * from './create-activities';
export * from './activity-deps';
export * from './chases/chase-starter';
export * from './events/event-workflows';
export * from './chases/in-lanes';
