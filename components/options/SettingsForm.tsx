import { useEffect, useRef, useState, type FormEvent } from 'react';
import { RULE_IDS, type RuleId } from '@/lib/rules/types';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings-store';
import {
  CADENCE_FIELD,
  formToSettings,
  RULE_LABELS,
  settingsToForm,
  THRESHOLD_GROUPS,
  WEEKDAY_ORDER,
  WEEKDAYS,
  type FormErrors,
  type FormState,
  type NumberField,
} from './form';
import { NumberInput } from './NumberInput';

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

function ErrorText(props: { id: string; name: string; error?: string }) {
  if (!props.error) return null;
  return (
    <span id={props.id} className="field-error" data-wiifm="field-error" data-field={props.name}>
      {props.error}
    </span>
  );
}

/**
 * Every setting in one form. Errors are shown beside their field as the rep
 * types; Save writes only a form that validates, and open sidebars pick the
 * new settings up at once (they watch the stored item).
 */
export function SettingsForm() {
  const [form, setForm] = useState<FormState>();
  const [dirty, setDirtyState] = useState(false);
  const [status, setStatus] = useState('');
  // The settings watcher reads this, not the state it closed over at mount.
  const dirtyRef = useRef(false);
  const setDirty = (value: boolean) => {
    dirtyRef.current = value;
    setDirtyState(value);
  };

  useEffect(() => {
    void loadSettings().then((s) => setForm((f) => f ?? settingsToForm(s)));
    // Another window saved (or data was deleted): follow it unless the rep is mid-edit.
    return watchSettings((s: Settings) => {
      if (!dirtyRef.current) setForm(settingsToForm(s));
    });
  }, [dirtyRef]);

  if (!form) return <p>Loading settings…</p>;

  const result = formToSettings(form);
  const errors: FormErrors = result.ok ? {} : result.errors;
  const update = (patch: Partial<FormState>) => {
    setForm({ ...form, ...patch });
    setDirty(true);
    setStatus('');
  };
  const setNumber = (name: NumberField, value: string) =>
    update({ numbers: { ...form.numbers, [name]: value } });

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!result.ok) {
      setStatus('Nothing saved: fix the fields marked in red.');
      const first = Object.keys(result.errors)[0];
      e.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    try {
      const saved = await saveSettings(result.settings);
      setForm(settingsToForm(saved));
      setDirty(false);
      setStatus('Saved. Open sidebars use the new settings now.');
    } catch (err) {
      console.error('[wiifm] options: save failed', err instanceof Error ? err.name : '');
      setStatus('Could not save the settings. Nothing was changed.');
    }
  };

  const err = (name: string) => errors[name];
  const describedBy = (name: string) => (err(name) ? `field-${name}-error` : undefined);

  return (
    <form onSubmit={onSubmit} noValidate data-wiifm="settings-form" data-dirty={dirty || undefined}>
      <section aria-labelledby="h-thresholds">
        <h2 id="h-thresholds">Draft checks</h2>
        <p className="hint">The rulebook's defaults; change them to fit your market.</p>
        {THRESHOLD_GROUPS.map((g) => (
          <fieldset key={g.title}>
            <legend>{g.title}</legend>
            {g.fields.map((f) => (
              <NumberInput
                key={f.name}
                spec={f}
                value={form.numbers[f.name]}
                error={err(f.name)}
                onChange={(v) => setNumber(f.name, v)}
              />
            ))}
          </fieldset>
        ))}
        <div className="field">
          <label htmlFor="field-rules.ownNames">Your company and product names, one per line</label>
          <span className="hint" id="own-names-hint">
            Counted as talking about yourself, like "we" and "our".
          </span>
          <textarea
            id="field-rules.ownNames"
            name="rules.ownNames"
            rows={4}
            value={form.ownNames}
            aria-invalid={err('rules.ownNames') ? true : undefined}
            aria-describedby={['own-names-hint', describedBy('rules.ownNames')]
              .filter(Boolean)
              .join(' ')}
            onChange={(e) => update({ ownNames: e.target.value })}
          />
          <ErrorText
            id="field-rules.ownNames-error"
            name="rules.ownNames"
            error={err('rules.ownNames')}
          />
        </div>
        <fieldset aria-describedby="disabled-hint">
          <legend>Checks switched off</legend>
          <span className="hint" id="disabled-hint">
            A ticked check is left out of the sidebar's report.
          </span>
          <div className="checks">
            {RULE_IDS.map((id: RuleId) => (
              <label key={id} className="check">
                <input
                  type="checkbox"
                  name="rules.disabledRules"
                  value={id}
                  checked={form.disabledRules.includes(id)}
                  onChange={(e) =>
                    update({ disabledRules: toggle(form.disabledRules, id, e.target.checked) })
                  }
                />
                {RULE_LABELS[id]}
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <section aria-labelledby="h-followups">
        <h2 id="h-followups">Follow-ups</h2>
        <NumberInput
          spec={CADENCE_FIELD}
          value={form.numbers[CADENCE_FIELD.name]}
          error={err(CADENCE_FIELD.name)}
          onChange={(v) => setNumber(CADENCE_FIELD.name, v)}
        />
        <fieldset
          aria-describedby={describedBy('workingDays')}
          aria-invalid={err('workingDays') ? true : undefined}
        >
          <legend>Working days (follow-ups only fall due on these)</legend>
          <div className="checks">
            {WEEKDAY_ORDER.map((d) => (
              <label key={d} className="check">
                <input
                  type="checkbox"
                  name="workingDays"
                  value={d}
                  checked={form.workingDays.includes(d)}
                  onChange={(e) =>
                    update({ workingDays: toggle(form.workingDays, d, e.target.checked) })
                  }
                />
                {WEEKDAYS[d]}
              </label>
            ))}
          </div>
          <ErrorText id="field-workingDays-error" name="workingDays" error={err('workingDays')} />
        </fieldset>
        <div className="field">
          <label htmlFor="field-neverLogDomains">Never log these domains, one per line</label>
          <span className="hint" id="never-log-hint">
            Colleagues, family: mail to these addresses is not logged as a touch.
          </span>
          <textarea
            id="field-neverLogDomains"
            name="neverLogDomains"
            rows={4}
            placeholder="yourcompany.com"
            value={form.neverLogDomains}
            aria-invalid={err('neverLogDomains') ? true : undefined}
            aria-describedby={['never-log-hint', describedBy('neverLogDomains')]
              .filter(Boolean)
              .join(' ')}
            onChange={(e) => update({ neverLogDomains: e.target.value })}
          />
          <ErrorText
            id="field-neverLogDomains-error"
            name="neverLogDomains"
            error={err('neverLogDomains')}
          />
        </div>
      </section>

      <div className="form-actions">
        <button type="submit" className="primary" data-wiifm="save">
          Save
        </button>
        <button
          type="button"
          data-wiifm="restore-defaults"
          onClick={() => update(settingsToForm(DEFAULT_SETTINGS))}
        >
          Restore defaults
        </button>
        <p className="status" role="status" data-wiifm="settings-status">
          {status}
        </p>
      </div>
    </form>
  );
}
