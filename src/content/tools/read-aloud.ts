import { el, type Overlay } from '../overlay';
import { sentenceRanges } from './sentences';
import { t } from '../../shared/i18n';

const speeds = [0.75, 1, 1.25, 1.5, 2];

function highlight(range: Range | null): void {
  try {
    if (range) CSS.highlights.set('clearpage-speaking', new Highlight(range));
    else CSS.highlights.delete('clearpage-speaking');
  } catch {
    // No Custom Highlight API here: the sentence is still kept in view.
  }
}

/** Read aloud with the browser's speech: play/pause, speed, a voice in the article's language, the sentence highlighted. */
export function setupReadAloud(overlay: Overlay, lang: string | undefined, say: (message: string) => void, signal: AbortSignal): void {
  const synth = globalThis.speechSynthesis;
  if (!synth) return;
  const button = el('button', { className: 'tool', type: 'button' }, t('listen'));
  button.setAttribute('aria-pressed', 'false');
  const speed = el('select', { title: t('readingSpeed') });
  speed.setAttribute('aria-label', t('readingSpeed'));
  for (const value of speeds) speed.append(el('option', { value: String(value), selected: value === 1 }, `${value}×`));
  const voice = el('select', { title: t('voice') });
  voice.setAttribute('aria-label', t('voice'));
  const controls = el('span', { className: 'tool', hidden: true }, speed, voice);
  overlay.tools.append(button, controls);

  const language = (lang ?? document.documentElement.lang ?? 'en').toLowerCase();
  const fillVoices = () => {
    const all = synth.getVoices();
    const matching = all.filter((v) => v.lang.toLowerCase().startsWith(language.split('-')[0]!));
    voice.replaceChildren(...(matching.length ? matching : all).map((v) => el('option', { value: v.voiceURI }, `${v.name} (${v.lang})`)));
    voice.hidden = all.length === 0;
  };
  fillVoices();
  synth.addEventListener('voiceschanged', fillVoices, { signal });

  let ranges: Range[] | null = null;
  let index = 0;
  let playing = false;
  // Each utterance belongs to one run: cancel() can still deliver `end` for the old one.
  let run = 0;
  let watchdog: ReturnType<typeof setTimeout> | undefined;

  const setPlaying = (on: boolean) => {
    playing = on;
    button.setAttribute('aria-pressed', String(on));
    button.textContent = t(on ? 'pause' : 'listen');
    controls.hidden = false;
  };
  const stop = () => {
    clearTimeout(watchdog);
    setPlaying(false);
    synth.cancel();
    highlight(null);
  };
  const speakNext = () => {
    const token = ++run;
    ranges ??= sentenceRanges(overlay.article, lang);
    const range = ranges[index];
    if (!playing || !range) {
      if (!range) { index = 0; highlight(null); setPlaying(false); }
      return;
    }
    const utterance = new SpeechSynthesisUtterance(range.toString());
    utterance.lang = lang ?? '';
    utterance.rate = Number(speed.value);
    const chosen = synth.getVoices().find((v) => v.voiceURI === voice.value);
    if (chosen) utterance.voice = chosen;
    // Some engines neither start nor fail (a speech service that never answers): give up plainly.
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      if (token !== run || !playing) return;
      stop();
      say(t('noVoice'));
    }, 4000);
    utterance.onstart = () => {
      clearTimeout(watchdog);
      if (token !== run) return;
      highlight(range);
      range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    };
    utterance.onend = () => {
      if (!playing || token !== run) return;
      index += 1;
      speakNext();
    };
    utterance.onerror = (event) => {
      clearTimeout(watchdog);
      if (token !== run || event.error === 'interrupted' || event.error === 'canceled') return;
      stop();
      say(t('noVoice'));
    };
    highlight(range);
    synth.speak(utterance);
  };

  // The current sentence again from its start, in the chosen voice and speed.
  const restart = () => { if (playing) { synth.cancel(); speakNext(); } };
  button.addEventListener('click', () => {
    if (playing) return stop();
    setPlaying(true);
    restart();
  }, { signal });
  speed.addEventListener('change', restart, { signal });
  voice.addEventListener('change', restart, { signal });
  signal.addEventListener('abort', () => {
    clearTimeout(watchdog);
    playing = false;
    synth.cancel();
    highlight(null);
  }, { once: true });
}
