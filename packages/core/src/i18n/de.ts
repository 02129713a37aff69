import type { CoreMessages } from './messages.js';

export const de: CoreMessages = {
  config: {
    title: 'Dieser Dienst ist noch nicht eingerichtet',
    missingApiBase: ({ tag }) =>
      `Im Element <${tag}> fehlt das Attribut „api-base“ mit der Adresse der Schnittstelle der Stadt (z. B. api-base="https://stadt.example/api/v1").`,
    invalidApiBase: ({ tag, value }) =>
      `Das Attribut „api-base“ von <${tag}> enthält „${value}“. Erwartet wird eine vollständige Adresse mit https:// oder ein Pfad, der mit / beginnt.`,
    invalidTimeZone: ({ tag, value }) =>
      `Das Attribut „time-zone“ von <${tag}> enthält „${value}“, das ist keine bekannte Zeitzone (z. B. „Europe/Berlin“).`,
    forCitizens: 'Bitte versuchen Sie es später noch einmal oder wenden Sie sich an die Stadtverwaltung.',
  },
  status: {
    loading: 'Wird geladen …',
    loaded: 'Geladen.',
    empty: 'Keine Einträge gefunden.',
    retry: 'Erneut versuchen',
    errorTitle: 'Das hat leider nicht geklappt',
  },
  errors: {
    network: 'Der Server der Stadt ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung.',
    timeout: 'Der Server der Stadt antwortet gerade nicht rechtzeitig.',
    http: 'Beim Server der Stadt ist ein Fehler aufgetreten.',
    'not-found': 'Das Gesuchte wurde nicht gefunden. Es wurde vielleicht verschoben oder gelöscht.',
    conflict: 'Das hat sich inzwischen geändert, zum Beispiel hat jemand anderes den Termin gebucht.',
    'rate-limited': 'Gerade gibt es sehr viele Anfragen.',
    'invalid-response': 'Der Server der Stadt hat eine unerwartete Antwort geschickt.',
    aborted: 'Die Anfrage wurde abgebrochen.',
    unknown: 'Ein unerwarteter Fehler ist aufgetreten.',
    retryAfter: ({ seconds }, f) =>
      `Bitte versuchen Sie es in ${f.plural(seconds, { one: 'einer Sekunde', other: '# Sekunden' })} erneut.`,
  },
  field: {
    required: 'Pflichtfeld',
    errorPrefix: 'Fehler:',
  },
};
