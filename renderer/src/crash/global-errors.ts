import { crashText, describeFailure } from './crash-text';

/**
 * Uncaught errors and rejections outside React's rendering (an event handler, a timer, a failed import) are shown,
 * never swallowed into a blank page: a full page when nothing is on screen, else a bar above what still works.
 * Plain DOM, because React may be what failed.
 */
export function installGlobalErrorHandlers(root: HTMLElement): void {
  window.addEventListener('error', (event) => showFailure(root, event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => showFailure(root, event.reason));
}

function showFailure(root: HTMLElement, error: unknown): void {
  const text = crashText();
  // Nothing of the app on screen yet: only index.html's words while loading (which would now be untrue), or nothing.
  const blank = root.childElementCount === 0 || root.querySelector('[data-fallback]') !== null;
  const box = document.getElementById('crash-report') ?? document.createElement('div');
  box.id = 'crash-report';
  box.className = blank ? 'crash-page' : 'crash-bar';
  box.setAttribute('role', 'alert');
  box.replaceChildren(element('strong', text.title), element('p', text.what.replace('{{what}}', describeFailure(error))), element('p', text.todo));
  const reload = element('button', text.reload);
  reload.className = 'primary';
  reload.addEventListener('click', () => window.location.reload());
  box.append(reload);
  if (!box.isConnected) document.body.prepend(box);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}
