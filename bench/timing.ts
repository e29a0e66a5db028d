/** Extraction time per page, Clearpage's full pipeline against Readability alone on the same page. */
import { median, percentile } from './stats';
import { systems, type PageOutputs, type SystemName } from './systems';

export interface TimingSample {
  corpus: string;
  readability: number;
  clearpage: number;
  readabilityCpu: number;
  clearpageCpu: number;
  parse: number;
}

/** Pages each system gave no text for, by cause. */
export interface Outcomes {
  pages: number;
  /** Parsed again without <style> after jsdom threw (scored normally). */
  stylesDropped: number;
  parseError: number;
  exception: number;
  noArticle: number;
}

export interface TimingSummary {
  pages: number;
  readability: { median: number; p95: number };
  clearpage: { median: number; p95: number };
  /** Per-page ratio Clearpage ÷ Readability. */
  ratio: { median: number; p95: number };
  /** The same ratio on CPU time (less disturbed by other processes on a busy machine). */
  cpuRatio: { median: number; p95: number };
  /** jsdom's parse of the page (not included above). */
  parse: { median: number; p95: number };
}

export class TimingCollector {
  readonly samples: TimingSample[] = [];
  readonly outcomes: Record<string, Record<SystemName, Outcomes>> = {};

  /** Pages jsdom could not parse (no time for either system) are left out of the times. */
  add(corpus: string, outputs: PageOutputs): void {
    const counts = (this.outcomes[corpus] ??= Object.fromEntries(
      systems.map((system) => [system, { pages: 0, stylesDropped: 0, parseError: 0, exception: 0, noArticle: 0 }]),
    ) as Record<SystemName, Outcomes>);
    for (const system of systems) {
      const { ok, error, stylesDropped } = outputs[system];
      const count = counts[system];
      count.pages++;
      if (stylesDropped) count.stylesDropped++;
      if (ok) continue;
      if (/^(parse|read)-error/.test(error ?? '')) count.parseError++;
      else if (error?.startsWith('extract-error')) count.exception++;
      else count.noArticle++;
    }
    const { readability, clearpage } = outputs;
    if (readability.ms === null || clearpage.ms === null) return;
    const parse = ((readability.parseMs ?? 0) + (clearpage.parseMs ?? 0)) / 2;
    this.samples.push({
      corpus,
      readability: readability.ms,
      clearpage: clearpage.ms,
      readabilityCpu: readability.cpuMs ?? Number.NaN,
      clearpageCpu: clearpage.cpuMs ?? Number.NaN,
      parse,
    });
  }

  summary(corpus?: string): TimingSummary {
    const samples = corpus ? this.samples.filter((sample) => sample.corpus === corpus) : this.samples;
    const spread = (values: number[]) => ({ median: median(values), p95: percentile(values, 95) });
    return {
      pages: samples.length,
      readability: spread(samples.map((sample) => sample.readability)),
      clearpage: spread(samples.map((sample) => sample.clearpage)),
      ratio: spread(samples.map((sample) => sample.clearpage / Math.max(sample.readability, 0.01))),
      cpuRatio: spread(samples.map((sample) => sample.clearpageCpu / Math.max(sample.readabilityCpu, 0.01))),
      parse: spread(samples.map((sample) => sample.parse)),
    };
  }

  summaries(): Record<string, TimingSummary> {
    const corpora = [...new Set(this.samples.map((sample) => sample.corpus))];
    return Object.fromEntries([['all', this.summary()], ...corpora.map((corpus) => [corpus, this.summary(corpus)])]);
  }
}
