import assert from 'node:assert/strict';
import { afterFix, assertFlags, assertSilent } from './util';

describe('work-venting', () => {
  it('flags angry bursts about the job at information severity', () => {
    for (const text of [
      'this 14 hour shift is killing me. never again',
      'I hate this job and everyone who told me nursing was a calling',
      'If you\'re thinking about going into medicine, just don\'t.',
      'Honestly thinking about leaving healthcare altogether, it is breaking me',
      'residency is hell',
    ]) assert.equal(assertFlags(text, 'work-venting').severity, 'information');
  });

  it('leaves measured feelings, advice questions and idioms alone (hard negatives)', () => {
    for (const text of [
      'Hard week. We lost three people we had cared for, and I\'m letting myself feel that. Grief is part of this work.',
      'honest question for #NurseTwitter: how do you keep your feet alive on 12s? accepting all advice',
      'District nursing is the best job in the world.',
      'Good luck on your exams, students',
      'This flu season is killing it with the admissions, get your shot.',
      'I\'m devastated we lost him tonight.',
    ]) assertSilent(text, 'work-venting');
  });

  it('hears despair, regret and being used up in many phrasings, not one fixed sentence', () => {
    for (const text of [
      'Nine years on the ward and I have never felt so disposable.',
      'Hospice nursing chewed me up and spat me out.',
      'Honestly, anything but this. I will stack shelves.',
      'Going into physio was a huge mistake.',
      'week from hell on nights, they do not pay me enough for this',
      'I told my daughter not to go into medicine, it is no way to live.',
    ]) assertFlags(text, 'work-venting');
  });

  it('does not read a broken coffee machine, a helping colleague or compassion-fatigue teaching as venting', () => {
    for (const text of [
      'the staff lounge coffee machine is broken again, send help',
      'Dr. Aldana stayed after her own shift to help me with a hard family meeting.',
      'If you feel numb at work and dread the commute, those are common signs of compassion fatigue. Talk to someone.',
      'Pray for me, boards are tomorrow!',
    ]) assertSilent(text, 'work-venting');
  });

  it('recognises kinds of venting: discouraging others, career regret, being used up, resentment', () => {
    for (const text of [
      'Nursing students, get out while you can.',
      'Some days I cannot remember why I wanted to work in EMS.',
      'Physio has squeezed every last drop of patience out of me.',
      'I resent every shift on this rota.',
      'Honestly thinking of dropping out of midwifery.',
    ]) assertFlags(text, 'work-venting');
  });

  it('needs the job for idioms and soft cues: hobbies, potlucks, positive regret and lessons are not venting (hard negatives)', () => {
    for (const text of [
      'Half-marathon training is killing me this week 😅',
      'Pick something else for the potluck, we already have four lasagnas.',
      'Think twice before you skip sunscreen this summer!',
      'Why I chose paediatric nursing: a thread 🧵',
      'I resent nothing about this career.',
      'Every ounce of effort the team put into the audit paid off.',
      'Never again will I forget my compression socks on a 12.',
      'Drive home with the windows down, or get a lift if you are wrecked.',
      'Alcohol withdrawal can start 6 to 24 hours after the last drink.',
    ]) assertSilent(text, 'work-venting');
  });

  it('hears what the job takes from you and judgements of it, beside the job', () => {
    for (const text of [
      'Midwifery has taken the best of me and keeps taking.',
      'Honestly fed up with the NHS, it is running me into the ground.',
      'The rota this month is inhumane.',
      'I am so close to walking away from nursing.',
      'Home care is chewing through my patience and my marriage.',
      'Honestly cannot believe I chose this career.',
      'I\'m out the minute my visa allows it, this ward has had enough of me.',
    ]) assertFlags(text, 'work-venting');
  });

  it('does not flag a finished shift, a question about dry hands, slang about traffic, a fictional character or a union call (hard negatives)', () => {
    for (const text of [
      'Done with my shift, heading home to sleep!',
      'Sick of dry hands from 50 washes a shift? This cream works for me.',
      'The traffic on the way to my shift was insane.',
      'Chapter 2 of my novel: Theo, a burned-out paramedic, swears he will never work another shift.',
      'Thinking of leaving my gym, it is always packed at 6am.',
      'I quit caffeine for Lent and honestly it is killing me 😂',
      'Save yourself a trip, the pharmacy shuts at six on Sundays.',
      'I\'m out of ginger ale again.',
      'Feeling burnt out is a signal, not a weakness. Talk to someone.',
      'The staffing on our unit is unsustainable and we are asking management to act. Union meeting Thursday.',
    ]) assertSilent(text, 'work-venting');
  });

  it('rephrases calmly from the writer\'s own words, or removes the sentence', () => {
    const text = 'this job is slowly destroying me';
    const f = assertFlags(text, 'work-venting');
    assert.equal(f.fixes[0].title, 'Rephrase calmly');
    assert.equal(afterFix(text, f), 'this job is wearing me down');
    assert.equal(afterFix('Students, run while you can.', assertFlags('Students, run while you can.', 'work-venting')), 'Students, talk to people in the field before you decide.');
    assert.ok(f.fixes.some((x) => x.title === 'Remove sentence'));
  });
});

describe('work-venting: fresh hard negatives (eval/corpus/clean-conduct.jsonl)', () => {
  it('stays silent on feelings, quitting something else, interjections and pride', () => {
    for (const text of [
      "Honestly I cried on the drive home today. Not because anything terrible happened, just the accumulation of a hard week. I'm okay.",
      'Smoking is the leading preventable cause of death in the US (CDC). If you want to quit, call 1-800-QUIT-NOW.',
      'The EMS crew who brought in our trauma tonight were sharp as hell. Great handoff.',
      "Bloody hell, the new rota's out and I've got Christmas off for the first time in six years! 🎄",
      "My 92 year old neighbor shovels his own driveway and I'm out of breath after a flight of stairs",
      'Born in 1990, RN since 2014, burned out by 2020, back in love with nursing by 2023.',
      "Patients deserve nurses who aren't running on empty. Safe staffing now.",
      "# Why I stayed\n\nThe pay isn't great and the hours are brutal. But there's a moment on every call where someone trusts you completely. I haven't found that anywhere else.",
    ]) assertSilent(text, 'work-venting');
  });

  it('still flags the writer wanting to quit', () => {
    assertFlags('I want to quit so bad, every single shift this month has been a nightmare.', 'work-venting');
  });
});

describe('work-venting: advocacy, study idioms and memes', () => {
  it('stays silent', () => {
    for (const text of [
      'Mandatory overtime should be illegal. Tired nurses make mistakes. Call your rep and support the safe staffing bill.',
      'Study break in the library at 2am, pharmacology is eating me alive',
      "Just learned Hippocrates never actually wrote 'first, do no harm'. My whole life is a lie",
      'Nursing school tip: the practice questions are brutal but they work. Do 50 a day and thank me in May.',
    ]) assertSilent(text, 'work-venting');
  });
  it('still flags the job eating the writer alive', () => {
    assertFlags('This job is eating me alive and nobody cares.', 'work-venting');
  });
});
