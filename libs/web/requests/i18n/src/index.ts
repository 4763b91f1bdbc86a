export { requestsScope } from './lib/requests-translations';
export { requestsTexts } from './lib/requests-texts';
