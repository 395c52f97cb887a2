/** A labelled bar of done out of total, for figures people scan rather than read. */
export function Meter({ done, total, label, tone = 'ok' }: { done: number; total: number; label: string; tone?: 'ok' | 'warn' | 'bad' }) {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  return (
    <div className="meter" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={Math.max(total, 1)} aria-valuenow={done} title={label}>
      <div className={`meter-fill meter-${tone}`} style={{ width: `${Math.round(share * 100)}%` }} />
      <span className="meter-text">
        {done} / {total}
      </span>
    </div>
  );
}
