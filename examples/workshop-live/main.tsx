import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'journey-canvas/style.css';
import { LiveWorkshop } from './LiveWorkshop';
import './live.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <LiveWorkshop />
  </StrictMode>,
);
