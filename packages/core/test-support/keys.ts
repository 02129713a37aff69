// Real keyboard input for browser tests in all three engines (see scripts/wtr/key-chord-plugin.mjs).
import { executeServerCommand } from '@web/test-runner-commands';

/** Presses a key or a chord like "Shift+PageDown" or "Shift+Tab". "Space" is sent as " ". */
export async function pressKey(chord: string): Promise<void> {
  const keys = chord.split('+').map((key) => (key === 'Space' ? ' ' : key));
  await executeServerCommand('civic-press-chord', { keys });
}
