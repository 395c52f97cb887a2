import { useTranslation } from 'react-i18next';
import type { Shown } from '../../stores/gate-scan-slice';
import { useGateStore } from '../../stores/gate-store';
import { reasonText } from './reason-text';
import { TicketFacts } from './TicketFacts';
import { VERDICT_LOOK } from './verdict-look';
import { VerdictFrame } from './VerdictFrame';
import { VerdictFooter } from './VerdictFooter';
import { exitAction, exitWord, isExitVerdict } from '../exit/exit-text';
import { ConcessionBand } from './ConcessionBand';

/** A verdict of the core: green admit, amber already used, red refusal with its reason. */
export function ResultView({ shown }: { shown: Extract<Shown, { kind: 'result' }> }) {
  const { t, i18n } = useTranslation();
  const recheckId = useGateStore((state) => state.recheckId);
  const allowSameId = useGateStore((state) => state.allowSameId);
  const { result, attempt, at } = shown;
  const look = VERDICT_LOOK[result.verdict];
  const exitVerdict = isExitVerdict(result.verdict) ? result.verdict : null;
  const action =
    result.verdict === 'same_id_warning'
      ? t('gateSameId.warning')
      : exitVerdict
        ? exitAction(t, exitVerdict)
        : look === 'admit'
          ? t(result.verdict === 'reentry' ? 'gate.action.reentry' : 'gate.action.admit')
          : t('gate.action.refuse');
  // A code missing from the device cache is not proof of a fake: the cache holds this gate's sessions only.
  const reason = shown.offline && result.verdict === 'unknown' ? t('gateOffline.unknownOffline') : reasonText(t, result, attempt, i18n.language, at);
  const checks = [
    attempt.kind === 'byId' && attempt.movedFromTicketField ? t('gateId.idInTicketField') : null,
    attempt.kind === 'code' && attempt.id ? t('gate.idChecked') : null,
    attempt.kind === 'byId' && result.admitted ? t('gate.byIdAdmitted') : null,
    result.checkIn && result.checkIn.entryNo > 1 ? t('gate.entryNo', { count: result.checkIn.entryNo }) : null,
  ].filter((text): text is string => text !== null);

  return (
    <VerdictFrame
      look={look}
      seq={shown.seq}
      verdict={result.verdict}
      word={
        result.verdict === 'concession_age' ? t('gateConcession.word') : isExitVerdict(result.verdict) ? exitWord(t, result.verdict) : t(`gate.word.${result.verdict}`)
      }
      action={action}
      footer={<VerdictFooter shown={shown} />}
      offlineMark={shown.offline ? t('gateOffline.verdictMark') : null}
    >
      {/* What to check of a concession, right under the verdict word: the admission stands only with the proof. */}
      {result.ticket?.concession && (look === 'admit' || look === 'ask') ? (
        <ConcessionBand concession={result.ticket.concession} age={result.concessionAge} />
      ) : null}
      {reason ? <p className={look === 'used' ? 'verdict-reason verdict-reason-big' : 'verdict-reason'}>{reason}</p> : null}
      {checks.length > 0 ? (
        <p className="verdict-checks">
          {checks.map((text) => (
            <span key={text} className="verdict-check">
              {text}
            </span>
          ))}
        </p>
      ) : null}
      {result.ticket ? <TicketFacts ticket={result.ticket} at={at} seatFirst={look === 'admit'} /> : null}
      {result.verdict === 'same_id_used' ? <p className="verdict-reason">{t('gateSameId.refused')}</p> : null}
      {result.verdict === 'same_id_warning' ? (
        <button type="button" className="primary big" onClick={allowSameId}>
          {t('gateSameId.allow')} <kbd>{t('gateSameId.allowKey')}</kbd>
        </button>
      ) : null}
      {result.verdict === 'id_mismatch' && result.ticket ? (
        <button type="button" className="secondary big" onClick={recheckId}>
          {t('gate.id.recheck')}
        </button>
      ) : null}
    </VerdictFrame>
  );
}
