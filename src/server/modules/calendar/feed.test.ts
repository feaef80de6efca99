import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { buildFeed, type FeedItem } from './feed.ts';

/*
 * The feed writer on its own, read back by node-ical: timed items (the seam for network meetings) keep
 * their Oslo wall-clock time in summer and winter time, all-day items stay on their date, and the
 * calendar carries the zone and the language.
 */

const timed = (uid: string, start: string, end: string): FeedItem => ({
  uid,
  when: { start: new Date(start), end: new Date(end) },
  summary: uid,
});

describe('buildFeed', () => {
  it.each([
    // UTC instant → Oslo wall clock: +2 in summer time, +1 in winter, both sides of the October change.
    ['summer', '2026-09-01T10:00:00Z', 'DTSTART;TZID=Europe/Oslo:20260901T120000'],
    ['last summer day', '2026-10-24T16:30:00Z', 'DTSTART;TZID=Europe/Oslo:20261024T183000'],
    ['first winter day', '2026-10-26T16:30:00Z', 'DTSTART;TZID=Europe/Oslo:20261026T173000'],
    ['winter', '2027-01-11T07:15:00Z', 'DTSTART;TZID=Europe/Oslo:20270111T081500'],
  ])('writes a timed item in Oslo time (%s)', (_name, start, line) => {
    const end = new Date(new Date(start).getTime() + 90 * 60_000).toISOString();
    const text = buildFeed([timed('m@tillit', start, end)], { locale: 'nb', now: new Date('2026-08-01T00:00:00Z') });
    expect(text).toContain(`${line}\r\n`);
    const [event] = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    // node-ical resolves TZID through the zone: the instant comes back unchanged.
    expect(event?.start.toISOString()).toBe(new Date(start).toISOString());
    expect(event?.end?.toISOString()).toBe(end);
  });

  it('writes all-day items on their date, cancelled ones as CANCELLED, one VTIMEZONE, CRLF lines and UTC DTSTAMP', () => {
    const text = buildFeed(
      [
        { uid: 'a@tillit', when: { allDay: '2026-12-31' }, summary: 'Nyttårsaften', cancelled: true, sequence: 1 },
        { uid: 'b@tillit', when: { allDay: '2027-01-04' }, summary: 'Etter ferien', location: 'Bakkeli skole' },
      ],
      { locale: 'en', now: new Date('2026-12-01T08:00:00Z') },
    );
    expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(text).toContain('DTSTAMP:20261201T080000Z');
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(text).toContain('TZID:Europe/Oslo');
    expect(text).not.toContain('Europe/Berlin');
    expect(text).toContain('PRODID:-//Tillit//Tillit//EN');
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    const events = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    expect(events.map((e) => [e.uid, e.status, e.datetype])).toEqual([
      ['a@tillit', 'CANCELLED', 'date'],
      ['b@tillit', 'CONFIRMED', 'date'],
    ]);
    expect(events[1]?.location).toBe('Bakkeli skole');
  });

  it('is a valid empty calendar with no items', () => {
    const text = buildFeed([], { locale: 'nn', now: new Date() });
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(text).toContain('END:VTIMEZONE\r\n');
    expect(Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT')).toHaveLength(0);
  });
});
