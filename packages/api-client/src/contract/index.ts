// The contract as data, for the OpenAPI generator, the mocks and the reference server. Not for widgets.
export { routes, type Route, type Parameter } from './routes.js';
export {
  Contact,
  ReserveBody,
  ConfirmBody,
  EmailConfirmationBody,
  RescheduleBody,
  CreatePaymentBody,
} from './requests.js';
export { components } from './components.js';
export { schemaDocs } from './docs.js';
export { buildOpenApi } from './openapi.js';
