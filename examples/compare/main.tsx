import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CompareApp } from './CompareApp';
import './compare.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <CompareApp />
  </StrictMode>,
);
