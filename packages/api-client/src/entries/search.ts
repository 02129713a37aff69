// Search helpers on their own, so a widget that filters lists does not pull in any service.
export { foldDiacritics, foldForSearch } from '../search/fold.js';
