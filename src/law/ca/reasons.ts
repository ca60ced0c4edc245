/**
 * The Canadian exemptions two regimes share: the National DNCL (Telecommunications Act s. 41.7(1),
 * UTR Part II) and CASL for SMS (s. 6, SOR/2013-221 s. 3). Each is defined once; `lifts` says which
 * regime it lifts ('ca.dncl' for the list, absent for CASL s. 6), and the message follows it.
 */
import { defineReason } from '../../core/reason.js';
import { consentExemption } from '../common/consent.js';

type SectorFacts = { sector: string; lifts?: string };
const SECTOR_FACTS = { sector: "the attempt's sector", lifts: "'ca.dncl' when it lifts the National DNCL; absent: CASL s. 6" } as const;

/** The consumer's express consent: to be called (DNCL) or to receive commercial messages (CASL s. 6(1)). */
export const CONSENT = consentExemption('ca.exemption.consent', (f) => f.lifts === 'ca.dncl'
  ? { en: `The consumer expressly consented on ${f.consentAt} to be called: the National DNCL does not apply.`, fr: `Le consommateur a consenti expressément le ${f.consentAt} à être appelé : la LNNTE ne s'applique pas.` }
  : { en: `The recipient expressly consented on ${f.consentAt} to receive commercial messages.`, fr: `Le destinataire a consenti expressément le ${f.consentAt} à recevoir des messages commerciaux.` });

/** A registered charity: outside the DNCL (s. 41.7(1)(a)) and CASL s. 6 for fundraising (SOR/2013-221 s. 3(g)). */
export const CHARITY = defineReason<SectorFacts>()('ca.exemption.charity', {
  kind: 'exempt',
  facts: SECTOR_FACTS,
  example: { sector: 'charity', lifts: 'ca.dncl' },
  message: (f) => f.lifts === 'ca.dncl'
    ? { en: 'Call by or for a registered charity: the National DNCL does not apply (s. 41.7(1)(a)).', fr: "Appel par ou pour un organisme de bienfaisance enregistré : la LNNTE ne s'applique pas (art. 41.7(1)a))." }
    : { en: 'Fundraising message by or for a registered charity: exempt from CASL s. 6 (SOR/2013-221 s. 3(g)).', fr: "Message de collecte de fonds d'un organisme de bienfaisance enregistré : exempté de l'art. 6 (DORS/2013-221, art. 3g))." },
});

/** Political calls and messages: outside the DNCL (s. 41.7(1)(c)–(e)) and CASL s. 6 (SOR/2013-221 s. 3(h)). */
export const POLITICAL = defineReason<SectorFacts>()('ca.exemption.political', {
  kind: 'exempt',
  facts: SECTOR_FACTS,
  example: { sector: 'political' },
  message: (f) => f.lifts === 'ca.dncl'
    ? { en: 'Call by or for a political party, candidate or association: the National DNCL does not apply (s. 41.7(1)(c)–(e)).', fr: "Appel par ou pour un parti, un candidat ou une association politique : la LNNTE ne s'applique pas (art. 41.7(1)c)–e))." }
    : { en: 'Message soliciting a political contribution: exempt from CASL s. 6 (SOR/2013-221 s. 3(h)).', fr: "Message sollicitant une contribution politique : exempté de l'art. 6 (DORS/2013-221, art. 3h))." },
});

/** Newspaper subscriptions: outside the DNCL (s. 41.7(1)(g)). */
export const PRESS = defineReason<SectorFacts>()('ca.exemption.press', {
  kind: 'exempt',
  facts: SECTOR_FACTS,
  example: { sector: 'press', lifts: 'ca.dncl' },
  message: () => ({ en: 'Call to sell a subscription to a newspaper of general circulation: the National DNCL does not apply (s. 41.7(1)(g)).', fr: "Appel pour un abonnement à un journal à grand tirage : la LNNTE ne s'applique pas (art. 41.7(1)g))." }),
});
