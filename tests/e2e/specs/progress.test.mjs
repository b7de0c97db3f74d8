// The progress screen: stats, charts, export and import round trips, delete, reloads and
// two tabs, seeded through localStorage and driven through roles and names.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Widget, downloadOf, expectNoAxeViolations, launch, tabTo } from '../support.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const PROGRESS_KEY = 'knot-coach:default:progress';
const JOURNEY_KEY = 'knot-coach:default:journey';

/** Wednesday 19 November 2025, noon UTC: every test runs at this moment, in UTC. */
const NOW = new Date('2025-11-19T12:00:00Z');

/** A journey that answered the questionnaire with no red flags and sits on the progress screen
 * (printed from `draft::encode` for a journey driven through the domain with no red flags). */
const JOURNEY = JSON.stringify({
  schema_version: 1,
  journey: {
    started: true,
    questionnaire: {
      answers: {
        'emergency-signs': { kind: 'multiple', value: ['none'] },
        'knot-location': { kind: 'single', value: 'between-shoulder-blades' },
        duration: { kind: 'single', value: 'weeks' },
        'age-band': { kind: 'single', value: '20-49' },
        'warning-signs': { kind: 'multiple', value: ['none'] },
        'health-history': { kind: 'multiple', value: ['none'] },
        tried: {
          kind: 'outcomes',
          value: { exercise: 'not-tried', heat: 'not-tried', massage: 'not-tried', stretching: 'not-tried' },
        },
        'sitting-hours': { kind: 'number', value: 8 },
        equipment: { kind: 'multiple', value: ['ball', 'wall'] },
        'session-minutes': { kind: 'single', value: '10' },
      },
      position: { at: 'finished' },
      changing: false,
    },
    stage: 'progress',
    active: null,
  },
});

/** A stored session: started at `iso` (UTC), ten minutes long, one exercise done. */
function session(id, iso, before, after) {
  const started = Date.parse(iso);
  return {
    id,
    started_ms: started,
    ended_ms: started + 600_000,
    routine: [],
    completed: ['prone-swimmers'],
    pain_before: before,
    pain_after: after,
    feedback: {},
  };
}

/** A v2 progress document, as the widget stores and exports it. */
function progressDocument(sessions) {
  return {
    created_ms: Date.parse('2025-11-01T08:00:00Z'),
    format: 'knot-coach-progress',
    history: { sessions },
    schema_version: 2,
    settings: {},
  };
}

/** Five sessions over three weeks, two of them this week; pain before drops from 6 to 4. */
const SEEDED = [
  session('seed-1', '2025-11-03T09:00:00Z', 6, 5),
  session('seed-2', '2025-11-05T09:00:00Z', 6, 4),
  session('seed-3', '2025-11-10T09:00:00Z', 5, 4),
  session('seed-4', '2025-11-17T09:00:00Z', 4, 3),
  session('seed-5', '2025-11-18T18:30:00Z', 4, 2),
];

/** A fresh browser context at NOW in UTC, whose storage starts with `sessions` on the
 * progress screen. Seeding only fills empty keys, so a reload keeps what the widget saved. */
async function seededContext(sessions = SEEDED) {
  const context = await env.browser.newContext({ timezoneId: 'UTC', locale: 'en-GB' });
  await context.clock.setFixedTime(NOW);
  await context.addInitScript(
    ({ keys, progress, journey }) => {
      try {
        if (localStorage.getItem(keys.progress) === null) localStorage.setItem(keys.progress, progress);
        if (localStorage.getItem(keys.journey) === null) localStorage.setItem(keys.journey, journey);
      } catch {
        // about:blank has no storage; the real page comes next.
      }
    },
    {
      keys: { progress: PROGRESS_KEY, journey: JOURNEY_KEY },
      progress: JSON.stringify(progressDocument(sessions)),
      journey: JOURNEY,
    },
  );
  return context;
}

/** Opens `path` in `context` and waits for the progress screen. */
async function openProgress(context, path = '/') {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(env.baseUrl + path);
  const widget = new Widget(page);
  await widget.waitForHeading('Your progress');
  return { page, widget, errors };
}

/** The session log's rows (header excluded), as the reader hears each one. */
async function sessionRows(widget) {
  const table = widget.root.getByRole('table', { name: /^Your sessions/ });
  await table.waitFor();
  const rows = await table.getByRole('row').allInnerTexts();
  return rows.slice(1);
}

/** The stored progress document. */
async function stored(page) {
  return JSON.parse(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY));
}

/** Presses an export button and returns the downloaded file's name and text. */
async function exportFile(page, widget, name) {
  return downloadOf(page, widget.button(name));
}

/** Picks a file in the import field, as the reader would with the file chooser. */
async function pickImport(widget, name, text) {
  await widget.root
    .getByLabel('Import progress from a Knot Coach JSON file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

/** The accessible description an element points at with aria-describedby. */
function describedBy(locator) {
  return locator.evaluate((el) => {
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => el.getRootNode().getElementById(id)?.textContent ?? '').join(' ');
  });
}

test('the progress screen shows the sessions, this week against the goal and both charts, clean under axe-core', async () => {
  const context = await seededContext();
  const { page, widget, errors } = await openProgress(context);

  const rows = await sessionRows(widget);
  assert.equal(rows.length, 5, `five sessions listed: ${rows.join(' | ')}`);
  assert.match(rows[0], /Tue 18 Nov 2025, 18:30\s+4\s+2\s+1/, 'newest first, with pain before and after');
  assert.match(rows[4], /Mon 3 Nov 2025, 09:00\s+6\s+5\s+1/);

  const text = await widget.text();
  assert.match(text, /2\s+sessions this week \(goal: 3 to 4\)/);
  assert.match(text, /0\s+weeks in a row at the goal/);
  assert.match(text, /5\s+sessions in total/);
  assert.match(text, /Your pain is down 2 points since you started, comparing your first week with your latest: that's a real improvement\.\s*\[R4\]/);

  const painChart = widget.root.getByRole('img', { name: 'Chart of pain before and after each session, from 0 (no pain) to 10' });
  assert.match(await describedBy(painChart), /5 sessions with pain ratings, from Mon 3 Nov 2025 to Tue 18 Nov 2025\. Before sessions: 6 out of 10 at first, 4 most recently\. After sessions: 5 out of 10 at first, 2 most recently\./);
  const weekChart = widget.root.getByRole('img', { name: 'Bar chart of sessions each week, with the goal of 3 to 4 a week shaded' });
  assert.match(await describedBy(weekChart), /0 weeks of the last 3 weeks met the goal of 3 to 4 sessions\. This week so far: 2 sessions\./);
  const weekTable = widget.root.getByRole('table', { name: 'Sessions each week, oldest first' });
  assert.deepEqual(
    (await weekTable.getByRole('row').allInnerTexts()).slice(1).map((r) => r.split('\t').map((c) => c.trim())),
    [
      ['Mon 3 Nov 2025', '2', 'No'],
      ['Mon 10 Nov 2025', '1', 'No'],
      ['Mon 17 Nov 2025', '2', 'No'],
    ],
  );
  const strip = widget.root.getByRole('table', { name: /Days with a session in the last 4 weeks/ });
  assert.equal(await strip.getByRole('cell', { name: 'Tuesday 18 Nov: 1 session' }).count(), 1);
  assert.equal(await strip.getByRole('cell', { name: 'Wednesday 19 Nov (today): no session' }).count(), 1);

  await expectNoAxeViolations(page, 'progress screen');
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 320px, overflow ${overflow}px`);
  await expectNoAxeViolations(page, 'progress screen at 320px');
  assert.deepEqual(errors, []);
  await context.close();
});

test('after three weeks without improvement the screen advises a clinician and links to the clinic, under a strict CSP', async () => {
  const days = ['10-27', '10-29', '10-31', '11-03', '11-05', '11-07', '11-10', '11-12', '11-14', '11-17', '11-18'];
  const context = await seededContext(days.map((d, i) => session(`flat-${i}`, `2025-${d}T09:00:00Z`, 5, 5)));
  await context.addInitScript(() => {
    window.__violations = [];
    window.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  const { page, widget, errors } = await openProgress(context, '/fixtures/strict-csp.html');

  const prompt = widget.root.getByRole('heading', { level: 3, name: 'Time to have your back checked' });
  await prompt.waitFor();
  assert.match(await widget.text(), /You have done 11 sessions over 3 weeks and your pain has not clearly improved\..*\[S2, R2\]/s);
  const booking = widget.root.getByRole('link', { name: 'Book an appointment with Strict Clinic (opens in a new tab)' });
  assert.equal(await booking.getAttribute('href'), 'https://example.org/book');
  assert.equal(await booking.getAttribute('rel'), 'noopener noreferrer');
  await expectNoAxeViolations(page, 'progress screen with the clinician prompt', 'knot-coach');
  // A reader who goes straight to their routine sees the same advice there.
  await widget.button('Back to my routine').click();
  await widget.waitForHeading('Your routine');
  await widget.root.getByRole('heading', { level: 3, name: 'Time to have your back checked' }).waitFor();
  assert.equal(await booking.getAttribute('href'), 'https://example.org/book');
  await expectNoAxeViolations(page, 'routine with the clinician prompt', 'knot-coach');
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violations');
  // The fixture page has no icon, so the browser's request for /favicon.ico is the one 404.
  assert.deepEqual(errors.filter((e) => !/status of 404/.test(e)), []);
  await context.close();
});

test('exporting JSON, deleting everything and importing that file brings back every session', async () => {
  const context = await seededContext();
  const { page, widget } = await openProgress(context);
  const before = await stored(page);

  const exported = await exportFile(page, widget, 'Export JSON');
  assert.equal(exported.name, 'knot-coach-progress-2025-11-19.json');
  assert.equal(JSON.parse(exported.text).history.sessions.length, 5);

  await widget.button('Delete all data').click();
  await widget.button('Yes, delete everything').click();
  await widget.root.getByText('No sessions yet.', { exact: false }).waitFor();
  assert.equal((await stored(page)).history.sessions.length, 0);

  await pickImport(widget, exported.name, exported.text);
  const preview = widget.root.getByRole('group', { name: '5 new sessions will be added to your progress.' });
  await preview.waitFor();
  assert.equal((await stored(page)).history.sessions.length, 0, 'nothing changes before the reader confirms');
  assert.match(await preview.innerText(), /The new sessions are from Mon 3 Nov 2025 to Tue 18 Nov 2025\./);
  await expectNoAxeViolations(page, 'import preview', 'knot-coach');

  await widget.button('Add these sessions').click();
  const added = widget.root.getByRole('status').filter({ hasText: '5 sessions added to your progress.' });
  await added.waitFor();
  // Focus lands on the message after the charts have appeared above it, and it is in view.
  await page.waitForFunction(
    (host) => host.shadowRoot.activeElement?.textContent === '5 sessions added to your progress.',
    await page.locator('knot-coach').elementHandle(),
  );
  const box = await added.boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, `the message is on screen (y ${box.y})`);
  assert.equal((await sessionRows(widget)).length, 5);
  assert.deepEqual((await stored(page)).history.sessions, before.history.sessions);
  await context.close();
});

test('a damaged import file shows a clear error and changes nothing', async () => {
  const context = await seededContext();
  const { page, widget } = await openProgress(context);
  const exported = await exportFile(page, widget, 'Export JSON');
  const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);

  await pickImport(widget, 'cut-short.json', exported.text.slice(0, Math.floor(exported.text.length / 2)));
  const alert = widget.root.getByRole('alert');
  await alert.waitFor();
  assert.equal(
    await alert.innerText(),
    'This file could not be read. It is not a Knot Coach export, or it is damaged (for example, cut short). Nothing has been changed.',
  );
  assert.equal(await widget.button('Add these sessions').count(), 0);
  assert.equal((await sessionRows(widget)).length, 5);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY), before);
  await context.close();
});

test('a file over 5 MB is refused with its size and changes nothing', async () => {
  const context = await seededContext();
  const { page, widget } = await openProgress(context);
  const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);

  await pickImport(widget, 'huge.json', ' '.repeat(6 * 1024 * 1024));
  const alert = widget.root.getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.innerText(), 'The file is too large (6.0 MB). A Knot Coach export is never more than 5 MB.');
  assert.equal((await sessionRows(widget)).length, 5);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY), before);
  await context.close();
});

test('the CSV export has one row per session with pain before and after', async () => {
  const context = await seededContext();
  const { page, widget } = await openProgress(context);

  const exported = await exportFile(page, widget, 'Export CSV');
  assert.equal(exported.name, 'knot-coach-sessions-2025-11-19.csv');
  const lines = exported.text.replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '');
  const [header, ...rows] = lines.map((line) => line.split(','));
  assert.deepEqual(header, [
    'Date', 'Start time (UTC+00:00)', 'Duration (minutes)', 'Exercises done',
    'Pain before (0-10)', 'Pain after (0-10)', 'Feedback',
  ]);
  assert.deepEqual(
    rows.map(([date, time, , , before, after]) => [date, time, before, after]),
    [
      ['2025-11-03', '09:00', '6', '5'],
      ['2025-11-05', '09:00', '6', '4'],
      ['2025-11-10', '09:00', '5', '4'],
      ['2025-11-17', '09:00', '4', '3'],
      ['2025-11-18', '18:30', '4', '2'],
    ],
  );
  await context.close();
});

test('a reload keeps everything, including sessions imported just before', async () => {
  const context = await seededContext();
  const { page, widget } = await openProgress(context);
  const extra = progressDocument([session('from-laptop', '2025-11-19T07:15:00Z', 3, 1)]);
  await pickImport(widget, 'laptop.json', JSON.stringify(extra));
  await widget.root.getByRole('group', { name: '1 new session will be added to your progress.' }).waitFor();
  await widget.button('Add these sessions').click();
  await widget.root.getByRole('status').filter({ hasText: '1 session added' }).waitFor();
  const before = await stored(page);
  assert.equal(before.history.sessions.length, 6);

  await page.reload();
  await widget.waitForHeading('Your progress');
  const rows = await sessionRows(widget);
  assert.equal(rows.length, 6);
  assert.match(rows[0], /Wed 19 Nov 2025, 07:15\s+3\s+1/);
  assert.match(await widget.text(), /3\s+sessions this week/);
  assert.deepEqual(await stored(page), before);
  await context.close();
});

test('two tabs adding sessions at the same time both keep both sessions', async () => {
  const context = await seededContext();
  const a = await openProgress(context);
  const b = await openProgress(context);
  const fileA = progressDocument([session('tab-a', '2025-11-19T07:00:00Z', 4, 3)]);
  const fileB = progressDocument([session('tab-b', '2025-11-19T08:00:00Z', 3, 2)]);

  // Both previews are open before either tab saves.
  await pickImport(a.widget, 'a.json', JSON.stringify(fileA));
  await pickImport(b.widget, 'b.json', JSON.stringify(fileB));
  await a.widget.button('Add these sessions').waitFor();
  await b.widget.button('Add these sessions').waitFor();
  await Promise.all([a.widget.button('Add these sessions').click(), b.widget.button('Add these sessions').click()]);

  const bothTabs = async (tab) => {
    for (let i = 0; i < 50; i += 1) {
      if ((await sessionRows(tab.widget)).length === 7) return;
      await tab.page.waitForTimeout(100);
    }
    assert.fail(`the tab shows ${(await sessionRows(tab.widget)).length} sessions, not 7`);
  };
  await bothTabs(a);
  await bothTabs(b);

  await Promise.all([a.page.reload(), b.page.reload()]);
  for (const tab of [a, b]) {
    await tab.widget.waitForHeading('Your progress');
    const rows = await sessionRows(tab.widget);
    assert.equal(rows.length, 7);
    assert.match(rows.join('\n'), /Wed 19 Nov 2025, 08:00\s+3\s+2/);
    assert.match(rows.join('\n'), /Wed 19 Nov 2025, 07:00\s+4\s+3/);
  }
  const ids = (await stored(a.page)).history.sessions.map((s) => s.id);
  assert.deepEqual(ids, ['seed-1', 'seed-2', 'seed-3', 'seed-4', 'seed-5', 'tab-a', 'tab-b']);
  await context.close();
});

test('Delete all is reachable and confirmable with the keyboard alone', async () => {
  const context = await seededContext();
  const { page, widget } = await openProgress(context);

  await tabTo(page, 'button', 'Delete all data');
  await page.keyboard.press('Enter');
  const dialog = widget.root.getByRole('alertdialog', { name: /Delete every session and rating from this browser\?/ });
  await dialog.waitFor();
  assert.equal(await dialog.evaluate((el) => el.matches(':focus')), true, 'focus moves to the confirmation');
  await expectNoAxeViolations(page, 'delete confirmation', 'knot-coach');

  // Escape keeps the data and returns to the button, from the dialog or from inside it.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await widget.button('Delete all data').evaluate((el) => el.matches(':focus')), true);
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await tabTo(page, 'button', 'Keep my data', 3);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal((await stored(page)).history.sessions.length, 5, 'nothing was deleted');
  await page.keyboard.press('Enter');
  await dialog.waitFor();

  await tabTo(page, 'button', 'Yes, delete everything', 3);
  await page.keyboard.press('Enter');
  const status = widget.root.getByRole('status').filter({ hasText: 'All your progress has been deleted from this browser.' });
  await status.waitFor();
  assert.equal(await status.evaluate((el) => el.matches(':focus')), true, 'focus lands on the confirmation message');
  assert.match(await widget.text(), /No sessions yet\./);
  assert.equal((await stored(page)).history.sessions.length, 0);
  await context.close();
});

test('Delete all in one tab is not undone by another open tab', async () => {
  const context = await seededContext();
  const a = await openProgress(context);
  const b = await openProgress(context);
  assert.equal((await sessionRows(b.widget)).length, 5);

  await a.widget.button('Delete all data').click();
  await a.widget.button('Yes, delete everything').click();
  await a.widget.root.getByRole('status').filter({ hasText: 'All your progress has been deleted' }).waitFor();

  // The other tab hears of it and clears its copy instead of merging the old sessions back.
  for (let i = 0; i < 50 && !/No sessions yet\./.test(await b.widget.text()); i += 1) await b.page.waitForTimeout(100);
  assert.match(await b.widget.text(), /No sessions yet\./);
  await b.page.waitForTimeout(300);
  assert.equal((await stored(a.page)).history.sessions.length, 0);
  await Promise.all([a.page.reload(), b.page.reload()]);
  for (const tab of [a, b]) {
    await tab.widget.waitForHeading('Your progress');
    assert.match(await tab.widget.text(), /No sessions yet\./);
  }
  await context.close();
});
