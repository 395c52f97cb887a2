// Pure (no DOM): the words of a concession ticket at the gate (issue 20): what to check, and why an age was refused.
import type { TFunction } from 'i18next';
import type { ConcessionAge, GateConcession } from '../../../../electron/server/contract/gate-concession';

/** 老年 → 老年票 (a type already named 学生票 stays so). */
const ticketName = (t: TFunction, name: string): string => t('gateConcession.ticketName', { name: name.replace(/票$/, '') });

/** The age bounds as the band shows them: ≥60 岁, <14 岁, 14–17 岁. */
function bounds(t: TFunction, c: GateConcession): string {
  if (c.minAge !== null && c.maxAge !== null) return t('gateConcession.bounds.both', { min: c.minAge, last: c.maxAge - 1 });
  if (c.minAge !== null) return t('gateConcession.bounds.min', { min: c.minAge });
  return t('gateConcession.bounds.max', { max: c.maxAge ?? 0 });
}

/** The band beside an admission: what the gate must see (the card, or the ID's age), or the age already read and fitting. */
export function concessionBand(t: TFunction, c: GateConcession, age: ConcessionAge | undefined): string {
  const ticket = ticketName(t, c.name);
  if (c.proof === 'gate') return t('gateConcession.band.gate', { ticket, name: c.name.replace(/票$/, '') });
  if (age?.fits) return t('gateConcession.band.ageFits', { ticket, age: age.age });
  return t('gateConcession.band.idAge', { ticket, bounds: bounds(t, c) });
}

/** Why a concession's age was refused, in words: the rule and the age the document gives. */
export function concessionRefusal(t: TFunction, c: GateConcession | null, age: ConcessionAge | undefined): string | null {
  if (!c || !age) return null;
  const rule =
    c.minAge !== null && c.maxAge !== null
      ? t('gateConcession.rule.both', { min: c.minAge, max: c.maxAge })
      : c.minAge !== null
        ? t('gateConcession.rule.min', { min: c.minAge })
        : t('gateConcession.rule.max', { max: c.maxAge ?? 0 });
  return t('gateConcession.reason', { ticket: ticketName(t, c.name), rule, age: age.age });
}
