import { createRoot } from 'react-dom/client';

function Popup() {
  return <main data-wiifm="popup">WII-FM Coach</main>;
}

createRoot(document.getElementById('root')!).render(<Popup />);
