// picker.js: "Pick the article" on the live page, injected on first use (the background's `load-chunk`), so content.js
// stays small. Runs in the same isolated world as content.js, which shows the picked block through its pipeline.
import type { PickerApi } from './api';
import { startPicking, type Picked } from './session';
import { runPick } from './flow';
import { offerArea } from './offer-area';
import { locatorFor } from '../../shared/area-locator';

let active: AbortController | null = null;

function pick(): Promise<Picked> {
  active?.abort();
  const controller = new AbortController();
  active = controller;
  return startPicking(controller.signal).finally(() => {
    if (active === controller) active = null;
  });
}

const api: PickerApi = { run: (hooks) => runPick(hooks, pick), cancel: () => active?.abort(), locatorFor, offerArea };

globalThis.__clearpagePicker ??= api;
