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
      'Some of these psych patients are straight up feral, no other word for it.',
      'I swear the fat ones always complain the most about the bed size.',
      'These anti-vax parents deserve whatever happens to their kids honestly.',
    ]) assertFlags(text, 'unprofessional');
    for (const text of [
      'Took the kids whale watching on my day off, saw three whales!',
      "These parents stayed by their baby's side for 90 days. Incredible strength.",
      'Our unit adopted a feral cat that lives by the loading dock.',
    ]) assertSilent(text, 'unprofessional');
  });

  it('hears drinking and drug slang in word families, near a shift or a ward round', () => {
    for (const text of [
      'four pints deep at the rugby and I am on at 7 tomorrow',
      'bit trollied after the leaving do, ward round at 8 😬',
      'took an edible before clinicals, wish me luck',
      'room is still spinning from last night and I have 5 patients',
    ]) assertFlags(text, 'unprofessional', 'unprofessional/intoxication');
    for (const text of [
      'Book club tonight, two glasses of pinot, no shifts till Tuesday.',
      'Teaching point: withdrawal can start 6 to 24 hours after the last drink.',
      'My villain is a surgeon who sips whiskey from a flask between cases. Too much?',
      '180 flu shots in arms today and only one fainter.',
      'blackout curtains and earplugs are how I survive nights',
    ]) assertSilent(text, 'unprofessional');
  });

  it('hears patients made into a game, a show or a punchline, and stays warm stories silent', () => {
    for (const text of [
      'Ranking tonight\'s holds by how loud they howled. Solid performance from bay 2 🙄',
      'my patient says her pain is 10/10 while eating Doritos on FaceTime',
      'the confused lady keeps calling me her son and we play along for laughs lol',
    ]) assertFlags(text, 'unprofessional');
    for (const text of [
      'My patient with dementia sang Sinatra to me during her bath and it made my week.',
      'Parents asked me about amber teething necklaces; the FDA warns against them because of choking risk.',
      'The residents on the show would never survive a real night shift.',
    ]) assertSilent(text, 'unprofessional');
  });

  it('hears generalisations about origin, religion or benefits, not service to a community', () => {
    assertFlags('the Romanian families always bring the whole village and no patience', 'unprofessional', 'unprofessional/discriminatory');
    assertFlags('you can always tell the ones on benefits before they say a word', 'unprofessional', 'unprofessional/discriminatory');
    assertSilent('We always book a Somali interpreter for our Somali families, and it shows in their trust.', 'unprofessional');
  });

  it('hears threats in fighting words and innuendo about colleagues, not idioms', () => {
    assertFlags('the next visitor who screams at my student is catching a right hook', 'unprofessional', 'unprofessional/threat');
    assertFlags('that new registrar can take my pulse any day 🤤', 'unprofessional', 'unprofessional/sexual-remark');
    assertSilent('I am going to knock out this care plan tonight and then sleep', 'unprofessional');
    assertSilent('I\'ll take a stab at that pharmacology question', 'unprofessional');
  });

  it('hears gossip about who was seen with whom, and plural and abbreviated profanity', () => {
    assertFlags('Guess which charge nurse and which resident were spotted leaving the same hotel 👀', 'unprofessional', 'unprofessional/gossip');
    assertFlags('ffs who left the glucometer dead again', 'unprofessional', 'unprofessional/profanity');
    assertFlags('absolute wankers designed this parking garage', 'unprofessional', 'unprofessional/profanity');
    assertSilent('Please assess the wound daily and document the needle pricks.', 'unprofessional');
    assertSilent("We say 'person who uses drugs', not 'junkie'.", 'unprofessional');
  });

  it('replaces patient slang with a respectful word', () => {
    const text = 'the gomer in bed 9 pulled his IV out again';
    assert.equal(afterFix(text, assertFlags(text, 'unprofessional', 'unprofessional/patient-slang')), 'the patient in bed 9 pulled his IV out again');
  });
});

describe('unprofessional: fresh hard negatives and phrasings (eval/corpus/clean-conduct.jsonl)', () => {
  it('stays silent on mild exclamations, drinks after the shift and warm praise', () => {
    for (const text of [
      "Passed my NCLEX!!! Holy crap I'm an RN 😭😭",
      "Just finished my shift at the clinic and I'm treating myself to a pint. Cheers!",
      'the lady at the coffee cart who gave me a free refill after nights deserves a raise',
      'I could murder a coffee right now. 3 more hours of charting.',
      'Our new grad cohort is absolutely killing it on 5 West. So proud of these humans.',
    ]) assertSilent(text, 'unprofessional');
  });

  it('flags intoxication before a named start, remarks about reps, gossip openers and threats at a face', () => {
    assertFlags("Got absolutely wasted after shift and I'm still drunk for my 7am. Wish me luck lol", 'unprofessional');
    assertFlags('The drug rep was so hot I almost forgot my own name.', 'unprofessional');
    assertFlags("Bet you didn't know the new unit secretary is sleeping with the CNO. You heard it here first.", 'unprofessional');
    assertFlags("Honestly if one more drunk patient spits on me I'm going to punch his teeth in.", 'unprofessional');
  });
});

describe('unprofessional: threats by body part, teaching and comparisons', () => {
  it('flags threats at a colleague\'s fingers and patients compared with toddlers', () => {
    assertFlags("If that surgeon throws another instrument at me I'll break his fingers, swear to god.", 'unprofessional');
    assertFlags('The dementia patients on our floor are basically toddlers with dentures 😂', 'unprofessional');
  });
  it('stays silent on pain to the writer\'s own body and on teaching about burnout', () => {
    for (const text of [
      'This is going to hurt my teeth, ice cream in winter',
      "For my students: burnout often shows up as cynicism, dread before shifts and feeling detached from patients. If that's you, talk to your preceptor or your EAP.",
      'Sweet Mr. Abernathy asked me to marry him again today lol',
    ]) assertSilent(text, 'unprofessional');
  });
});
