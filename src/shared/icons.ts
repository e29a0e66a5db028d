/** Toolbar icon paths; "on" marks a tab whose reader view is open. */
export function toolbarIcon(on: boolean): Record<string, string> {
  const state = on ? 'icon-on' : 'icon';
  return { 16: `icons/${state}-16.png`, 32: `icons/${state}-32.png` };
}
