export * from './duty-chase/duty-chase.workflow';
export * from './duty-chase/duty-chase.messages';
export * from './obligation-cycle/obligation-cycle.workflow';
export * from './obligation-cycle/obligation-cycle.messages';
export * from './appointments/appointment.workflow';
export * from './tenure/tenure-clock.workflow';
export * from './manual-duties/manual-duties.workflow';
export * from './events/event-duties.workflow';
