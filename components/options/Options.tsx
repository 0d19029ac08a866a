import { DataSection } from './DataSection';
import { SettingsForm } from './SettingsForm';
import './options.css';

export function Options() {
  return (
    <main data-wiifm="options" className="options">
      <h1>WII-FM Coach settings</h1>
      <SettingsForm />
      <DataSection />
    </main>
  );
}
