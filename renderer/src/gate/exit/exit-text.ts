// Pure (no DOM): the words of the exit and re-entry verdicts (issue 20), kept beside the entry gate's own.
import type { TFunction } from 'i18next';
import type { GateResult, Verdict } from '../../../../electron/server/contract';
import { gateTime } from '../time';

export const EXIT_VERDICTS = ['still_inside', 'exit', 'exit_final', 'not_inside'] as const;
export type ExitVerdict = (typeof EXIT_VERDICTS)[number];

export const isExitVerdict = (verdict: Verdict): verdict is ExitVerdict => (EXIT_VERDICTS as readonly string[]).includes(verdict);

/** The big word of an exit verdict. */
export const exitWord = (t: TFunction, verdict: ExitVerdict): string => t(`gateExit.word.${verdict}`);

/** What the gate says to do. */
export function exitAction(t: TFunction, verdict: ExitVerdict): string {
  if (verdict === 'exit') return t('gateExit.action.exit');
  if (verdict === 'exit_final') return t('gateExit.action.exit_final');
  if (verdict === 'not_inside') return t('gateExit.action.refuse');
  return t('gate.action.refuse');
}

/** The reason in words, from the facts the core (or the device's cache) sent. */
export function exitReason(t: TFunction, result: GateResult & { verdict: ExitVerdict }, language: string, at: number): string | null {
  const time = (instant: number) => gateTime(instant, language, at);
  switch (result.verdict) {
    case 'still_inside':
      return result.inside ? t('gateExit.reason.still_inside', { time: time(result.inside.at), gate: result.inside.gateName }) : null;
    case 'exit_final':
      return t('gateExit.reason.exit_final');
    case 'not_inside':
      return result.exitedAt === undefined ? t('gateExit.reason.not_inside_never') : t('gateExit.reason.not_inside_out', { time: time(result.exitedAt) });
    case 'exit':
      return null;
  }
}
