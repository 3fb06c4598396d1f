// Base styles first: each screen's own stylesheet (imported by the screen) builds on them.
import './ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { DeskClientContext } from './app/client-context';
import { createDeskClient } from './app/desk-client';
import { selectTransport } from './app/select-transport';
import { StartupProblem } from './app/startup-problem';

const choice = selectTransport();
const root = createRoot(document.getElementById('root')!);
root.render(
  <StrictMode>
    {choice.ok ? (
      <DeskClientContext value={createDeskClient(choice.transport)}>
        <App />
      </DeskClientContext>
    ) : (
      <StartupProblem message={choice.message} />
    )}
  </StrictMode>,
);
