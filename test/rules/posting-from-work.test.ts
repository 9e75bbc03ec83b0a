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
      'Psych patients deserve the same dignity as anyone else, and our unit fights for that.',
    ]) assertSilent(text, 'posting-from-work');
  });

  it('reads saying where you are on shift right now as posting from work, even without a posting verb', () => {
    for (const text of [
      'Sitting at the nurses station rn with a cold coffee and six call lights on.',
      "It's 4am and I'm in the med room eating crackers for dinner.",
      'Currently hiding in the clean utility room with a granola bar.',
      'Hour 9 of 12 and the vending machine just ate my last dollar.',
      'Updating my LinkedIn from the charting station during a lull.',
      'On my break at the nurses station, 4 hours to go and off tomorrow!',
    ]) assertFlags(text, 'posting-from-work');
  });

  it('does not read stories, plans or other days at the workplace as posting from work (hard negatives)', () => {
    for (const text of [
      'Our break room got a new coffee machine and the whole unit is thrilled.',
      'Remember when the nurses station still had a fax machine?',
      'Potluck in the staff room tomorrow, bring a dish!',
      'Nothing beats the view from the helipad during our flight-nurse orientation.',
      'Morning meds, the first walk of a post-op patient down the hallway: I loved that rhythm for fourteen years.',
      'Night 5 of 5 done. Home, shower, bed.',
    ]) assertSilent(text, 'posting-from-work');
  });

  it('hears live talk about the shift and work places as families (rooms, cupboards, desks, employer devices)', () => {
    for (const text of [
      'brb my call lights are going off again',
      '10 mins till my 0400 obs, someone talk to me',
      'posting from the sluice room, shhh',
      'scrolling in the linen cupboard for two minutes of peace',
      'logged onto my personal account from the ward PC, oops',
      'replying to DMs in between checking scripts',
      'typing this while my patients nap',
    ]) assertFlags(text, 'posting-from-work');
  });

  it('does not read news about a place or a story about duties as posting now (hard negatives)', () => {
    for (const text of [
      'Hospital wifi upgrade is finally rolling out to the wards next month.',
      'Call bells going off all night was the soundtrack of my first year.',
      'Posting from the living room, day off, cat on my lap.',
      'The lovely lady in room 9 recommended me six books between obs rounds.',
    ]) assertSilent(text, 'posting-from-work');
  });

  it('removes the work-time phrase and keeps the rest readable', () => {
    const text = '#onshift and the waiting room is full.';
    const f = assertFlags(text, 'posting-from-work');
    assert.equal(f.fixes[0].title, 'Remove work-time phrase');
    assert.equal(afterFix(text, f), 'The waiting room is full.');
  });

  it('does not read travel, the author\'s own appointments, class, past events or unit photos as posting from work (hard negatives)', () => {
    for (const text of [
      "sitting in the waiting room at my own doctor's appointment, this is what my patients feel like huh",
      'typing this from the airport lounge, heading to Lisbon for a week. no pagers, no call lights 🌴',
      'selfie from the break room at the staff appreciation breakfast last Friday, the waffles were 10/10',
      "posting our unit's holiday card photo - all 40 of us in matching ugly sweaters 🎄",
      'just watched a YouTube video of a heart transplant in the OR for pharm class. surgeons are wizards',
      'quick post from the train station, running late for my flight to the nursing conference ✈️',
    ]) assertSilent(text, 'posting-from-work');
    // A device or machine talked about is not a place the writer sits in; used as a medium, it is.
    assertSilent('The hospital wifi is trash today. Trying to download my CE certificate for the third time.', 'posting-from-work');
    assertSilent('Anyone else low-key scared of the Pyxis? it beeps at me like it knows something', 'posting-from-work');
    assertFlags('on the hospital wifi so this might not send', 'posting-from-work');
    assertFlags('Listening to this podcast on one earbud while I restock the crash cart. Multitasking!', 'posting-from-work');
    assertFlags("Using the clinic's wifi to upload my vlog between appointments", 'posting-from-work');
    assertFlags('posting this from the nurses\' station because it\'s finally quiet 🤫', 'posting-from-work');
  });
});
