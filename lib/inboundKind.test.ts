import { describe, expect, it } from 'vitest';
import { inboundKind, isBounceSender } from './inboundKind';

const from = 'dana.buyer@acme.example';

describe('what an incoming email is', () => {
  it.each([
    'Automatic reply: Pilot for the May close',
    'Out of Office: Pilot for the May close',
    'Out of office - back on Monday',
    'RE: Automatic reply: Q3 renewal',
    'Auto-Reply: Q3 renewal',
    'Autoreply: Q3 renewal',
    'Abwesenheitsnotiz: Pilot für den Mai-Abschluss',
    'AW: Automatische Antwort: Pilot',
    'Réponse automatique : Projet pilote',
    'Respuesta automática: Piloto',
    'Risposta automatica: Pilota',
    'Automatisch antwoord: Pilot',
    'Resposta automática: Piloto',
    'Autosvar: Pilot',
    'Automatyczna odpowiedź: Pilot',
    'Автоматический ответ: Пилот',
    '自动回复: 试点',
    '自動返信: パイロット',
  ])('reads "%s" as an automatic reply, which does not reset the cadence', (subject) => {
    expect(inboundKind({ from, subject })).toBe('auto-reply');
  });

  it.each([
    'Re: Pilot for the May close',
    'Re: back from out of office, shall we talk Thursday?',
    'Absence management for 40 stores',
    'Re: Automatic replies are annoying, here is my real answer',
    '',
  ])('reads "%s" as a reply the rep owes an answer to', (subject) => {
    expect(inboundKind({ from, subject })).toBe('reply');
  });

  it("reads Gmail's delivery failure and other servers' bounces as bounces", () => {
    expect(
      inboundKind({
        from: 'mailer-daemon@googlemail.com',
        fromName: 'Mail Delivery Subsystem',
        subject: 'Delivery Status Notification (Failure)',
      }),
    ).toBe('bounce');
    expect(inboundKind({ from: 'postmaster@acme.example', subject: 'Undeliverable: Pilot' })).toBe(
      'bounce',
    );
    expect(
      inboundKind({ from: 'no-reply@mx.example', subject: 'Undelivered Mail Returned to Sender' }),
    ).toBe('bounce');
    expect(
      inboundKind({ from: 'x@mx.example', fromName: 'Mail Delivery System', subject: 'Hi' }),
    ).toBe('bounce');
  });

  it('knows a delivery system by its address or name, not a person named like one', () => {
    expect(isBounceSender('MAILER-DAEMON@mx.acme.example')).toBe(true);
    expect(isBounceSender('postmaster@acme.example')).toBe(true);
    expect(isBounceSender('dana.buyer@acme.example', 'Dana Buyer')).toBe(false);
    expect(isBounceSender('daemon.fan@acme.example', 'Mailer Daemon Fan')).toBe(false);
  });
});
