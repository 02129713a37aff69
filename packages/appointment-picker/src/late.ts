// The parts a citizen needs only once a slot is held, or when opening a manage link. The element
// loads this module on demand (and early, while the calendar is on screen), so the first steps
// render from a smaller script.
export { renderContactStep, toContact, validateContact } from './steps/contact-step.js';
export { renderSummaryStep } from './steps/summary-step.js';
export { renderDoneStep } from './steps/done-step.js';
export { renderRescheduleStep } from './steps/reschedule-step.js';
export { renderManageView } from './steps/manage-view.js';
export { contactErrorsFromProblem } from './steps/contact-errors.js';
export { manageLink, saveFile } from './manage.js';

export type LateModule = typeof import('./late.js');
