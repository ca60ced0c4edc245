import type { InputProblem } from './normalize.js';

const INPUT_LABEL: Record<InputProblem['code'], { en: string; fr: string }> = {
  'input.invalid-number': { en: 'Invalid phone number', fr: 'Numéro de téléphone invalide' },
  'input.invalid-time': { en: 'Invalid time', fr: 'Horodatage invalide' },
  'input.invalid-event': { en: 'Invalid history event', fr: "Événement d'historique invalide" },
  'input.invalid-attempt': { en: 'Invalid attempt', fr: 'Tentative invalide' },
  'input.unsupported-country': { en: 'Unsupported country', fr: 'Pays non pris en charge' },
  'input.unknown-time-zone': { en: 'Unknown time zone', fr: 'Fuseau horaire inconnu' },
  'input.invalid-time-zone': { en: 'Invalid time zone', fr: 'Fuseau horaire invalide' },
};

/** One sentence naming the field at fault; the detail stays in English in both locales (it quotes the input). */
export function inputMessage(p: InputProblem, locale: 'en' | 'fr'): string {
  const label = INPUT_LABEL[p.code][locale];
  return locale === 'fr' ? `${label} : ${p.field} ${p.problem}.` : `${label}: ${p.field} ${p.problem}.`;
}
