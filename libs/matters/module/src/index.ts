export { MattersModule } from './lib/matters.module';
