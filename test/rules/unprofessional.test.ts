import assert from 'node:assert/strict';
import { afterFix, assertFlags, assertSilent } from './util';

describe('unprofessional', () => {
  it('flags profanity from the cuss lexicon, starred-out spellings too', () => {
    const f = assertFlags('the f***ing tube system is down again', 'unprofessional', 'unprofessional/profanity');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /starred-out/);
    assert.equal(afterFix('the f***ing tube system is down again', f), 'the freaking tube system is down again');
    const s = assertFlags('what a shit show of a night.', 'unprofessional', 'unprofessional/profanity');
    assert.equal(afterFix('what a shit show of a night.', s), 'what a mess of a night.');
  });

  it('flags slurs with removal, as they have no milder substitute', () => {
    const text = 'that retard in bed 4 again';
    const f = assertFlags(text, 'unprofessional', 'unprofessional/profanity');
    assert.equal(f.fixes[0].title, 'Remove phrase');
    assert.equal(afterFix(text, f), 'that in bed 4 again');
  });

  it('leaves mild words, idioms, clinical words and names alone (hard negatives)', () => {
    for (const text of [
      'my study group is absolutely killing it this semester',
      'Damn good coffee in the break room today.',
      'The patient started to vomit after the contrast.',
      'What the hell happened to summer?',
      'Happy retirement to Dick Alvarez, our unit secretary for 31 years.',
      'Rectal and oral temperatures differ; anal fissures hurt.',
      '"Frequent flyer" isn\'t a diagnosis. Let\'s drop the label.',
      'I could kill for a coffee right now.',
    ]) assertSilent(text, 'unprofessional');
  });

  it('flags patient slang, mockery, intoxication, sexual remarks, threats, gossip and generalisations', () => {
    const cases: [string, string][] = [
      ['the gomer in bed 9 pulled his IV out again', 'unprofessional/patient-slang'],
      ['still a little drunk from Jess\'s hen do and I have to be at morning handover in 3 hours', 'unprofessional/intoxication'],
      ['the guy in bed 7 is SO hot i volunteered for his bed bath 🥵', 'unprofessional/sexual-remark'],
      ['If that patient pulls his line one more time I\'m going to kill him.', 'unprofessional/threat'],
      ['tea from the ED: rumour is the new PA and one of the attendings are "carpooling" 👀', 'unprofessional/gossip'],
      ['Why do all the patients from that trailer park think the ER is a hotel?', 'unprofessional/discriminatory'],
      ['The patient in 7 is a total nutjob, been screaming at the wall all night lol', 'unprofessional/mocking-patients'],
    ];
    for (const [text, id] of cases) assertFlags(text, 'unprofessional', id);
  });

  it('hears drinking near a shift, threats, sexual remarks and mockery in many phrasings', () => {
    for (const text of [
      'Two glasses of wine in and I am supposed to be on call tonight.',
      'Worked the whole shift with a hangover from hell.',
      'Gonna smack the next person who asks me for a warm blanket.',
      'The new anesthesiologist is so hot I might fake a code to page him.',
      'This patient is such a whiner, it is a paper cut.',
    ]) assertFlags(text, 'unprofessional');
  });

  it('replaces patient slang with a respectful word', () => {
    const text = 'the gomer in bed 9 pulled his IV out again';
    assert.equal(afterFix(text, assertFlags(text, 'unprofessional', 'unprofessional/patient-slang')), 'the patient in bed 9 pulled his IV out again');
  });
});
