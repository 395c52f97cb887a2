import type { UnhandledReport } from './contract/storage';

/**
 * The last line of defence: an error nothing caught is logged and reported (`onReport`) instead of ending the
 * core at doors-open with every window and gate. Every known path handles its own errors; this catches the
 * unknown ones, and the supervisor (desktop shell, systemd) still restarts a core that does exit.
 */
export function installProcessGuards(onReport: (report: UnhandledReport) => void, now: () => number = Date.now): () => void {
  const report = (kind: UnhandledReport['kind']) => (error: unknown) => {
    console.error(`[core] ${kind}:`, error);
    try {
      onReport({ at: now(), kind, message: (error instanceof Error ? error.message : String(error)).slice(0, 256) });
    } catch (reportError) {
      console.error('[core] the report of an unhandled error failed too:', reportError);
    }
  };
  const onRejection = report('unhandledRejection');
  const onException = report('uncaughtException');
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
