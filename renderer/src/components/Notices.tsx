import { ErrorBanner } from './ErrorBanner';

/** What the last action on a screen came to: its refusal, or what it did. */
export function Notices({ error, notice }: { error: string | null; notice: string | null }) {
  return (
    <>
      <ErrorBanner message={error} />
      {notice ? (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      ) : null}
    </>
  );
}
