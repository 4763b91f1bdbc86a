export { RequestsModule } from './lib/requests.module';
export { RequestsDemoData } from './lib/demo-data/requests-demo-data';
