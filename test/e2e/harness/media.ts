/** `seconds` of silence as a WAV file (8 kHz mono 16-bit PCM): a media file every browser plays, made without tools. */
export function silentWav(seconds: number): Buffer {
  const rate = 8000;
  const data = rate * 2 * seconds;
  const wav = Buffer.alloc(44 + data);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + data, 4);
  wav.write('WAVEfmt ', 8, 'ascii');
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28); // bytes per second
  wav.writeUInt16LE(2, 32); // block align
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(data, 40);
  return wav;
}

/** A page with two audio players and a paragraph of text around them, for media-state tests. */
export function mediaPage(prose: string): string {
  return `<!doctype html><html lang="en"><head><title>Radio story</title></head><body><h1>Radio story</h1>${prose}
    <audio id="playing" src="/media/silence.wav" loop muted preload="auto" controls></audio>
    <audio id="paused" src="/media/silence.wav" preload="auto" controls></audio>${prose}</body></html>`;
}

/** What a reader would notice about the page's media: playing or not, where, how loud, how fast. */
export const mediaStateScript = `(() => {
  const [playing, paused] = ['playing', 'paused'].map((id) => document.getElementById(id));
  return { playingPaused: playing.paused, playingTime: playing.currentTime, pausedPaused: paused.paused,
    pausedTime: paused.currentTime, volume: paused.volume, rate: paused.playbackRate, muted: playing.muted };
})()`;
