import { t } from '../shared/i18n';

/**
 * "March 14, 2024" in the reader's language, or the raw value when it is not a date. Made from the extension's own
 * month names, not `Intl.DateTimeFormat`: a renderer's first Intl date format loads ICU's calendar and time-zone data,
 * 25–60 ms in a fresh Chromium renderer, on the path from a shortcut or one click to the painted article.
 */
export function formatDate(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value.length <= 40 ? value : null;
  const month = t('monthNames').split(',')[date.getMonth()]!.trim();
  return t('publishedDate', date.getDate(), month, date.getFullYear());
}

export function formatReadingTime(minutes: number): string {
  return t('minRead', minutes);
}
