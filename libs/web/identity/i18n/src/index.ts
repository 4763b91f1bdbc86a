export { identityScope } from './lib/identity-translations';
export { identityTexts } from './lib/identity-texts';
