export { EmptyStateComponent } from './lib/empty-state.component';
