export * from './rectification';
export * from './milestones';
export * from './rectification-lifecycle';
export * from './rectification-steps';
