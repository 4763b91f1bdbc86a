export * from './lib/matters';
export * from './lib/problems';
