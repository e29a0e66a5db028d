import { t } from '../shared/i18n';
/** "14 March 2024" in the reader's language, or the raw value when it is not a date. */
export function formatDate(value: string | null, locale?: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value.length <= 40 ? value : null;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

export function formatReadingTime(minutes: number): string {
  return t('minRead', minutes);
}
