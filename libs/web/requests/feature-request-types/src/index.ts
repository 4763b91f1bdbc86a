export { requestTypesRoutes } from './lib/request-types.routes';
export { practiceAreasRoutes } from './lib/practice-areas.routes';
export { RequestTypesPageComponent } from './lib/request-types-page.component';
export { RequestTypeEditorComponent } from './lib/request-type-editor.component';
export { PracticeAreasPageComponent } from './lib/practice-areas-page.component';
export { FormBuilderComponent } from './lib/form-builder/form-builder.component';
export { unsavedChangesGuard } from './lib/unsaved-changes.guard';
export type { HasUnsavedChanges } from './lib/unsaved-changes.guard';
