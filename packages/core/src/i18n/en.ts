import type { CoreMessages } from './messages.js';

export const en: CoreMessages = {
  config: {
    title: 'This service has not been set up yet',
    missingApiBase: ({ tag }) =>
      `The element <${tag}> lacks the "api-base" attribute with the address of the city's API (e.g. api-base="https://city.example/api/v1").`,
    invalidApiBase: ({ tag, value }) =>
      `The "api-base" attribute of <${tag}> holds "${value}". It must be a full address starting with https:// or a path starting with /.`,
    invalidTimeZone: ({ tag, value }) =>
      `The "time-zone" attribute of <${tag}> holds "${value}", which is not a known time zone (e.g. "Europe/Berlin").`,
    forCitizens: 'Please try again later or contact the city administration.',
  },
  status: {
    loading: 'Loading …',
    loaded: 'Loaded.',
    empty: 'Nothing found.',
    retry: 'Try again',
    errorTitle: 'Sorry, that did not work',
  },
  errors: {
    network: "The city's server cannot be reached. Please check your internet connection.",
    timeout: "The city's server is not answering in time right now.",
    http: "An error occurred on the city's server.",
    'not-found': 'What you were looking for was not found. It may have been moved or deleted.',
    conflict: 'This has changed in the meantime; for example, someone else booked the appointment.',
    'rate-limited': 'There are very many requests right now.',
    'invalid-response': "The city's server sent an unexpected answer.",
    aborted: 'The request was cancelled.',
    unknown: 'An unexpected error occurred.',
    retryAfter: ({ seconds }, f) =>
      `Please try again in ${f.plural(seconds, { one: 'one second', other: '# seconds' })}.`,
  },
  field: {
    required: 'required',
    errorPrefix: 'Error:',
  },
};
