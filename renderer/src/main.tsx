import './crash/install';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { App } from './App';
import { AppErrorBoundary } from './crash/AppErrorBoundary';
import './styles/base.css';
import './styles/frame.css';
import './styles/forms.css';
import './styles/crash.css';

// The app's files on the device (public/sw.js): a gate tablet restarted while the core is away still opens the app.
// Only where the browser allows workers (a secure context: the core's own PC, or HTTPS on the venue network).
if ('serviceWorker' in navigator && window.isSecureContext) {
  void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
}

const root = document.getElementById('root');
if (root) {
  initI18n();
  createRoot(root).render(
    <StrictMode>
      <AppErrorBoundary>
        <App />
      </AppErrorBoundary>
    </StrictMode>,
  );
}
