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
