import assert from 'node:assert/strict';
import { afterFix, assertFlags, assertSilent } from './util';

describe('unverified-claim', () => {
  it('flags cure claims, absolutes, advice against care and doses without a source (warning)', () => {
    const cases: [string, string][] = [
      ['Apple cider vinegar dissolves kidney stones in about a week.', 'unverified-claim/cure-claim'],
      ['elderberry syrup is 100% effective against the flu and never causes side effects', 'unverified-claim/absolute'],
      ['Ditch the fluoride, friends!', 'unverified-claim/against-care'],
      ['I tell everyone to take 2 grams a day.', 'unverified-claim/dose-advice'],
      ['Sunscreen causes more cancer than the sun.', 'unverified-claim/cure-claim'],
    ];
    for (const [text, id] of cases) assert.equal(assertFlags(text, 'unverified-claim', id).severity, 'warning');
  });

  it('is silenced by a source in the sentence or paragraph, by hedges and by denials (hard negatives)', () => {
    for (const text of [
      'Two doses of MMR are about 97% effective, per the CDC: https://www.cdc.gov/measles/vaccines/.',
      'Honey may reduce cough frequency a little, according to a Cochrane review.',
      'Antibiotics don\'t cure colds, so please don\'t ask for them.',
      'The American Heart Association recommends no more than 2,300 mg of sodium a day.',
      'We gave 4 mg of morphine and his pain settled.',
      '2.1 kg of pure attitude and the loudest cry on the unit',
      'Our team hit 100% on the hand hygiene audit!',
    ]) assertSilent(text, 'unverified-claim');
  });

  it('does not take "studies show" for a source, but a named study is one', () => {
    assertFlags('Studies show turmeric cures arthritis better than any pill.', 'unverified-claim');
    assertFlags('Colloidal silver kills any infection, no antibiotic needed.', 'unverified-claim');
    assertFlags('Wearing a mask gives you CO2 poisoning.', 'unverified-claim');
    assertSilent('A 2023 study in JAMA found vitamin D does not prevent fractures.', 'unverified-claim');
    assertSilent('Nothing cures a bad shift like tacos with the crew.', 'unverified-claim');
  });

  it('hears claim families, not fixed phrases: outcome and cause verbs, "nature\'s X", not needing care, doses without a space', () => {
    for (const text of [
      'Tart cherry juice takes away gout flare pain completely.',
      'Processed sugar is the root cause of most autoimmune disease.',
      'Blue light from phones is why so many teens have migraines now.',
      'Manuka honey is nature\'s penicillin.',
      'People with bipolar disorder don\'t need medication if they fix their diet.',
      'Take 5000mg of vitamin C at bedtime and you\'ll never get the flu.',
      'You don\'t need a flu shot if you take elderberry every day.',
    ]) assertFlags(text, 'unverified-claim');
    for (const text of ['Ask about therapy, not medication alone, if that is what you would prefer; talk it through with your GP.', 'Report medication errors, not meds you think are wrong, through the portal.']) assertSilent(text, 'unverified-claim');
  });

  it('does not read reports of the writer\'s own life, folk beliefs told as such or exam questions as claims (hard negatives)', () => {
    for (const text of [
      'Night shift keeps me from getting any decent sleep.',
      'Hand hygiene is why we had fewer line infections on our unit this year.',
      'My grandad swore whisky cured a cold. It didn\'t, but he enjoyed it.',
      'Practice question: a client says cinnamon cures diabetes. What is the nurse\'s best response?',
      'Sort out your sleep routine before exams, future nurses.',
    ]) assertSilent(text, 'unverified-claim');
  });

  it('hears harm and regulation claims, and advice to eat an amount', () => {
    for (const text of [
      'Energy drinks stunt teenagers\' growth.',
      'Red light therapy reverses macular degeneration.',
      'Zinc lozenges stop a cold in its tracks.',
      'Go keto and you won\'t need insulin.',
      'Cinnamon capsules regulate your blood sugar for good.',
      'Eat 2 tablespoons of chia seeds a day and your thyroid will sort itself out.',
    ]) assertFlags(text, 'unverified-claim');
    for (const text of [
      'We raised money for the children\'s cancer ward this weekend!',
      'This cold from my toddler is flattening me.',
      'No, garlic in your socks does not draw out a fever. See your GP if it lasts.',
      'I was told as a kid that carrots cure bad eyesight. Cute, not true.',
    ]) assertSilent(text, 'unverified-claim');
  });

  it('softens the absolute from the sentence itself, or adds a citation placeholder', () => {
    const text = 'Turmeric cures arthritis.';
    const f = assertFlags(text, 'unverified-claim', 'unverified-claim/cure-claim');
    assert.equal(f.fixes[0].title, 'Soften claim');
    assert.equal(afterFix(text, f), 'Turmeric may help with arthritis.');
    assert.equal(afterFix(text, f, 'Add a citation placeholder'), 'Turmeric cures arthritis [source needed: add a link to the study or guideline].');
    assert.equal(afterFix(text, f, 'Remove sentence'), '');
  });

  it('names the cue words in the message', () => {
    const f = assertFlags('Oil pulling with coconut oil reverses cavities.', 'unverified-claim');
    assert.match(f.message, /"reverses" \+ "cavities"/);
  });
});

describe('unverified-claim: fresh hard negatives (eval/corpus/clean-conduct.jsonl)', () => {
  it('stays silent on antidotes, reported and rejected claims', () => {
    for (const text of [
      'Naloxone can reverse an opioid overdose. Many pharmacies dispense it without a prescription now. Carry it.',
      'My uncle insists garlic cures high blood pressure. I love him but no. Keep taking your meds.',
      "My TikTok FYP says ice baths cure depression. Love a cold plunge, but no, that's not how depression works.",
    ]) assertSilent(text, 'unverified-claim');
  });

  it('flags an outcome stated as certain with "will normalise"', () => {
    assertFlags('Raw garlic every morning and your blood pressure will normalise without meds.', 'unverified-claim');
  });
});

describe('unverified-claim: refuted rules of thumb', () => {
  it('stays silent on a quoted rule with thin evidence', () => {
    assertSilent("'Drink 8 glasses of water a day' has surprisingly thin evidence behind it. Drink when you're thirsty.", 'unverified-claim');
  });
});
