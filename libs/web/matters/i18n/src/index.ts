export { mattersScope } from './lib/matters-translations';
export { mattersTexts } from './lib/matters-texts';
