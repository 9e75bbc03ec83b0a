import assert from 'node:assert/strict';
import { afterFix, assertFlags, assertSilent } from './util';

describe('posting-from-work', () => {
  it('flags posting from the unit, the station, the rig or the employer computer (warning)', () => {
    for (const text of [
      'typing this from the med room where i\'m hiding for 2 min',
      'Quick post from the ambulance bay between calls 🚑',
      'posting from the unit computer bc my phone died lol',
      'on my break in the staff room and just need to say it\'s been a day',
      'Scrolling at 3am while my patients sleep, don\'t tell my charge nurse',
      '#onshift right now and the waiting room is standing room only',
      'Using the hospital wifi to download this season of my show',
    ]) assert.equal(assertFlags(text, 'posting-from-work').severity, 'warning');
  });

  it('names the cues in the message', () => {
    const f = assertFlags('typing this at the nurses\' station while I wait on a callback', 'posting-from-work');
    assert.match(f.message, /typing this/);
    assert.match(f.message, /nurses' station/);
  });

  it('stays silent after the shift, at home, or in policy reminders (hard negatives)', () => {
    for (const text of [
      'shift\'s done. home, shower, bed. grateful for a quiet night',
      'dying to try the new ramen place by the hospital after my last shift of the week',
      'Reminder: never post from the nurses\' station, it\'s against policy.',
      'Scrolling at 3am on my day off because my body clock is broken.',
      'Eight hours in Room 3B of the education building for ACLS renewal.',
    ]) assertSilent(text, 'posting-from-work');
  });

  it('removes the work-time phrase and keeps the rest readable', () => {
    const text = '#onshift and the waiting room is full.';
    const f = assertFlags(text, 'posting-from-work');
    assert.equal(f.fixes[0].title, 'Remove work-time phrase');
    assert.equal(afterFix(text, f), 'The waiting room is full.');
  });
});
