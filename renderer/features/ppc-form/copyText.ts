/**
 * Puts text on the clipboard. The async Clipboard API first; where it is refused (a page without the permission,
 * or Electron's permission check, which denies what the app does not list), the older copy command from a
 * hidden text area, which runs inside the click that asked for it. Resolves false when neither worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the copy command below.
  }
  return copyWithCommand(text);
}

function copyWithCommand(text: string): boolean {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  area.style.pointerEvents = 'none';
  document.body.appendChild(area);
  area.select();
  let done: boolean;
  try {
    done = document.execCommand('copy');
  } catch {
    done = false;
  } finally {
    area.remove();
    // Focus goes back to the button pressed, so keyboard users stay where they were.
    active?.focus();
  }
  return done;
}
