export * from './create-activities';
export * from './activity-deps';
