export { EmptyStateComponent } from './lib/empty-state.component';
export { PageHeaderComponent } from './lib/page-header.component';
