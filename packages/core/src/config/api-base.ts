/** Outcome of reading an `api-base` value. */
export type ApiBaseResult = { ok: true; url: URL } | { ok: false; problem: 'missing' | 'invalid'; value: string };

/**
 * Accepts an absolute http(s) URL or a path from the page's origin ("/api/v1"), since both are what a
 * webmaster would write. Anything else (a typo like "htps://…", a bare host) is reported, not guessed.
 */
export function parseApiBase(value: string | null | undefined, pageUrl: string): ApiBaseResult {
  const text = value?.trim() ?? '';
  if (!text) return { ok: false, problem: 'missing', value: text };
  const looksAbsolute = /^[a-z][a-z0-9+.-]*:/i.test(text);
  if (!looksAbsolute && !text.startsWith('/')) return { ok: false, problem: 'invalid', value: text };
  try {
    const url = new URL(text, pageUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'invalid', value: text };
    if (!url.pathname.endsWith('/')) url.pathname += '/'; // so relative request paths append, not replace
    return { ok: true, url };
  } catch {
    return { ok: false, problem: 'invalid', value: text };
  }
}
