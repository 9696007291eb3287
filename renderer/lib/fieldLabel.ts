import type { Language } from '../../shared/contract/settings';
import { labelOf, type FieldName } from '../../shared/i18n/field-labels';

/**
 * A field's label as a label: the shared English labels are lower case because messages use them
 * mid-sentence ("Enter the legal name (Japanese)."), so a label on screen gets a capital first letter.
 */
export function fieldLabel(name: FieldName, language: Language): string {
  const text = labelOf(name)[language];
  return language === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Shared English labels are lower case for use mid-sentence; on their own they start with a capital. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
