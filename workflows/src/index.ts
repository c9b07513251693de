export * from './duty-chase/duty-chase.workflow';
export * from './duty-chase/duty-chase.messages';
