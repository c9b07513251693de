export * from './live-statement-rotation';
export * from './spot-check-draw';
