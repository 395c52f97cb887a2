import { Component, type ReactNode } from 'react';
import { crashText, describeFailure } from './crash-text';

/** The top of the tree: a rendering error shows what failed and what to do, instead of React's empty page. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error: error ?? new Error('unknown error') };
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    const text = crashText();
    return (
      <main className="centered-page">
        <div className="card crash-card" role="alert">
          <h1>{text.title}</h1>
          <p>{text.what.replace('{{what}}', describeFailure(this.state.error))}</p>
          <p>{text.todo}</p>
          <button type="button" className="primary big" autoFocus onClick={() => window.location.reload()}>
            {text.reload}
          </button>
        </div>
      </main>
    );
  }
}
