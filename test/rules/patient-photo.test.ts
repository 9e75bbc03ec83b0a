import assert from 'node:assert/strict';
import { afterFix, assertFlags, assertSilent, findings } from './util';

describe('patient-photo', () => {
  it('flags a markdown image whose alt text and file name show a patient chart film (error severity)', () => {
    const text = 'Day 3.\n\n![Mr. Quispe\'s chest film, day 3](quispe-cxr-day3.png)\n\nThat was an empyema.';
    const f = assertFlags(text, 'patient-photo', 'patient-photo/image');
    assert.equal(f.severity, 'error');
    assert.equal(text.slice(f.start, f.end), "![Mr. Quispe's chest film, day 3](quispe-cxr-day3.png)");
    assert.match(f.message, /chest film|cxr/);
    assert.equal(afterFix(text, f), 'Day 3.\n\nThat was an empyema.');
    assert.equal(afterFix(text, f, 'Replace image with a text note'), "Day 3.\n\n*[Image removed: Mr. Quispe's chest film, day 3]*\n\nThat was an empyema.");
  });

  it('reads the file name and the caption of an image with no alt text', () => {
    assertFlags('![](uploads/patient-wound-day2.jpg)', 'patient-photo', 'patient-photo/image');
    assertFlags('My patient let me share this one.\n\n![](img/1234.jpg)\n\nHis wound is finally closing after twelve weeks.', 'patient-photo', 'patient-photo/image');
  });

  it('allows images of the author, a mannequin, a diagram or a published case', () => {
    assertSilent('![My own wrist x-ray, taken the day I fell off my bike](/img/my-scaphoid-fracture.jpg)\n\nSix weeks in a cast.', 'patient-photo');
    assertSilent('![Our SimMan mannequin in the sim lab](sim-lab.jpg)', 'patient-photo');
    assertSilent('![Supine chest radiograph. Case courtesy of Radiopaedia.org, CC BY-NC-SA](radiopaedia-case.png)', 'patient-photo');
  });

  it('reads HTML <img> tags, and a caption at full weight when the image has no description', () => {
    assertFlags('Her wound is finally closed!\n\n<img src="uploads/day30.jpg" alt="the wound on day 30">', 'patient-photo', 'patient-photo/image');
    assertFlags('Mrs. D on her last day with us, after 40 days in our ICU.\n\n![](IMG_2034.jpg)', 'patient-photo', 'patient-photo/image');
    assertSilent('Our team at the 5k!\n\n![](IMG_2034.jpg)', 'patient-photo');
    assertSilent('```html\n<img src="patient-chart.png" alt="patient chart">\n```', 'patient-photo');
  });

  it('skips images inside code', () => {
    assertSilent('```\n![patient chart](chart.png)\n```', 'patient-photo');
  });

  it('flags prose about photos of patients, monitors, x-rays, whiteboards and wristbands', () => {
    for (const text of [
      'took a pic of the monitor so you can all see this rhythm 👀',
      'Snapped the whiteboard before report because our handwriting is art',
      'My patient let me take a selfie with her on her 100th birthday!!',
      'Here\'s the ECG from bed 4 tonight, classic STEMI',
      'Swipe to see his chest x-ray from admission vs. now 😍',
      'Wristband + tiny hand = my whole heart 😭 snapped this one during feeds',
      'Could not resist snapping this beauty of a kidney stone we retrieved today, look at the spikes on it!',
    ]) assertFlags(text, 'patient-photo');
    for (const text of ['Caught this on camera at my kid\'s soccer game, what a goal!', 'Filmed this sunset on the drive home from night shift.']) assertSilent(text, 'patient-photo');
  });

  it('stays silent on photos without patients (hard negatives)', () => {
    for (const text of [
      'First day as an RN ✨ Badge photo is terrible. Pic taken in the car park before I went in.',
      'Night shift squad 🌙 Zero patients in this photo, maximum pancakes.',
      'Throwback to my pinning ceremony, May 2014 📸 with my mum crying in row three.',
      'Photo of our new ultrasound machine, still in the plastic 🤩 training starts Monday.',
      'Never take photos of the patient whiteboard, it lists names.',
    ]) assertSilent(text, 'patient-photo');
  });

  it('hears photos of patients in many phrasings: captions, videos, collections, specimens', () => {
    for (const text of [
      'Me and Mrs. Ferreira after her last round of chemo!',
      'Had to take a video of this kid\'s face when the therapy dog came in.',
      'I keep a folder of the wildest x-rays I have seen at work.',
      'Grabbed a pic of the kidney stone we pulled out of him, size of a pea.',
      'Snapped it on my phone for the wound team: stage 3 pressure sore on the sacrum.',
      'Look what we pulled out of his ear today. Pic in the replies.',
    ]) assertFlags(text, 'patient-photo');
  });

  it('stays silent on cakes, views, own injuries and photo policy (hard negatives)', () => {
    for (const text of [
      'Look at this beautiful cake the night team made for our unit secretary\'s retirement.',
      'Snapped a photo of the sunrise over the helipad on my walk to the car.',
      'Picture of the x-ray of my own broken toe. Mind the stairs, people.',
      'Reminder for students: photos of patients or their screens never get posted, even blurred.',
      'Posting this from the break room lol',
    ]) assertSilent(text, 'patient-photo');
  });

  it('hears capture verbs and clinical subjects as word families (body parts, documents, dental work, trauma calls)', () => {
    for (const text of [
      'grabbed a happy snap of her ankle for the registrar, it was facing the wrong way',
      'Photographed the prescription she brought in so the team could decode it.',
      'Before and after of this morning\'s implant case, swipe to compare 😁',
      'got dashcam footage from the extrication, the car is unrecognisable',
      'Here he is in his tiny superhero cape on the warmer 🦸',
      'Photo of our theatre team with the patient on the table, what a case.',
    ]) assertFlags(text, 'patient-photo');
  });

  it('stays silent on photos of family, colleagues, published or historical images (hard negatives)', () => {
    for (const text of [
      'My nan\'s carer sent us a photo of her in the garden last week, she looked so happy.',
      'Selfie with my preceptor on her last day before retirement 💐',
      'Look at this x-ray plate from an antique medical textbook I found at a market.',
      'All CT images in the talk were from published cases, used with permission.',
      'Textbook herald patch on a teen in clinic today, classic case.',
      'Scan pic of our baby girl at twenty weeks, kicking away. Over the moon.',
      'Photos from the radiography course open house are up on the school website.',
      "Here's a shot of my study notes on ECG rhythms, colour coding saves lives.",
      'Families sometimes take pictures of the monitor to send to relatives, and that is their right.',
      'The patient\'s daughter showed me a photo of him at his wedding in 1962. He was so handsome.',
      'Medical photography for the wound care team is done on hospital devices only, with consent, stored in the chart.',
      'Taking a picture of the whiteboard to remember the new staffing grid, nothing about patients on it.',
      "## What I learned on a stroke unit\n\n![Our unit's whiteboard of stroke scale reminders](/img/nihss-board.jpg)\n\nTime is brain.",
      'Photo from the skills lab: practising central line dressings on the task trainer.',
    ]) assertSilent(text, 'patient-photo');
  });

  it('removes the sentence that describes the photo', () => {
    const text = 'Long night. took a pic of the monitor so you can all see this rhythm. Wild.';
    const f = assertFlags(text, 'patient-photo');
    assert.equal(f.fixes[0].title, 'Remove photo mention');
    assert.equal(afterFix(text, f), 'Long night. Wild.');
  });

  it('keeps offsets exact after an emoji and a CRLF', () => {
    const text = '😀\r\nlook at this x-ray from tonight';
    const [f] = findings(text, 'patient-photo');
    assert.ok(f);
    assert.ok(text.slice(f.start, f.end).startsWith('look at this x-ray'));
  });

  it('does not read published images, things or the author\'s own devices and results as patient photos (hard negatives)', () => {
    for (const text of [
      "screenshot of the CDC's new flu vaccine chart, super handy for patient education: cdc.gov/flu",
      'Look at this chart: US nursing shortage projections to 2030, via the BLS. Not great.',
      "here's a shot of the ultrasound machine we got donated, thanks to the hospital foundation!",
      'just watched a YouTube video of a heart transplant in the OR for pharm class. surgeons are wizards',
      "Here's a picture of my heart rate monitor after spin class. 182 bpm, I'm a cardiac nurse and I should know better",
      "my apple watch ECG says sinus rhythm, so I'm alive, just tired. screenshot for proof",
      'Look at this wound care kit our students put together for the homeless outreach clinic 💛',
      'Took a photo of the MRI suite before the grand opening. Wall murals of the ocean to calm kids down.',
      'my patient notes template for home health visits, screenshot below. blank, obviously. steal it',
      'pic of my lab results: vitamin D finally normal after a year of supplements. night shift nurses, check yours',
    ]) assertSilent(text, 'patient-photo');
  });

  it('reads family as the subject of a photo, not as the ones it was sent to', () => {
    assertFlags('snapped a quick pic of her ulcer for the wound care nurse and accidentally sent it to my family group chat 😬', 'patient-photo');
    assertFlags("got a pic of the rash on the little guy's back for the derm consult, then sent it to my sister lol", 'patient-photo');
    assertSilent('took a pic of the sunset on my walk home and sent it to my mum', 'patient-photo');
    assertSilent('look at this beautiful ECG rhythm strip poster I bought for the skills room. nerdy wall art 🥰', 'patient-photo');
  });

  it('still flags a patient\'s film, a wound or a monitor beside those words', () => {
    assertFlags('Sharing the chest film of my patient from this morning, a textbook tension pneumo.', 'patient-photo');
    assertFlags('took a pic of the monitor so you can all see this rhythm 👀', 'patient-photo');
    assertFlags('Snapped a pic of his wound before the dressing change, you won\'t believe how well it\'s healing', 'patient-photo');
  });
});
