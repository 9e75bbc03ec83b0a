import assert from 'node:assert/strict';
import { afterFix, assertFlags, assertSilent, flagged } from './util';

describe('coworker-complaint', () => {
  it('flags insults, mockery and sarcasm about colleagues and the employer, named or not', () => {
    for (const text of [
      'the day pharmacist is a walking incident report',
      'Our so-called leadership team announced another pizza party instead of fixing the staffing grid.',
      'A certain charge nurse on 3 West needs to learn that screaming at new grads isn\'t "leadership".',
      'Our charge nurse is a useless clown who hides in the office every time a rapid response gets called.',
      'The new unit manager has the emotional intelligence of a parking meter.',
      'Dr. Patel is arrogant and dismissive with every nurse on the floor.',
    ]) assert.equal(assertFlags(text, 'coworker-complaint').severity, 'warning');
  });

  it('reads "<colleague> is <negative word>" as a judgement of the person, but not illness or praise', () => {
    assertFlags('Our CNO is a liar', 'coworker-complaint');
    assertFlags('Admin are clueless about nights', 'coworker-complaint');
    assertSilent('Our manager is stressed about the audit', 'coworker-complaint');
    assertSilent('The charge nurse is sick today so I am in charge', 'coworker-complaint');
    assertSilent('The new residents are brilliant', 'coworker-complaint');
  });

  it('carries the target into the next clause of a rant', () => {
    const text = 'whoever decided Dr. Whitcombe should run nights clearly hates patients. the man couldn\'t find a vein in a garden hose.';
    assert.deepEqual(flagged(text, 'coworker-complaint').length, 2);
  });

  it('stays silent on illness, praise and protected talk about pay and conditions (hard negatives)', () => {
    for (const text of [
      'the flu is nasty this year, wash your hands',
      'Nurses at our hospital haven\'t had a cost-of-living raise since 2019. We\'re meeting Thursday to compare pay stubs and talk about staffing ratios.',
      'Staffing on our unit is unsafe and management needs to hear it. Our staff council meets Tuesday.',
      'Shout out to the night nurse who stayed late to help me, amazing 🙌',
      'Huge congrats to my colleague Priya Raman on passing her boards!',
      'they talk strangers through CPR on the worst day of their lives and we rarely even learn their names',
      'The pharmacy shortage this winter is ridiculous and it is not the pharmacists\' fault.',
      'That was a hell of a storm last night, half the night shift got in late.',
      'The ICU budget cuts are awful for everyone.',
      "The night charge nurse never picks up her phone on her days off, as she shouldn't. Boundaries!",
      'Our team did more with less this year and I am so proud of every one of them.',
    ]) assertSilent(text, 'coworker-complaint');
  });

  it('hears insults and sarcastic praise in many phrasings, not one fixed sentence', () => {
    for (const text of [
      'The night hospitalist is a menace and everyone knows it.',
      'Some residents think nurses are their personal secretaries.',
      'Dr. K is a brilliant clinician and a terrible human being.',
      'Admin cut two techs and then sent an email about "doing more with less." Cool cool cool.',
      'Our practice manager treats the hygienists like her personal assistants.',
      'Whoever wrote this rota should be ashamed of themselves.',
      'The clinic director would not recognise a sharps bin if it bit her.',
      'Radiology has had my stat read for three hours. Do they even work down there?',
      'Our new director skipped the staff meeting again. Inspiring stuff.',
      'The consultants here think they are gods.',
    ]) assertFlags(text, 'coworker-complaint');
  });

  it('does not read a laugh as sarcasm: "Posting this from the break room lol" is about where you are, not a colleague', () => {
    assertSilent('Posting this from the break room lol, our manager brought bagels', 'coworker-complaint');
    assertSilent('Posting this from the break room lol', 'coworker-complaint');
    assertSilent('Posting this from the break room lol', 'patient-photo');
    assertSilent('Our charge nurse made everyone laugh at handover lol, best team', 'coworker-complaint');
  });

  it('hears kinds of jabs, not fixed sentences: dehumanising comparisons, out-of-touch leaders, incompetence hyperboles', () => {
    for (const text of [
      'Our ward manager treats the healthcare assistants like furniture.',
      'The clinic owner thinks dental assistants are robots with no bladder.',
      'My clinical instructor talks to us like we\'re children.',
      'Our CNO has never set foot on nights and it shows.',
      'The night supervisor couldn\'t organize his own lunch break, never mind a surge plan.',
      'The on-call registrar sighed when I paged. Mate, it\'s literally your job.',
      'Imagine being a senior pharmacist and still needing the student to check your math.',
    ]) assertFlags(text, 'coworker-complaint');
  });

  it('adds up weak jabs in two clauses of one rant, once', () => {
    const text = 'Shoutout to the registrar who wrote "see notes" and left. Detective work of the century.';
    assert.equal(flagged(text, 'coworker-complaint').length, 1);
  });

  it('does not read the writer\'s own role, shared self-critique or TV characters as a colleague (hard negatives)', () => {
    for (const text of [
      'I was a genuinely awful intern and I still cringe about it.',
      'Becoming a pharmacist was the worst decision of my life.',
      'The new grad cried in the med room and nobody noticed. We have to do better as a unit.',
      'The surgeons on the show would be sued within a week, but it is still great TV.',
      'Our attending made pancakes at 4am after the worst night of the month. Legend.',
      'Vet friends: is it normal for my old lab to hate the vet this much?',
      'Our charge nurse treats every patient like family.',
    ]) assertSilent(text, 'coworker-complaint');
  });

  it('advises rather than forbids, and names the cues', () => {
    const f = assertFlags('HR here is so useless they\'d never notice anyway', 'coworker-complaint');
    assert.match(f.message, /"hr"/);
    assert.match(f.message, /useless/);
    assert.match(f.message, /pay and working conditions is fine/);
  });

  it('offers rewordings built from the sentence, then templates naming the target, then removal', () => {
    const text = 'Our manager, bless her, couldn\'t lead a conga line at a wedding.';
    const f = assertFlags(text, 'coworker-complaint');
    assert.equal(f.fixes[0].title, 'Rephrase complaint');
    assert.equal(afterFix(text, f), 'Our manager could use more leadership support.');
    const titles = f.fixes.map((x) => x.title);
    assert.ok(titles.some((t) => t.includes('I\'d like to see more support from our manager')), titles.join(' | '));
    assert.equal(afterFix(text, f, 'Remove sentence'), '');
    assert.equal(afterFix('HR here is so useless they\'d never notice anyway', assertFlags('HR here is so useless they\'d never notice anyway', 'coworker-complaint')), 'HR here is so stretched thin they\'d never notice anyway');
  });
});

describe('coworker-complaint: fresh hard negatives and phrasings (eval/corpus/clean-conduct.jsonl)', () => {
  it('stays silent on praise that denies an unkindness, quotes, the writer\'s own family and circumstances', () => {
    for (const text of [
      'My charge nurse tonight was a rock star. Covered my patients while I did a rapid response and never once made me feel like a burden.',
      "Dr. Martin Luther King Jr. said 'Of all the forms of inequality, injustice in health is the most shocking.' Still true.",
      'wife and I celebrated 10 years today. she married a night shift nurse, bless her',
      'Ran into my old clinical instructor at Target and she still remembered my care plan disaster 😂',
      "Love how our night team always saves the last slice of pizza for whoever's stuck in a code. Real ones.",
    ]) assertSilent(text, 'coworker-complaint');
  });

  it('flags a colleague accused of being high and know-it-all jabs', () => {
    assertFlags('Pretty sure the pharmacist on nights was high as a kite. Took 40 min to verify a Tylenol.', 'coworker-complaint');
    assertFlags('Dr. Know-It-All on 6 East strikes again.', 'coworker-complaint');
  });
});

describe('coworker-complaint: colleagues at play, schedules and praise of any object', () => {
  it('stays silent', () => {
    for (const text of [
      'Hospital Christmas party: the surgeons did karaoke and it was a war crime against music. Best night of the year.',
      "The residents' Halloween costumes this year were unhinged in the best way. Someone came as a pager.",
      'Night shift is brutal on the body. Protect your sleep, eat real food, and see your GP yearly.',
      "Happy Doctors' Day to Dr. Priya Nair, who has never once made a nurse feel small",
    ]) assertSilent(text, 'coworker-complaint');
  });
});
