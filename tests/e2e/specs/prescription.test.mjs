// A physiotherapist's prescription link (issue 15): written in clinician mode, opened in a
// fresh browser, accepted, screened and played to the rating; and ten kinds of bad link, each
// refused with nothing stored changed. Readers' moves only: clicks, typing, keys.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  ENGINE,
  Widget,
  activate,
  answerScreeningWithoutFlags,
  byKeyboard,
  expectNoAxeViolations,
  launch,
  openPage,
  pickRadio,
  press,
  tick,
  typeInto,
} from '../support.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

// ---- a version 1 link written by hand, as README's table lays it out ----

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let i = 0; i < 8; i += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
const varint = (n) => {
  const out = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
};
const text = (s) => {
  const bytes = [...Buffer.from(s, 'utf8')];
  return [...varint(bytes.length), ...bytes];
};
/** Prone swimmers (link index 6): sets x reps, 3 s up, 3 s down, 30 s rest; a note if given. */
const swimmers = ({ sets = 2, reps = 10, note } = {}) => [6, note ? 8 : 0, sets, reps, 0x33, ...varint(30), ...(note ? text(note) : [])];
/** Doorway chest stretch (link index 0): 2 holds of 30 s, 15 s rest. */
const chestStretch = [0, 1, 2, ...varint(30), ...varint(15)];
function payload({ sessions = 3, weeks = 4, clinic = 'Harbour Street Physio', booking = null, exercises }) {
  const out = [sessions, weeks, ...text(clinic)];
  if (booking === null) out.push(0);
  else if (booking.startsWith('https://')) out.push(3, ...text(booking.slice('https://'.length)));
  else out.push(1, ...text(booking));
  out.push(...varint(exercises.length));
  for (const exercise of exercises) out.push(...exercise);
  return out;
}
const b64 = (bytes) => Buffer.from(bytes).toString('base64url');
function fragment(bytes, version = 1) {
  const sum = crc32([version, ...bytes]);
  return `#rx=${version}.${b64(bytes)}.${b64([sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255])}`;
}

const GOOD = fragment(payload({ exercises: [swimmers(), chestStretch] }));

/** The ten kinds of bad link, each with the reason the reader must be shown. */
function badLinks() {
  const good = GOOD;
  const [, , body] = good.match(/^#rx=1\.([^.]+)\.(.+)$/) ?? [];
  assert.ok(body, 'the good link has a checksum');
  const payloadText = good.split('.')[1];
  const flipped = payloadText[3] === 'A' ? 'B' : 'A';
  const nine = Array.from({ length: 9 }, (_, i) => [i, 1, 2, ...varint(30), ...varint(15)]);
  return [
    ['truncated', good.slice(0, -4), /incomplete: part of it was lost/],
    ['altered', good.replace(payloadText, payloadText.slice(0, 3) + flipped + payloadText.slice(4)), /changed or mistyped/],
    ['unknown version', fragment(payload({ exercises: [swimmers()] }), 2), /newer version of Knot Coach \(format 2\)/],
    ['dose out of bounds', fragment(payload({ exercises: [swimmers({ reps: 40 })] })), /Prone swimmers, repetitions per set: choose from 8 to 15 \(not 40\)/],
    ['unknown exercise', fragment(payload({ exercises: [[99, 1, 2, 30, 15]] })), /names an exercise this version/],
    ['note with markup', fragment(payload({ exercises: [swimmers({ note: '<img src=x onerror=alert(1)>' })] })), /plain text, with no < or >/],
    ['not base64', '#rx=1.$$$$.AAAAAA', /not a prescription link Knot Coach can read/],
    ['too many exercises', fragment(payload({ exercises: nine })), /at most 8 exercises/],
    ['unsafe booking link', fragment(payload({ booking: 'javascript:alert(1)', exercises: [swimmers()] })), /whole link starting with https:\/\//],
    ['schedule out of bounds', fragment(payload({ sessions: 9, exercises: [swimmers()] })), /Choose from 1 to 7 \(not 9\)/],
    ['no exercise', fragment(payload({ exercises: [] })), /at least one exercise/],
  ];
}

/** Everything the widget keeps in localStorage, sorted by key. */
function stored(page) {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('knot-coach:') && !key.includes('page-lang'))
      .sort()
      .map((key) => [key, localStorage.getItem(key)]),
  );
}

/** Selects what a field holds and types over it, as a reader does. */
async function retype(page, field, value) {
  await activate(page, field);
  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+A' : 'Control+A');
  await page.keyboard.type(value);
}

/** From the first question to the prescribed routine, with no warning signs. */
async function screenToPrescribedRoutine(page, widget) {
  await widget.waitForHeading('Do you have any of these along with the back pain?');
  await answerScreeningWithoutFlags(page, widget);
  await widget.waitForHeading('What have you tried so far, and how did it go?');
  await press(page, 'Continue');
  await widget.waitForHeading('On a typical day, how many hours do you spend sitting?');
  await typeInto(page, widget.root.getByRole('textbox', { name: 'Number of hours' }), '4');
  await press(page, 'Continue');
  await widget.waitForHeading('Which of these do you have at home?');
  await tick(page, 'None of these');
  await press(page, 'Continue');
  await widget.waitForHeading('How much time can you give each session?');
  await pickRadio(page, '5 minutes');
  await press(page, 'Continue');
  await widget.waitForHeading('Check your answers');
  await press(page, 'See my result');
  await widget.waitForHeading('Your routine from your clinician');
}

test('a clinician writes a prescription link; a reader opens it fresh, accepts it and plays it to the rating', async () => {
  const permissions = ENGINE === 'chromium' ? { permissions: ['clipboard-read', 'clipboard-write'] } : {};
  const clinician = await openPage(env, '/?mode=clinician', permissions);
  const { page } = clinician;
  const widget = new Widget(page);
  await widget.root.evaluate((host) => host.scrollIntoView({ block: 'nearest' }));
  await widget.waitForHeading('Write a prescription link');
  assert.match(await widget.text(), /Fix the problems marked above to get the link/);
  assert.match(await widget.text(), /Enter the clinic's name/);
  await expectNoAxeViolations(page, 'clinician form, empty');

  await typeInto(page, widget.root.getByRole('textbox', { name: 'Clinic name' }), 'Harbour Street Physio');
  await typeInto(page, widget.root.getByRole('textbox', { name: 'Booking link (optional, starting with https://)' }), 'https://clinic.example/book');
  await tick(page, 'Prone swimmers');
  await tick(page, 'Doorway chest stretch');
  const swimmersGroup = widget.root.getByRole('group', { name: 'Prone swimmers' });
  const reps = swimmersGroup.getByRole('textbox', { name: 'Repetitions per set (8 to 15)' });
  // Past the safe bound: the problem shows beside the field, and there is no link.
  await retype(page, reps, '40');
  await widget.root.getByText('Prone swimmers, repetitions per set: choose from 8 to 15 (not 40).').waitFor();
  assert.equal(await reps.getAttribute('aria-invalid'), 'true');
  assert.equal(await widget.root.getByRole('textbox', { name: 'Prescription link' }).count(), 0);
  await expectNoAxeViolations(page, 'clinician form with a dose out of bounds');
  await retype(page, reps, '12');
  await typeInto(
    page,
    swimmersGroup.getByRole('textbox', { name: 'Note for your patient (optional, plain text, up to 120 characters)' }),
    'Keep your chin tucked.',
  );

  const linkField = widget.root.getByRole('textbox', { name: 'Prescription link' });
  await linkField.waitFor();
  const link = await linkField.inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#rx=1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/);
  assert.ok(link.length <= 213, `the link fits a version 10-M QR code (${link.length} bytes)`);
  assert.ok(await widget.root.getByRole('img', { name: 'QR code of the prescription link' }).isVisible());
  await press(page, 'Copy the link');
  await widget.root.getByText(/The link is copied\.|Select the link above and copy it\./).waitFor();
  const preview = await widget.text();
  assert.match(preview, /What your patient will see/);
  assert.match(preview, /Prescribed by Harbour Street Physio\./);
  assert.match(preview, /3 × 12 reps/);
  assert.match(preview, /Note from your clinician: Keep your chin tucked\./);
  await expectNoAxeViolations(page, 'clinician form with its link');
  if (ENGINE === 'chromium') {
    await page.emulateMedia({ media: 'print' });
    assert.ok(await widget.root.getByRole('img', { name: 'QR code of the prescription link' }).isVisible(), 'the sheet prints the QR code');
    assert.equal(await widget.root.getByRole('textbox', { name: 'Clinic name' }).isVisible(), false, 'the form does not print');
    await page.emulateMedia({ media: 'screen' });
  }
  await clinician.context.close();

  // The reader: a fresh browser context, nothing stored.
  const reader = await openPage(env, link.slice(env.baseUrl.length));
  const rpage = reader.page;
  const rwidget = new Widget(rpage);
  await rwidget.root.evaluate((host) => host.scrollIntoView({ block: 'nearest' }));
  await rwidget.waitForHeading('A routine from your clinician');
  assert.match(await rwidget.text(), /Harbour Street Physio has prescribed this home routine for you\./);
  assert.deepEqual(await stored(rpage).then((s) => s.filter(([k]) => k.endsWith(':prescription'))), [], 'nothing accepted yet');
  await expectNoAxeViolations(rpage, 'prescription offer');
  await press(rpage, 'Accept this routine');
  // The screening still comes first.
  await screenToPrescribedRoutine(rpage, rwidget);
  assert.equal(new URL(rpage.url()).hash, '', 'the link is taken out of the address once answered');
  const routine = await rwidget.text();
  assert.match(routine, /Prescribed by Harbour Street Physio\./);
  assert.match(routine, /1\. Prone swimmers/);
  assert.match(routine, /3 × 12 reps/);
  assert.match(routine, /Note from your clinician: Keep your chin tucked\./);
  assert.match(routine, /Your clinician chose this exercise/);
  await expectNoAxeViolations(rpage, 'prescribed routine');

  await press(rpage, 'Start session');
  await rwidget.waitForHeading('Before you start');
  await press(rpage, 'Go to the timer');
  await press(rpage, 'Start session');
  for (let i = 0; i < 400 && !(await rwidget.button('Finish and rate').isVisible()); i += 1) {
    await rpage.keyboard.press('ArrowRight');
  }
  await press(rpage, 'Finish and rate');
  await rwidget.waitForHeading('Well done. How did it go?');
  const keys = (await stored(rpage)).map(([key]) => key);
  assert.ok(keys.includes('knot-coach:default:prescription'), `the accepted prescription is kept: ${keys}`);
  assert.equal(reader.errors.length, 0, reader.errors.join('\n'));
  await reader.context.close();
});

test('ten kinds of bad link are each refused with a reason, and nothing stored changes', async () => {
  const { page, context, errors } = await openPage(env, `/${GOOD}`);
  const widget = new Widget(page);
  await widget.root.evaluate((host) => host.scrollIntoView({ block: 'nearest' }));
  await widget.waitForHeading('A routine from your clinician');
  await press(page, 'Accept this routine');
  await widget.waitForHeading('Do you have any of these along with the back pain?');
  const before = await stored(page);
  assert.ok(before.some(([key]) => key.endsWith(':prescription')), 'a prescription is stored to begin with');

  const links = badLinks();
  assert.ok(links.length >= 10);
  for (const [kind, bad, reason] of links) {
    // Opened in the address bar of the open page (the widget hears the fragment change).
    await page.goto(`${env.baseUrl}/${bad}`);
    await widget.waitForHeading('This prescription link cannot be used');
    const alert = widget.root.getByRole('alert');
    assert.match(await alert.innerText(), reason, kind);
    assert.match(await widget.text(), /Nothing has been changed and no routine will run/, kind);
    assert.equal(await widget.button('Start session').count(), 0, `${kind}: no routine runs`);
    if (kind === 'truncated') await expectNoAxeViolations(page, 'refused link');
    await press(page, 'Continue');
    await widget.waitForHeading('Do you have any of these along with the back pain?');
    assert.deepEqual(await stored(page), before, `${kind}: nothing stored changed`);
  }

  // A bad link opened in a new tab of a page load of its own is refused too.
  const fresh = await context.newPage();
  await fresh.goto(`${env.baseUrl}/${links[3][1]}`);
  const freshWidget = new Widget(fresh);
  await freshWidget.root.evaluate((host) => host.scrollIntoView({ block: 'nearest' }));
  await freshWidget.waitForHeading('This prescription link cannot be used');
  assert.deepEqual(await stored(fresh), before, 'a fresh load with a bad link changes nothing stored');
  assert.equal(errors.length, 0, errors.join('\n'));
  await context.close();
});

test('clinician mode works by keyboard alone, from the clinic name to the copied link', async () => {
  const { page, context, errors } = await openPage(env, '/?mode=clinician');
  const widget = new Widget(page);
  await widget.root.evaluate((host) => host.scrollIntoView({ block: 'nearest' }));
  await widget.waitForHeading('Write a prescription link');
  await byKeyboard.typeInto(page, 'Clinic name', 'Harbour Street Physio');
  await byKeyboard.tick(page, 'Seated band rows');
  const sets = widget.root.getByRole('group', { name: 'Seated band rows' }).getByRole('textbox', { name: 'Sets, repeats or rounds (1 to 3)' });
  await page.keyboard.press('Tab');
  assert.ok(await sets.evaluate((el) => el.matches(':focus')), 'Tab moves from the box to its first dose field');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await byKeyboard.press(page, 'Copy the link');
  await widget.root.getByText(/The link is copied\.|Select the link above and copy it\./).waitFor();
  const link = await widget.root.getByRole('textbox', { name: 'Prescription link' }).inputValue();
  assert.match(link, /#rx=1\./);
  assert.equal(errors.length, 0, errors.join('\n'));
  await context.close();
});

test("a clinic page's widget finds a prescription in the page's fragment; Not now stores nothing", async () => {
  const { page, context, errors } = await openPage(env, `/demo/blog.html${GOOD}`);
  const widget = new Widget(page);
  await widget.root.evaluate((host) => host.scrollIntoView({ block: 'nearest' }));
  await widget.waitForHeading('A routine from your clinician');
  assert.match(await widget.text(), /Harbour Street Physio has prescribed this home routine for you\./);
  assert.match(await widget.text(), /Prone swimmers: 2 × 10 reps/);
  await expectNoAxeViolations(page, 'prescription offer on the blog post', 'knot-coach');
  await press(page, 'Not now');
  await widget.button('Start').waitFor();
  assert.equal(new URL(page.url()).hash, '', 'the link is taken out of the address');
  const keys = (await stored(page)).map(([key]) => key);
  assert.ok(!keys.some((key) => key.endsWith(':prescription')), `nothing accepted: ${keys}`);
  // The demo post has no icon: the browser's request for /favicon.ico is the one 404.
  assert.deepEqual(errors.filter((e) => !/status of 404/.test(e)), []);
  await context.close();
});

test('in French, the offer and a refused link speak French', async () => {
  const { page, context, errors } = await openPage(env, `/demo/blog-fr.html${GOOD}`);
  const widget = new Widget(page);
  await widget.root.evaluate((host) => host.scrollIntoView({ block: 'nearest' }));
  await widget.waitForHeading('Un programme de votre physiothérapeute');
  assert.match(await widget.text(), /Harbour Street Physio vous a prescrit ce programme à faire à la maison\./);
  assert.match(await widget.text(), /Information générale d’autosoins/);
  await expectNoAxeViolations(page, 'prescription offer in French', 'knot-coach');
  await page.goto(`${env.baseUrl}/demo/blog-fr.html${GOOD.slice(0, -4)}`);
  await widget.waitForHeading('Ce lien de prescription ne peut pas être utilisé');
  assert.match(await widget.root.getByRole('alert').innerText(), /Le lien est incomplet\u00a0: une partie s’est perdue/);
  await press(page, 'Continuer');
  // The refused link replaced the offer: the reader is back where the widget was.
  await widget.button('Commencer').waitFor();
  assert.deepEqual(errors.filter((e) => !/status of 404/.test(e)), []);
  await context.close();
});
