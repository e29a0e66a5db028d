import { choices, defaults, ranges, type Settings } from '../shared/settings';
import { loadSettings, saveSettings } from '../shared/settings-storage';
import { t, type MessageKey } from '../shared/i18n';

const units: Record<string, (value: number) => string> = {
  fontSize: (v) => `${v}px`, contentWidth: (v) => `${v}px`, lineHeight: (v) => v.toFixed(1),
  letterSpacing: (v) => v.toFixed(2), wordSpacing: (v) => v.toFixed(2),
};

function choiceGroup(key: keyof typeof choices, current: string): HTMLFieldSetElement {
  const fieldset = document.createElement('fieldset');
  fieldset.className = `choice ${key}`;
  const legend = document.createElement('legend');
  legend.textContent = t(key);
  fieldset.append(legend);
  for (const value of choices[key]) {
    const label = document.createElement('label');
    const input = Object.assign(document.createElement('input'), { type: 'radio', name: key, value, checked: value === current });
    label.append(input, ` ${t(`${key}_${value}` as MessageKey)}`);
    label.dataset.value = value;
    fieldset.append(label);
  }
  return fieldset;
}

function rangeControl(key: keyof typeof ranges, current: number): HTMLLabelElement {
  const { min, max, step } = ranges[key];
  const label = document.createElement('label');
  label.className = 'range';
  const name = Object.assign(document.createElement('span'), { textContent: t(key) });
  const output = Object.assign(document.createElement('output'), { textContent: units[key]?.(current) ?? String(current) });
  const input = Object.assign(document.createElement('input'), { type: 'range', name: key, min: String(min), max: String(max), step: String(step), value: String(current) });
  input.addEventListener('input', () => { output.textContent = units[key]?.(Number(input.value)) ?? input.value; });
  label.append(name, input, output);
  return label;
}

function checkbox(key: 'openOnToolbarClick' | 'showImages', current: boolean, text: string): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'check';
  const input = Object.assign(document.createElement('input'), { type: 'checkbox', name: key, checked: current });
  label.append(input, ` ${text}`);
  return label;
}

function more(...controls: HTMLElement[]): HTMLDetailsElement {
  const details = document.createElement('details');
  details.className = 'more';
  const summary = document.createElement('summary');
  summary.textContent = t('moreTextOptions');
  details.append(summary, ...controls);
  return details;
}

function readValue(input: HTMLInputElement): unknown {
  if (input.type === 'checkbox') return input.checked;
  return typeof defaults[input.name as keyof Settings] === 'number' ? Number(input.value) : input.value;
}

/** Renders the reading options into `form`; every change is saved (and so applied live) at once. */
export async function renderSettingsForm(form: HTMLFormElement, signal: AbortSignal): Promise<void> {
  const settings = await loadSettings();
  form.replaceChildren(
    choiceGroup('theme', settings.theme),
    choiceGroup('font', settings.font),
    rangeControl('fontSize', settings.fontSize),
    rangeControl('contentWidth', settings.contentWidth),
    rangeControl('lineHeight', settings.lineHeight),
    more(
      rangeControl('letterSpacing', settings.letterSpacing),
      rangeControl('wordSpacing', settings.wordSpacing),
      choiceGroup('textAlign', settings.textAlign),
      checkbox('showImages', settings.showImages, t('showImages')),
    ),
    checkbox('openOnToolbarClick', settings.openOnToolbarClick, t('openOnToolbarClick')),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending: Partial<Record<keyof Settings, unknown>> = {};
  const flush = () => {
    clearTimeout(timer);
    if (!Object.keys(pending).length) return;
    const patch = { ...pending } as Partial<Settings>;
    for (const key of Object.keys(pending)) delete pending[key as keyof Settings];
    void saveSettings(patch);
  };
  // The popup closes the moment a person clicks back on the page: what they chose is written then, never dropped.
  signal.addEventListener('abort', flush, { once: true });
  form.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement;
    if (!(input.name in defaults)) return;
    pending[input.name as keyof Settings] = readValue(input);
    clearTimeout(timer);
    // Sliders fire many events while dragged: one write per pause keeps storage.sync within its write quota.
    if (input.type === 'range') timer = setTimeout(flush, 120);
    else flush();
  }, { signal });
  // A slider let go (or a key press on it) is a finished choice: written at once.
  form.addEventListener('change', flush, { signal });
}
