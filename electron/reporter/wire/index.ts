// The wire layer of the standard's Annex A: schemas, the inferred table, date-times and issue messages.
export * from './auth';
export * from './datetime';
export * from './envelope';
export * from './fields';
export * from './inferred';
export * from './interfaces';
export * from './issues';
export * from './performance';
export * from './reference';
export * from './reports';
