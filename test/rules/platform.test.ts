import assert from 'node:assert/strict';
import { afterFix, assertFlags, assertSilent, findings } from './util';
import { countUnits, measure } from '../../server/src/engine/checks/length';

const fm = (platform: string, body: string) => `---\nplatform: ${platform}\n---\n${body}`;

describe('platform', () => {
  it('counts the way each platform does: URLs 23 and emoji 2 on X, graphemes elsewhere', () => {
    assert.equal(measure('see https://example.com/a/very/long/path/that/goes/on/and/on', 'twitter'), 4 + 23);
    assert.equal(measure('👩‍⚕️', 'twitter'), 2);
    assert.equal(measure('👩‍⚕️', 'graphemes'), 1);
    assert.equal(measure('café', 'graphemes'), 4);
    assert.equal(measure('@nurse@mastodon.social hi', 'mastodon'), '@nurse'.length + 3);
    assert.equal(countUnits('日本', 'twitter').reduce((n, u) => n + u.weight, 0), 4);
  });

  it('flags a tweet over 280 and highlights the part past the limit (information)', () => {
    const body = 'a'.repeat(270) + ' and then some more words';
    const text = fm('twitter', body);
    const [f] = findings(text, 'platform');
    assert.equal(f.ruleId, 'platform/too-long');
    assert.equal(f.severity, 'information');
    assert.equal(f.start, text.indexOf(body) + 280);
    assert.match(f.message, /295 characters/);
  });

  it('measures what the reader sees, not markdown syntax', () => {
    const link = '[read the guideline](https://www.nice.org.uk/guidance/ng226/chapter/Recommendations)';
    const body = `${'word '.repeat(50)}${link} **bold** _it_`;
    assertSilent(fm('twitter', body), 'platform');
  });

  it('uses the config platform when front matter names none; x is twitter', () => {
    const long = 'b'.repeat(301);
    assert.equal(findings(long, 'platform', { platform: 'bluesky' }).length, 1);
    assert.equal(findings(fm('x', 'c'.repeat(281)), 'platform').length, 1);
    assertSilent(long, 'platform');
  });

  it('flags more hashtags than the platform\'s good practice (hint) and removes the extra ones', () => {
    const text = fm('twitter', 'Flu shots today! #flu #vaccines #nursing #publichealth');
    const f = assertFlags(text, 'platform', 'platform/too-many-hashtags');
    assert.equal(f.severity, 'hint');
    assert.equal(afterFix(text, f), fm('twitter', 'Flu shots today! #flu #vaccines'));
  });

  it('flags tags and mentions that name a unit, a room or a patient', () => {
    for (const tag of ['#BayviewICU', '#StMarysER', '#Room12', '#Ward6B', '#4EastOncology', '#PrayForMrRomero', '#LakesideRegionalPICU', '#PICU4', '#RiverbendGeneral', '#TeamMarcus']) {
      assertFlags(`Proud of this crew tonight ${tag}`, 'platform', 'platform/identifying-tag');
    }
  });

  it('finds a patient\'s name in a rallying tag even as a possessive or a name the list lacks, when the post is about care', () => {
    assertFlags('Big day for our little man, surgery at 9 💙 #OllysJourney', 'platform', 'platform/identifying-tag');
    assertFlags('Our bravest kiddo finished chemo today #KaydenStrong', 'platform', 'platform/identifying-tag');
    assertSilent('Thinking of everyone affected tonight #PrayForUkraine', 'platform');
    assertSilent('Cheering for #TeamUSA at the games tonight!', 'platform');
  });

  it('reads the platform however the front matter spells it', () => {
    for (const name of ['X', 'x.com', 'Twitter/X', '"X (Twitter)"']) assert.equal(findings(fm(name, 'd'.repeat(281)), 'platform').length, 1, name);
    assert.equal(findings(fm('insta', 'e'.repeat(2201)), 'platform').length, 1);
    assertSilent(fm('LinkedIn', 'f'.repeat(2999)), 'platform');
  });

  it('hears more rallying words and hospices in tags, not ordinary campaign tags', () => {
    assertFlags('Prayers up for our little man on the unit 💙 #BrodysBattle', 'platform', 'platform/identifying-tag');
    assertFlags('Team day with the #RiversideHospice crew', 'platform', 'platform/identifying-tag');
    assertSilent('#HospiceCare #HospiceNurse #FightLikeAGirl #BelieveInScience #BattleOfTheBands', 'platform');
  });

  it('leaves professional and generic tags alone (hard negatives)', () => {
    assertSilent('New to #MedTwitter and #NursesOfInstagram? #NICUnurse #ERnurse #EmergencyNursing #PatientSafety #SCCM2025 #blessed #Room4Debate', 'platform');
  });

  it('removes an identifying tag', () => {
    const text = 'Another wild night in the ER 🚑 #StMarysER #EmergencyNursing';
    assert.equal(afterFix(text, assertFlags(text, 'platform', 'platform/identifying-tag')), 'Another wild night in the ER 🚑 #EmergencyNursing');
  });

  it('reads names in fundraiser, charity-run and job-post tags as the cause or employer, not a patient (hard negatives)', () => {
    assertSilent('Proud to be part of #TeamStJudes this year running the marathon for childhood cancer research', 'platform');
    assertSilent('Running the London Marathon for @MacmillanCancer in memory of my dad. JustGiving link in bio #TeamMacmillan', 'platform');
    assertSilent('Now hiring ICU RNs at @ClevelandClinic. Sign-on bonus available. #ClevelandClinicJobs #ICUnurse #NowHiring', 'platform');
    assertSilent('Help us fill the ambulance! Toy drive for kids at #ChildrensMercy this December 🧸 #ToyDrive', 'platform');
    // With care in the sentence, a rallying tag or a hospital tag still counts.
    assertFlags('Raising money for #TeamMarcus, our little man goes for surgery on Friday', 'platform', 'platform/identifying-tag');
    assertFlags('Proud moment: he walked off the unit today. #RiverbendGeneral #nursing', 'platform', 'platform/identifying-tag');
  });
});
