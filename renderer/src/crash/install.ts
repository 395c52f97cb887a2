import { installGlobalErrorHandlers } from './global-errors';

// Imported first by main.tsx: ES modules run in import order, so the handlers are in place before any module of
// the app runs, and an error thrown while the app's modules load is shown too (it would otherwise leave the page as is).
const root = document.getElementById('root');
if (root) installGlobalErrorHandlers(root);
