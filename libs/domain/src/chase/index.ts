/** The chase alone (`@duban/domain/chase`): what the duty's workflow needs, without the packs' data. */
export * from './chase-policy';
export * from './chase-plan';
export * from './chase-schedule';
