/** What just happened, confirmed where the eye already is (the counterpart of ErrorBanner). */
export function NoticeBanner({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="banner banner-ok" role="status">
      {message}
    </div>
  );
}
