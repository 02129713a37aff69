// The host page's own script, as a city's CMS might have it: a language switch and a listener for
// the widgets' events. It knows nothing of the widgets' internals.
const switcher = document.querySelector<HTMLElement>('#language-switch');
const config = document.querySelector('civic-config');
const chosen = document.querySelector<HTMLOutputElement>('#chosen-date');

switcher?.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-lang]');
  if (!button?.dataset.lang || !config) return;
  config.setAttribute('lang', button.dataset.lang);
  for (const other of switcher.querySelectorAll('button[data-lang]')) {
    other.setAttribute('aria-pressed', String(other === button));
  }
});

document.addEventListener('civic-calendar-date-selected', (event) => {
  if (chosen) chosen.value = event.detail.date;
});
