import { useState } from 'react';
import { CrmSection } from './CrmSection';
import { DataSection } from './DataSection';
import { ReplyRates } from './ReplyRates';
import { SettingsForm } from './SettingsForm';
import './options.css';

export function Options() {
  // "Delete all my data" resets the settings too; a fresh form shows the
  // defaults even when the rep had unsaved edits (the form keeps those on a
  // mere outside save, so it would otherwise still show the deleted values).
  const [formKey, setFormKey] = useState(0);
  return (
    <main data-wiifm="options" className="options">
      <h1>WII-FM Coach settings</h1>
      <SettingsForm key={formKey} />
      <ReplyRates />
      <DataSection onDeleted={() => setFormKey((k) => k + 1)} />
      <CrmSection />
    </main>
  );
}
