export { RequestsModule } from './lib/requests.module';
export { RequestsDemoData } from './lib/demo-data/requests-demo-data';
export { categoryNameStreamName } from './lib/category-names/category-names';
