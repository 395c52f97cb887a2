/** A refusal in words, where the eye already is. */
export function ErrorBanner({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span aria-hidden="true">⚠</span> {message}
    </div>
  );
}

/** Something done, said where the eye already is (announced politely). */
export function OkBanner({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="banner banner-ok" role="status">
      {message}
    </div>
  );
}
