// @civic-widgets/core: everything without side effects. Tags are defined by
// `@civic-widgets/core/config.js` and `@civic-widgets/core/calendar-grid.js`.
export {
  CivicElement,
  type ClientResolution,
  type ConfigProblem,
  type CivicEventDetail,
} from './element/civic-element.js';
export { defineElement } from './element/define.js';
export { CivicConfig } from './config/civic-config.component.js';
export { civicConfigContext, type CivicConfigValue } from './config/context.js';
export { parseApiBase, type ApiBaseResult } from './config/api-base.js';
// Types only: the grid's code comes with `@civic-widgets/core/calendar-grid.js`, so a widget that shows it
// later (and imports that on demand) does not carry it in its first script.
export type {
  CivicCalendarGrid,
  CalendarMarker,
  CalendarDateSelectedDetail,
  CalendarMonthChangedDetail,
} from './calendar-grid/calendar-grid.component.js';
export * from './dates/calendar-date.js';
export { CivicFormatter, DEFAULT_TIME_ZONE, isValidTimeZone, type PluralForms } from './i18n/format.js';
export {
  SUPPORTED_LANGUAGES,
  DEFAULT_LANGUAGE,
  findLang,
  resolveLocale,
  weekStartFor,
  type Language,
  type ResolvedLocale,
} from './i18n/locale.js';
export { catalogKeys, type Catalogs } from './i18n/catalog.js';
export { LazyCatalogs, type CatalogLoaders } from './i18n/lazy-catalogs.js';
export type { CoreMessages, ErrorKind } from './i18n/messages.js';
export { de as coreDe } from './i18n/de.js';
export { loadCoreCatalog } from './i18n/core-catalogs.js';
export { tokens, baseStyles, themePresets } from './theme/tokens.js';
export { addStyles } from './theme/add-styles.js';
export { OnDemand } from './element/on-demand.js';
export {
  API_ERROR_KINDS,
  renderLoading,
  renderError,
  renderEmpty,
  describeError,
  errorKindOf,
  statusStyles,
  type ErrorViewOptions,
} from './ui/status.js';
export { LiveAnnouncer } from './ui/live-announcer.js';
export { TaskStatusController, type TaskViewOptions } from './ui/task-status.js';
export { renderField, fieldStyles, type FieldOptions } from './ui/field.js';
