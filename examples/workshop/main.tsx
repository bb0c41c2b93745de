import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Workshop } from './Workshop';
import './workshop.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <Workshop />
  </StrictMode>,
);
