// patient-privacy detectors on drafts a user might write: each row names the text that must be
// flagged (by rule) or the draft that must stay silent. Rule packs carry more examples of their
// own (test/rule-examples.test.ts); these cover detector behaviour across phrasings.
import assert from 'node:assert/strict';
import { fixed, flagged } from '../helpers';

const FLAG: [string, string][] = [
  // names: honorifics, initials, nicknames, lower case, possessives, hashtags, propagation
  ['Gave Mr. Takahashi his morning insulin and he told me about his garden.', 'patient-privacy/name "Mr. Takahashi"'],
  ['mrs k in bed 9 asked for her rosary again tonight', 'patient-privacy/name "mrs k"'],
  ['R.J., 27, came in after his third seizure this month.', 'patient-privacy/name "R.J."'],
  ['The guys on the ward call him "Captain Biscuit" and he loves it. Post-op day 3 and walking!', 'patient-privacy/name "Captain Biscuit"'],
  ['Told Ifeoma her biopsy came back benign and we both cried.', 'patient-privacy/name "Ifeoma"'],
  ['Praying for the Nakamura family tonight after we lost their dad in the ICU.', 'patient-privacy/name "Nakamura"'],
  ['Still smiling about #GoHomeMrPetrov after his 40 days in ICU', 'patient-privacy/name "#GoHomeMrPetrov"'],
  ['Admitted Mr. Lindgren with sepsis.\n\nLindgren kept asking for his dog.', 'patient-privacy/name "Lindgren"'],
  ['So proud of @lucia_runs_again, 6 weeks after her spinal surgery on our unit!', 'patient-privacy/name "@lucia_runs_again"'],
  ['Keep fighting little man #TeamOliver, the whole NICU is cheering for you', 'patient-privacy/name "#TeamOliver"'],
  ['Caption fail: ![Mr. Haddad after dialysis](haddad-dialysis.jpg) was admitted with sepsis.', 'patient-privacy/name "Mr. Haddad"'],
  ['lovely old chap on my ward tonight, Arvid, kept humming between his nebs', 'patient-privacy/name "Arvid"'],
  ['Our little fighter Amaris finally came off CPAP in the NICU today!', 'patient-privacy/name "Amaris"'],
  ['mrs. q in 7 asked if I was single, at 2am, mid dressing change', 'patient-privacy/name "mrs. q"'],
  ['Go home, Desmond!! Six weeks on the unit and you walked out.', 'patient-privacy/name "Desmond"'],
  ['# Remembering Mrs. Okonkwo\n\nShe came to us with a diagnosis nobody wanted to say out loud.', 'patient-privacy/name "Mrs. Okonkwo"'],
  ['Please keep Marigold in your prayers, her transplant is on our unit tomorrow.', 'patient-privacy/name "Marigold"'],
  // dates, ages
  ['Born on Christmas Eve at 25 weeks and discharged home today, our tiniest graduate.', 'patient-privacy/date "Christmas Eve"'],
  ['She coded on the morning of 3/14 and was extubated four days later.', 'patient-privacy/date "3/14"'],
  ['Intubated him on the 9th, and today he is eating toast.', 'patient-privacy/date "9th"'],
  ['Home visit with a retired welder who still splits his own firewood at 94.', 'patient-privacy/age "94"'],
  ['Her c-section was on 14 February and the twins went home yesterday.', 'patient-privacy/date "on 14 February"'],
  ['We admitted him 2/9 with a GI bleed.', 'patient-privacy/date "2/9"'],
  ['My 102-year-old patient beat me at checkers again.', 'patient-privacy/age "102"'],
  ['Lovely lady, age 96, still doing her own crossword on the unit.', 'patient-privacy/age "96"'],
  // rooms
  ['Whoever is in bay 7 keeps singing Dolly Parton at 3am.', 'patient-privacy/room "bay 7"'],
  ['The kid in room 4B ate all the popsicles on the unit.', 'patient-privacy/room "room 4B"'],
  ['that sweetheart in 14 pressed the call bell all night long', 'patient-privacy/room "in 14"'],
  ['Mrs. Abara, 91, in 512, told me stories about the war all shift.', 'patient-privacy/room "in 512"'],
  // contact and numbers
  ["His wife's cell is 312-555-0144 if anyone from the unit can call her back.", 'patient-privacy/phone "312-555-0144"'],
  ['The patient left her email, dana.k.rivers@mailbox.org, on the discharge form.', 'patient-privacy/email "dana.k.rivers@mailbox.org"'],
  ['Same MRN: 55021933 on two wristbands today. Check your armbands, people.', 'patient-privacy/record-number "55021933"'],
  ["The patient's Medicare number was on the sticker I found in the break room: 1EG4-TE5-MK72.", 'patient-privacy/record-number "1EG4-TE5-MK72"'],
  ['Registration read out her SSN 412-66-9031 in the waiting room.', 'patient-privacy/ssn "412-66-9031"'],
  ['Portal logs show the patient logged in from 203.0.113.77 twice.', 'patient-privacy/ip "203.0.113.77"'],
  // places
  ['EMS brought him in from 88 Wrenfield Road after neighbours heard him fall.', 'patient-privacy/address "88 Wrenfield Road"'],
  ['Our patient from zip code 48205 drove two hours for dialysis.', 'patient-privacy/zip "48205"'],
  ['Admitted a teacher at Brookside Elementary with meningitis.', 'patient-privacy/employer "Brookside Elementary"'],
  ['an Olympic medallist came through our ER with a dislocated shoulder tonight', 'patient-privacy/public-figure "an Olympic medallist"'],
  ["Our county's longtime sheriff was admitted after a fall this morning.", "patient-privacy/public-figure \"Our county's longtime sheriff\""],
  // recognisable stories and public figures
  ['The 16-year-old from the rollover on Highway 12 last night is out of surgery.', 'patient-privacy/case-details "16-year-old from the rollover on Highway 12 last night"'],
  ['We treated the Tigers\' starting pitcher in the ER tonight, no details.', "patient-privacy/public-figure \"the Tigers' starting pitcher\""],
  // bed codes, spelled ages, dates after "this afternoon", towns before a full stop, zips and workplaces in other word orders
  ['14C keeps pressing the call bell to ask what day it is.', 'patient-privacy/room "14C"'],
  ['Whoever is in 9B, your family dropped off the best cookies.', 'patient-privacy/room "in 9B"'],
  ['that grump in 22 threw his pudding at the wall again', 'patient-privacy/room "in 22"'],
  ['![dressing change day 4, bed 11](dressing-day4.jpg)', 'patient-privacy/room "bed 11"'],
  ['Our resident is ninety-four years old and still walks laps of the care home.', 'patient-privacy/age "ninety-four"'],
  ['She went home this afternoon, 2 April, after eleven weeks on the ward.', 'patient-privacy/date "2 April"'],
  ['Picked up an elderly man after a fall call in Dunmore. Hip looked bad.', 'patient-privacy/location "Dunmore"'],
  ['Sixth asthma admission from the 60623 zip code this month.', 'patient-privacy/zip "60623"'],
  ['Most of my home visit patients live in 97203, right by the rail yard.', 'patient-privacy/zip "97203"'],
  ['My patient works nights at Kettering Bakery and came straight to clinic from her shift.', 'patient-privacy/employer "Kettering Bakery"'],
  ['Gave Mateo his second vaccine today and he did not even flinch.', 'patient-privacy/name "Mateo"'],
  ['Mrs. Lindqvist baked cookies for the night team during her 3-week stay.', 'patient-privacy/name "Mrs. Lindqvist"'],
  // the unit a patient stayed on, rallying hashtags, a workplace one sentence after the patient's name
  ['Mrs. Halloran spent six weeks with us on 4 West and sent the whole unit a thank-you card.', 'patient-privacy/location "4 West"'],
  ['Praying for #AvaStrong tonight, our tiniest NICU warrior.', 'patient-privacy/name "#AvaStrong"'],
  ['Mrs. Adebayo went home after her stroke rehab. She is already planning her return to the tills at the Harlow Lane Co-op.', 'patient-privacy/employer "the Harlow Lane Co-op"'],
  // more ways to write an age, a room with its occupant after it, codes a few words after their label
  ['At 101, she is the oldest patient on our ward and the funniest.', 'patient-privacy/age "101"'],
  ['pt 92 M, found down at home, lying there since Friday.', 'patient-privacy/age "92 M"'],
  ['Our resident centenarian asked for a sherry with her dinner tonight.', 'patient-privacy/age "centenarian"'],
  ['Spent the night in resus 3 with a toddler who had swallowed a battery.', 'patient-privacy/room "resus 3"'],
  ["Her insurance member number ends in 88213 and it's been denied three times.", 'patient-privacy/record-number "88213"'],
  ['The licence plate on the van that left him at the doors was BXT-2207, security has it.', 'patient-privacy/record-number "BXT-2207"'],
  ['The man who lost two fingers to a table saw on Christmas morning came back to show us his stitches.', 'patient-privacy/case-details "lost two fingers to a table saw on Christmas morning"'],
  ['told Priyanka her scans were clear and she burst into tears', 'patient-privacy/name "Priyanka"'],
  // counterparts of the hard negatives below: the same shapes about someone in care
  ['Grandpa Joe in bed 4 keeps trying to escape to go milk his cows at 3am', 'patient-privacy/name "Joe"'],
  ['Our patient Nana Bea turned 97 today and the whole unit sang to her', 'patient-privacy/age "97"'],
  ['Her dad passed away on June 2nd in our ICU and she still sends us cards', 'patient-privacy/date "June 2nd"'],
  ['one year since Nana Rosa on our unit had her triple bypass (5/17/24) and she sent us a postcard', 'patient-privacy/date "5/17/24"'],
  ['Admitted a guy from Flint tonight with his third DKA this month', 'patient-privacy/location "Flint"'],
  ['Humbled to have cared for the only patient in Vermont living with fibrodysplasia ossificans progressiva.', 'patient-privacy/location "Vermont"'],
  ['That sophomore from Jefferson High who OD\'d at the party Friday is awake', 'patient-privacy/employer "Jefferson High"'],
  ['Happy 100th birthday to our longest-stay resident Edna! The whole care home sang to her.', 'patient-privacy/age "100"'],
];

const ALLOW: string[] = [
  'Dr. Farah Nasser gave the best sepsis lecture at the conference today.',
  'Congrats to my preceptor Lucia Ferreira on her promotion!',
  'My daughter Amelia turned 6 today and wants to be a nurse.',
  'Our grandma turned 94 this week and still beats us all at cards.',
  'If you are in crisis, call or text 988. Poison control: 1-800-222-1222.',
  'Registration for the wound care workshop closes March 3rd; sessions in Room 110.',
  'Patients are people first. Listen to them.',
  'Absolutely killing it on my first week of nights!',
  'Got my flu shot and my covid booster today, arm is sore.',
  'Teaching case (fictional): Mr. Q, 91, in bed 3 with new confusion. What do you check first?',
  'Read the case report by Okafor et al. (2021) on late-presenting appendicitis in a 93-year-old.',
  'Florence Nightingale and Mary Seacole changed nursing forever.',
  'Email me at jo.nurse.educator@example.org for the slides from the webinar.',
  'I ran past the hospital on Maple Street this morning; the sunrise was unreal.',
  'The new ICU at St. Vincent Memorial opens next month.',
  'Staff meeting is in conference room 2B on Thursday.',
  'The scrub nurse in room 3 has the best playlist in the OR.',
  'Our office moved: 210 Birch Avenue, Suite 400, Portland OR 97205. Call us to book.',
  'NCLEX practice question: Mr. B, 82, in bed 6 has a new fever after surgery. What do you do first?',
  'Rewatching ER and Dr. Greene still breaks my heart every season.',
  'She went home two weeks later and sent us a card.',
  'My grandpa turned ninety-one today and still drives (badly).',
  'Watched the game with my dad; the Bears lost again, of course.',
  'Our hospital volunteer Mr. Harold Finch has knitted 400 hats for the NICU. Absolute gem.',
  'Metformin is still first line for most adults with type 2 diabetes (ADA Standards of Care 2025).',
  'posting this from the break room, nobody has called for me in 20 min',
  'Our 5 North team won the hand hygiene award this year! So proud of everyone.',
  "I'm floating to 6 South tonight, wish me luck.",
  'Biscuit the therapy dog made the rounds on our unit today, best visitor ever.',
  'Dad sang Sinatra at the kitchen table all through my childhood.',
  'Listening to Taylor Swift on the drive home after a night shift, like it is therapy.',
  "Still recovering from Nadia's hen do, morning handover was rough.",
  'The ED was a zoo tonight and we still got everyone seen.',
  'Flying to Manila next week to see my lola for her 95th birthday.',
  'Thanks to Marcus in pharmacy for finding that antivenom at 3am.',
  'Trampoline injuries send thousands of kids to the ER every year; one jumper at a time (AAP).',
  'My mother-in-law is 94 and still drives to church every Sunday.',
  'Bed 4 of my garden finally has tomatoes after weeks of rain.',
  'Photo of our brand new unit: 24 private rooms and not one patient yet. No patients, no alarms.',
  'We spent 3 hours in 2 rooms at the sim lab practising codes.',
  'The guideline is at https://www.who.int/publications and worth a read.',
  'Ask your 95-year-old patients what they did for fun as kids; the answers are gold.',
  'Loading bay 2 is blocked all week, ambulances use bay 5 for now.',
  'Room 6 at the Marriott hosts our CE session on wound care at 9.',
  'Mr. Rogers told us to look for the helpers. Nurses are the helpers.',
  "Rewatching Grey's Anatomy and Cristina would never survive a real ICU night.",
  'Spent Thanksgiving with my in-laws, back on the unit tomorrow.',
  'Dad was discharged on the 3rd after his knee surgery and is already bossing Mom around.',
  'pt asked how my day was going and honestly no one has asked me that in weeks',
  'Her heart rate sat at 95. Stable overnight, nothing else to report in general terms.',
  'Our Dalmatian Juno does therapy visits at the hospice every Tuesday.',
  'Nurses: if a patient asks about turmeric, check their anticoagulants first (NIH ODS).',
  'Bed 2 in the call room has a broken brake again, work order in.',
  'Got my booster at the pharmacy in Croydon on the way home.',
  // the writer's own family, travel, town and career; history; public figures; rooms of buildings
  'Grandma turned 92 last Sunday and still beats me at Scrabble.',
  'Aunt Linda is 93 and sharper than all of us. Happy birthday to the matriarch!',
  'Dad passed away on June 2nd, 2021. Hospice nurses, thank you for his last week.',
  'Our son was born at 32 weeks on Feb 14th, 2019. NICU nurses are angels.',
  'Born on 4/12/1990, RN since 2014, back in love with nursing by 2023.',
  'Fun fact: the first successful human heart transplant was done by Christiaan Barnard in Cape Town in 1967.',
  'Went to the Mayo Clinic in Rochester for my own surgery. The nurses were incredible.',
  'ICU nurses at Kaiser Oakland are striking Thursday. Solidarity from LA.',
  "Peds nurse life: got peed on twice and called 'Miss Doctor Lady'. Good day honestly",
  'our escape room team is called The Night Shift and we got out of room 3 in 48 minutes',
  'Ozempic shortage update: my pharmacy in Ohio still cannot get the 1 mg pens.',
  'Admitted a lady from Texas with DKA today.',
  'I started as a CNA at 19 in a nursing home in Duluth. Twenty years later I lead a team of 40 nurses.',
  'Happy Mother\'s Day to my mom, who was a labor nurse for 35 years and delivered half of Flint',
  'Lupus awareness month. Selena Gomez has been so open about her kidney transplant, it helps my patients feel seen.',
  'pretty sure Bay 4 of the ambulance garage is haunted. the rig lights come on by themselves',
  'Bed 1 in our staff sleep room is the good one. First come first served on call nights.',
  'Exam room 3 has the broken blood pressure cuff. Fixed? No.',
  'Bob Ross energy only during my 3am wound care. Happy little granulation tissue.',
  'I was the patient this time: ED visit for chest pain. The triage nurse, Tom, was so kind.',
  'EMS life in Lubbock: 104 degrees in the rig today. Drink water, people!',
  'Happy 90th birthday to the Royal College of Midwives!',
  'Pet insurance pays out faster than my health insurance. Ask me how I know (Luna\'s ACL surgery)',
  'My aunt told me I look like Taylor Swift. I will take it.',
  "![Our unit's new mural painted by local artist Dana Ortiz](mural.jpg)\n\nOur pediatric wing got a glow-up! Dana Ortiz spent three weeks painting jungle animals.",
  'As Maya Angelou said, people will never forget how you made them feel. Holds at the bedside too.',
  'Pharmacists, the DEA telehealth rules changed again on Nov 12. Read the summary from ASHP before your next shift.',
  'The Knick is brutal to watch as an ortho nurse. Surgery in 1900 was terrifying.',
  "Movember is here! Our ED docs are growing 'staches for men's health #Movember",
  '![Chest x-ray from Radiopaedia case 12345, used under CC BY-NC-SA](cxr-pneumo.png)',
  'PT student here: Dr. Reyes made us do 100 transfers in lab today and my quads have filed a complaint',
  "Mom was a NICU nurse for 30 years at Children's in Denver. She still can't watch medical dramas.",
  "Shoutout to the Uber driver, Ahmed, who got me to my 7am shift when my car died. You're a hero.",
  'Leaving the bedside after 22 years to become a nurse informaticist at Epic in Verona. Wish me luck!',
  "Dr. Brown's 'Atlas of Wound Care' is $200 and worth every penny.",
];

describe('patient-privacy detectors', () => {
  for (const [draft, expected] of FLAG) {
    it(`flags ${expected} in: ${draft.slice(0, 60)}`, () => {
      const found = flagged(draft);
      assert.ok(found.includes(expected), `got: ${found.join(' | ')}`);
    });
  }
  for (const draft of ALLOW) {
    it(`stays silent on: ${draft.slice(0, 70)}`, () => {
      assert.deepEqual(flagged(draft).filter((f) => f.startsWith('patient-privacy/')), []);
    });
  }
});

describe('patient-privacy redactions', () => {
  const cases: [string, string, { strict?: boolean }?][] = [
    ['Mr. K in bed 4 refused his meds again.', 'A patient refused his meds again.'],
    ['She was discharged on March 3rd after her stroke.', 'She was discharged recently after her stroke.'],
    ['Our 94-year-old patient taught me gin rummy.', 'Our over-89-year-old patient taught me gin rummy.'],
    ["His wife's cell is 312-555-0144 if anyone from the unit can call her back.", "His wife's cell is [phone] if anyone from the unit can call her back."],
    ['Dr. Amara Osei treated Jamal Brown in room 12.', 'A doctor treated a patient.', { strict: true }],
  ];
  for (const [before, after, options] of cases) {
    it(`redacts: ${before}`, () => {
      assert.equal(fixed(before, { config: { strict: options?.strict ?? false } }), after);
    });
  }
});

describe('patient-privacy in a multi-line plain-text post', () => {
  it('flags the patient and the bed, not the colleague or what the patient calls the writer', () => {
    const text = 'so tired. 3 codes tonight and the lady in bed 12 kept calling me Linda.\nShoutout to Dr. Patel for staying late.\nMs. Henderson\'s daughter yelled at me for 20 min about the ginger ale.';
    const found = flagged(text, { filename: 'shift.txt' }).filter((f) => f.startsWith('patient-privacy/'));
    assert.deepEqual(found, ['patient-privacy/room "bed 12"', 'patient-privacy/name "Ms. Henderson"']);
  });
});
