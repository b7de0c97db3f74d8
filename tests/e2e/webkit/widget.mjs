// The widget as a reader meets it in WebKit, through classic WebDriver: elements inside the
// shadow root are found by CSS (the only locator that works there), then picked by the
// accessible role and name WebKit computes for them; every press is a WebDriver click.
import assert from 'node:assert/strict';
import { By } from './driver.mjs';

/** CSS candidates for each role the tests look for. */
const CANDIDATES = {
  button: 'button',
  heading: 'h1, h2, h3, h4',
  checkbox: 'input[type=checkbox]',
  radio: 'input[type=radio]',
  textbox: 'input:not([type=checkbox]):not([type=radio]):not([type=file]), textarea',
  link: 'a[href]',
  note: '[role=note]',
  timer: '[role=timer]',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class WkWidget {
  /** `driver` with the page (or its frame) current; `host` is a CSS selector for the element. */
  constructor(driver, host = 'knot-coach') {
    this.driver = driver;
    this.host = host;
  }

  async shadow() {
    return (await this.driver.findElement(By.css(this.host))).getShadowRoot();
  }

  /** Elements with `role` and accessible `name` (a string or a RegExp), found now. */
  async all(role, name) {
    const shadow = await this.shadow();
    const found = [];
    for (const element of await shadow.findElements(By.css(CANDIDATES[role]))) {
      const [actualRole, label] = await Promise.all([element.getAriaRole(), element.getAccessibleName()]);
      // WebKit reports textboxes of type number as spinbuttons.
      if (actualRole !== role && !(role === 'textbox' && actualRole === 'spinbutton')) continue;
      if (name === undefined || (name instanceof RegExp ? name.test(label) : label === name)) found.push(element);
    }
    return found;
  }

  /** Waits for exactly one element with `role` and `name`, and returns it. */
  async find(role, name, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    let found = [];
    while (Date.now() < deadline) {
      found = await this.all(role, name).catch(() => []);
      if (found.length === 1) return found[0];
      await sleep(50);
    }
    assert.fail(`expected one ${role} "${name}", found ${found.length}; the widget shows:\n${await this.text().catch(() => '?')}`);
  }

  async has(role, name) {
    return (await this.all(role, name).catch(() => [])).length > 0;
  }

  /** A reader's click (tap) on the button or link with this name. */
  async press(name, role = 'button') {
    const element = await this.find(role, name);
    await this.settled(element);
    await element.click();
  }

  /**
   * Waits until `element` has stopped moving: the same box on screen over two animation
   * frames, as a reader waits for the screen to settle before tapping (Playwright's "stable"
   * check before each click). A new screen moves focus to its heading, and WebKitGTK may
   * still be laying it out when WebDriver reads where to click.
   */
  async settled(element) {
    for (let i = 0; i < 20; i += 1) {
      const still = await this.driver.executeAsyncScript(
        `const [element, done] = arguments;
        const box = () => JSON.stringify(element.getBoundingClientRect());
        const before = box();
        requestAnimationFrame(() => requestAnimationFrame(() => done(before === box())));`,
        element,
      );
      if (still) return;
    }
  }

  /** Ticks a checkbox or picks a radio by tapping its label, as a reader does. */
  async choose(role, name) {
    const input = await this.find(role, name);
    const id = await input.getAttribute('id');
    const shadow = await this.shadow();
    try {
      const label = await shadow.findElement(By.css(`label[for="${id}"]`));
      await this.settled(label);
      await label.click();
    } catch (error) {
      // The pain scale lays its transparent radio over the label: a tap lands on the radio.
      if (error.name !== 'ElementClickInterceptedError') throw error;
      await input.click();
    }
    assert.equal(await input.isSelected(), true, `${role} "${name}" is selected`);
  }

  async waitForHeading(name, timeoutMs = 10_000) {
    return this.find('heading', name, timeoutMs);
  }

  /** The text the reader sees inside the widget. */
  text() {
    return this.driver.executeScript(
      'const host = document.querySelector(arguments[0]); return host.shadowRoot?.firstElementChild?.innerText ?? "";',
      this.host,
    );
  }

  /** Waits until the Start button (`start`, in the widget's language) is there: the widget
   * downloaded and mounted. */
  async waitUntilReady(timeoutMs = 20_000, start = 'Start') {
    await this.find('button', start, timeoutMs);
  }
}

/** Answers the questionnaire with no red flags by tapping, and lands on "Your routine". */
export async function answerToRoutine(widget) {
  await widget.press('Start');
  await widget.waitForHeading('Do you have any of these along with the back pain?');
  await widget.choose('checkbox', 'None of these');
  await widget.press('Continue');
  await widget.waitForHeading('Where is the knot?');
  await widget.choose('radio', 'Between the shoulder blades');
  await widget.press('Continue');
  await widget.waitForHeading('How long have you had it?');
  await widget.choose('radio', 'From a week up to three months');
  await widget.press('Continue');
  await widget.waitForHeading('How old are you?');
  await widget.choose('radio', '20 to 49');
  await widget.press('Continue');
  await widget.waitForHeading('Have you noticed any of these?');
  await widget.choose('checkbox', 'None of these');
  await widget.press('Continue');
  await widget.waitForHeading('Does any of this apply to you?');
  await widget.choose('checkbox', 'None of these');
  await widget.press('Continue');
  await widget.waitForHeading('What have you tried so far, and how did it go?');
  await widget.press('Continue');
  // Typed into the box (WebDriver focuses it first). Not clicked: WebKitWebDriver reports a
  // click on a text box inside a shadow root as intercepted by the host element.
  await (await widget.find('textbox', /./)).sendKeys('8');
  await widget.press('Continue');
  await widget.waitForHeading('Which of these do you have at home?');
  await widget.choose('checkbox', 'None of these');
  await widget.press('Continue');
  // The shortest routine there is: the player then has the fewest phases to go through.
  await widget.choose('radio', '5 minutes');
  await widget.press('Continue');
  await widget.waitForHeading('Check your answers');
  await widget.press('See my result');
  await widget.waitForHeading('Your routine');
}

/** From the routine, through the pain check, to the player's Start. */
export async function toPlayer(widget) {
  await widget.press('Start session');
  await widget.waitForHeading('Before you start');
  await widget.press('Go to the timer');
  await widget.find('button', 'Start session');
}
