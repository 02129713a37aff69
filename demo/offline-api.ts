// The sample portal has no city behind it: this starts the mock API (sample data for "Musterstadt")
// in a service worker before the widgets load. A real city page leaves this file out.
import { createMockApi } from '@civic-widgets/mocks';
import { setupWorker } from 'msw/browser';

const api = createMockApi({ baseUrl: '/api/v1', now: new Date() });
await setupWorker(...api.handlers).start({ quiet: true, onUnhandledRequest: 'bypass' });
