// Real keyboard input for browser tests in all three engines (see scripts/wtr/key-chord-plugin.mjs).
import { executeServerCommand } from '@web/test-runner-commands';

/** Presses a key or a chord like "Shift+PageDown" or "Shift+Tab". "Space" is sent as " ". */
export async function pressKey(chord: string): Promise<void> {
  const keys = chord.split('+').map((key) => (key === 'Space' ? ' ' : key));
  await executeServerCommand('civic-press-chord', { keys });
}

/**
 * Types text one key press at a time. WebKitGTK's WebDriver drops the second of two equal
 * consecutive characters when they come in one sequence ("Mustermann" → "Musterman").
 */
export async function typeText(text: string): Promise<void> {
  for (const character of text) await executeServerCommand('civic-press-chord', { keys: [character] });
}

/** The element that really has focus, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
