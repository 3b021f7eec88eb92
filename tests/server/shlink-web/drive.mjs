// Drives Shlink's web UI (built from @shlinkio/shlink-web-component) in Chromium against a
// running linkdeck-server:   node drive.mjs APP_URL SERVER_URL API_KEY
// One line per step (ok / FAIL), screenshots in shots/, every API response >= 400, failed
// request and console error printed with its body. Exits 1 when a step fails.
import puppeteer from 'puppeteer-core';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdirSync } from 'node:fs';

const [app, server, key] = process.argv.slice(2);
mkdirSync('shots', { recursive: true });
// Under faketime (CI runs the suite 400 days ahead) Chromium does not work with libfaketime
// preloaded (its navigations time out): it runs on the real clock and its pages' Date is moved
// to this process's (faked) clock, the server's, so "today" and "last 30 days" agree with it.
const { LD_PRELOAD: _preload, FAKETIME: faked, ...browserEnv } = process.env;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--renderer-process-limit=1'],
  env: faked ? browserEnv : process.env,
});
const page = await browser.newPage();
const clockOffset = Date.now() - (await page.evaluate(() => Date.now()));
if (faked && Math.abs(clockOffset) > 1000) {
  await page.evaluateOnNewDocument((offset) => {
    const RealDate = Date;
    class FakedDate extends RealDate {
      constructor(...args) { if (args.length) super(...args); else super(RealDate.now() + offset); }
      static now() { return RealDate.now() + offset; }
    }
    window.Date = FakedDate;
  }, clockOffset);
}
await page.setViewport({ width: 1280, height: 900 });
page.setDefaultTimeout(10000);

const problems = [];
const apiCalls = [];
page.on('console', (m) => {
  if (m.type() !== 'error') return;
  const at = m.location()?.url ?? '';
  if (at.startsWith(server) && expected('GET', new URL(at).pathname, Number(m.text().match(/status of (\d+)/)?.[1]))) return;
  problems.push(`console error: ${m.text()}`);
});
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
// Chromium reports a fetch whose body nobody reads (the SDK's empty 204 answers) as
// net::ERR_ABORTED after its response arrived, for any server (a plain python 204 too): not a
// failure.
const answered = new Set();
page.on('requestfailed', (r) => {
  if (r.failure()?.errorText === 'net::ERR_ABORTED' && answered.has(r)) return;
  problems.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`);
});
// Shlink without a Mercure hub answers GET /rest/v3/mercure-info with 501
// mercure-not-configured (its OpenAPI spec, v2_mercure-info.json); the UI then goes without
// real-time updates.
const expected = (method, path, status) => method === 'GET' && path === '/rest/v3/mercure-info' && status === 501;
page.on('response', async (r) => {
  if (!r.url().startsWith(server)) return;
  const req = r.request();
  answered.add(req);
  const path = r.url().slice(server.length).split('?')[0];
  if (expected(req.method(), path, r.status())) return;
  const body = r.status() >= 400 ? await r.text().catch(() => '') : '';
  apiCalls.push({ method: req.method(), url: r.url().slice(server.length), status: r.status(), body, sent: req.postData() });
  if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${req.method()} ${r.url().slice(server.length)}${req.postData() ? ` body ${req.postData()}` : ''} -> ${body}`);
});

let failures = 0;
let shot = 0;
async function step(name, body) {
  const before = problems.length;
  const started = Date.now();
  apiCalls.length = 0;
  shot += 1;
  const file = `shots/${String(shot).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
  try {
    await body();
    await settle();
    assert.equal(problems.length, before, 'the browser saw errors (below)');
    console.log(`ok   ${name} (${file}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failures += 1;
    console.log(`FAIL ${name} (${file}): ${e.message.split('\n')[0]}`);
  }
  await page.screenshot({ path: file, fullPage: true });
  for (const p of problems.slice(before)) console.log(`     ${p}`);
  for (const c of apiCalls) if (c.method !== 'OPTIONS') console.log(`     api ${c.method} ${c.url} ${c.status}${c.sent ? ` ${c.sent}` : ''}`);
}
const settle = () => page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 }).catch(() => {});
const go = async (path) => { await page.goto(`${app}${path}`, { waitUntil: 'networkidle0' }); await settle(); };
const text = () => page.evaluate(() => document.querySelector('main')?.innerText ?? document.body.innerText);
const click = (selector) => page.locator(selector).click();
async function type(selector, value, { clear = false } = {}) {
  const field = await page.waitForSelector(selector);
  if (clear) { await field.click({ count: 3 }); await page.keyboard.press('Backspace'); }
  await field.type(value);
}
const waitText = (t) => page.waitForFunction((t) => document.body.innerText.includes(t), {}, t);
const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0';
const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
// GET SERVER/path as a browser would, without following: [status, Location].
const redirect = (path, headers = {}) => new Promise((resolve, reject) => {
  http.get(`${server}/${path}`, { headers: { 'User-Agent': firefox, ...headers } },
    (r) => { r.resume(); r.on('end', () => resolve([r.statusCode, r.headers.location])); }).on('error', reject);
});
const visit = async (path) => (await redirect(path))[0];

const slug = 'web-ui-slug';
const longUrl = 'https://example.com/first/page?ref=ui';
const newLongUrl = 'https://example.org/second/page';

await step('load the app and list short URLs (empty)', async () => {
  await page.goto(`${app}/app/list-short-urls/1?server=${encodeURIComponent(server)}&key=${encodeURIComponent(key)}`, { waitUntil: 'networkidle0' });
  await waitText('No results found');
});

await step('create a short URL with custom slug, tags and title', async () => {
  await go('/app/create-short-url');
  await type('input[placeholder="URL to be shortened"]', longUrl);
  await type('input[placeholder="Title"]', 'Web UI title');
  await type('input[placeholder="Custom slug"]', slug);
  await type('input[placeholder="Add tags to the URL"]', 'webui');
  await page.keyboard.press('Enter');
  await type('input[placeholder="Add tags to the URL"]', 'second-tag');
  await page.keyboard.press('Enter');
  await page.screenshot({ path: 'shots/02a-create-form-filled.png', fullPage: true });
  await click('button[type="submit"]');
  await waitText(`/${slug}`);
  const post = apiCalls.find((c) => c.method === 'POST');
  assert.ok(post, 'no POST was sent');
  assert.equal(post.status, 200, `POST answered ${post.status}`);
  const sent = JSON.parse(post.sent);
  assert.equal(sent.customSlug, slug);
  assert.equal(sent.title, 'Web UI title');
  assert.deepEqual([...sent.tags].sort(), ['second-tag', 'webui']);
});

await step('list shows the new short URL with title, tags and 0 visits', async () => {
  await go('/app/list-short-urls/1');
  await waitText(slug);
  const t = await text();
  assert.match(t, /Web UI title/);
  assert.match(t, /webui/);
  assert.match(t, /second-tag/);
});

await step('edit long URL and title', async () => {
  await go(`/app/short-code/${slug}/edit`);
  await page.waitForSelector('input[placeholder="URL to be shortened"]');
  await type('input[placeholder="URL to be shortened"]', newLongUrl, { clear: true });
  await type('input[placeholder="Title"]', 'Edited title', { clear: true });
  await click('button[type="submit"]');
  await waitText('Short URL properly edited');
  const patch = apiCalls.find((c) => c.method === 'PATCH');
  assert.ok(patch, 'no PATCH was sent');
  assert.equal(patch.status, 200);
  const sent = JSON.parse(patch.sent);
  assert.equal(sent.longUrl, newLongUrl);
  assert.equal(sent.title, 'Edited title');
});

await step('list shows the edited long URL and title', async () => {
  await go('/app/list-short-urls/1');
  await waitText('Edited title');
  const href = await page.$eval('table tbody tr a[href^="https://example.org"]', (a) => a.href).catch(() => null);
  assert.equal(href, newLongUrl, 'the title does not link to the new long URL');
});

await step('visits page shows 3 visits after 3 GETs of the short URL', async () => {
  for (let i = 0; i < 3; i += 1) assert.equal(await visit(slug), 302);
  await new Promise((r) => setTimeout(r, 1500));
  await go(`/app/short-code/${slug}/visits`);
  await page.waitForFunction(() => /Visits:\s*3\b|\b3 visits\b|Total visits[\s\S]{0,20}3/i.test(document.body.innerText), { timeout: 10000 })
    .catch(async () => { throw new Error(`no "3 visits" on the page: ${(await text()).slice(0, 400).replace(/\s+/g, ' ')}`); });
  await page.locator('::-p-text(By context)').click();
  await waitText('Firefox');
  await page.screenshot({ path: 'shots/06a-visits-by-context.png', fullPage: true });
  await page.locator('::-p-xpath(//*[self::a or self::button][normalize-space()="List"])').click();
  await waitText('Firefox');
  await page.screenshot({ path: 'shots/06b-visits-list.png', fullPage: true });
});

await step('filter the list by tag (an untagged short URL exists too)', async () => {
  const made = await fetch(`${server}/rest/v3/short-urls`, {
    method: 'POST',
    headers: { 'X-Api-Key': key, 'Content-Type': 'application/json' },
    body: JSON.stringify({ longUrl: 'https://example.net/untagged', customSlug: 'untagged-one' }),
  });
  assert.equal(made.status, 200);
  await go('/app/list-short-urls/1');
  await waitText('untagged-one');
  await go('/app/list-short-urls/1?tags=webui');
  await waitText(slug);
  assert.doesNotMatch(await text(), /untagged-one/, 'the tag filter shows an untagged short URL');
  const get = apiCalls.filter((c) => c.method === 'GET' && c.url.includes('/short-urls?')).pop();
  assert.ok(get?.url.includes('tags%5B%5D=webui'), `the last list request did not filter by tag: ${get?.url}`);
});

await step('search the list by a title word', async () => {
  await go('/app/list-short-urls/1');
  await waitText('untagged-one');
  const listed = page.waitForResponse((r) => r.request().method() === 'GET' && r.url().includes('searchTerm=Edited'));
  await type('input[placeholder="Search..."]', 'Edited');
  assert.equal((await listed).status(), 200);
  await page.waitForFunction(() => !document.body.innerText.includes('untagged-one'));
  await settle();
  const rows = await page.$$eval('table tbody tr', (trs) => trs.map((tr) => tr.innerText));
  assert.equal(rows.length, 1, `rows: ${JSON.stringify(rows)}`);
  assert.match(rows[0], new RegExp(slug));
  assert.match(rows[0], /Edited title/);
  const get = apiCalls.filter((c) => c.method === 'GET' && c.url.includes('/short-urls?')).pop();
  assert.match(get?.url ?? '', /searchTerm=Edited/, `the last list request: ${get?.url}`);
});

await step('list tags', async () => {
  await go('/app/manage-tags');
  await waitText('second-tag');
  assert.match(await text(), /webui/);
});

await step('tag visits page', async () => {
  await go('/app/tag/webui/visits');
  await page.waitForFunction(() => /Visits:\s*3\b/.test(document.body.innerText));
});

await step('rename a tag', async () => {
  await go('/app/manage-tags');
  await waitText('second-tag');
  const rows = await page.$$('table tbody tr');
  let menu;
  for (const row of rows) if ((await row.evaluate((r) => r.innerText)).includes('second-tag')) menu = await row.$('td:last-child button');
  assert.ok(menu, 'no row for second-tag');
  await menu.click();
  await page.locator('::-p-xpath(//*[self::a or self::button][normalize-space()="Edit"])').click();
  await type('dialog input[placeholder="Tag"]', 'renamed-tag', { clear: true });
  await page.screenshot({ path: 'shots/09a-rename-tag-dialog.png', fullPage: true });
  const renamed = page.waitForResponse((r) => r.request().method() === 'PUT');
  await page.evaluate(() => [...document.querySelectorAll('dialog button')].find((b) => b.innerText.trim() === 'Save').click());
  assert.equal((await renamed).status(), 204);
  await waitText('renamed-tag');
  const put = apiCalls.find((c) => c.method === 'PUT');
  assert.deepEqual(JSON.parse(put.sent), { oldName: 'second-tag', newName: 'renamed-tag' });
});

await step('overview shows the counts', async () => {
  await go('/app/overview');
  await waitText('renamed-tag');
  const t = (await text()).replace(/\s+/g, ' ');
  assert.match(t, /Visits 3\b/i, t.slice(0, 300));
  assert.match(t, /Short URLs 2\b/i, t.slice(0, 300));
  assert.match(t, /Tags 2\b/i, t.slice(0, 300));
});

await step('list domains', async () => {
  await go('/app/manage-domains');
  await waitText(new URL(server).host);
  await settle();
});

// Shlink's redirect rules page (the component offers it for every short URL; Shlink >= 4 has
// the endpoints): two rules, the first for iOS, the second for a German-speaking visitor.
const iosUrl = 'https://apps.apple.com/x';
const deUrl = 'https://example.de/x';
const doing = async (what, action) => { try { return await action(); } catch (e) { throw new Error(`${what}: ${e.message.split('\n')[0]}`); } };
async function addRule(longUrl, condition, fill) {
  await doing('Add rule', () => page.locator('::-p-xpath(//button[normalize-space()="Add rule"])').click());
  // Each rule row keeps its own (closed) edit dialog; mark the one that is open and shown.
  await doing('the rule dialog', () => page.waitForFunction(() => {
    for (const d of document.querySelectorAll('dialog')) d.removeAttribute('data-new-rule');
    const shown = [...document.querySelectorAll('dialog[open]')].filter((d) => d.getBoundingClientRect().height > 0 && d.innerText.includes('Redirect rule'));
    if (shown.length !== 1) return false;
    shown[0].setAttribute('data-new-rule', '');
    return true;
  }));
  const dialog = 'dialog[data-new-rule]';
  await doing('the rule dialog\'s long URL', () => type(`${dialog} input[placeholder="https://www.example.com"]`, longUrl));
  await doing('Add condition', () => page.$eval(`${dialog} button[aria-label="Add condition"]`, (b) => b.click()));
  await doing('the condition type', async () => (await page.waitForSelector(`${dialog} select`)).select(condition));
  await doing(`the ${condition} condition`, () => fill(dialog));
  await page.screenshot({ path: `shots/14${condition === 'device' ? 'a' : 'b'}-rule-dialog-${condition}.png`, fullPage: true });
  await page.evaluate(() => [...document.querySelectorAll('dialog[data-new-rule] button')].find((b) => b.innerText.trim() === 'Confirm').click());
  await page.waitForFunction((u) => [...document.querySelectorAll('[data-testid="rule-long-url"]')].some((a) => a.innerText.includes(u)), {}, longUrl);
  // The dialog fades out and resets its form when closed: the next one opens after that.
  await doing('closing the rule dialog', () => page.waitForFunction(() => !document.querySelector('dialog[open]')));
  await new Promise((r) => setTimeout(r, 500));
}
const shownRules = () => page.$$eval('[data-testid="rule-long-url"]', (as) => as.map((a) => a.innerText.trim()));

await step('add redirect rules (device ios, language de) and save', async () => {
  await go('/app/list-short-urls/1');
  await waitText(slug);
  let menu;
  for (const row of await page.$$('table tbody tr')) if ((await row.evaluate((r) => r.innerText)).includes(slug)) menu = await row.$('td:last-child button');
  assert.ok(menu, `no row for ${slug}`);
  await menu.click();
  await page.locator('::-p-text(Manage redirect rules)').click();
  await waitText('This short URL has no dynamic redirect rules');
  assert.ok(page.url().endsWith(`/app/short-code/${slug}/redirect-rules`), page.url());
  await addRule(iosUrl, 'device', async (dialog) => {
    const selects = await page.$$(`${dialog} select`);
    assert.equal(selects.length, 2, 'no device type select');
    await selects[1].select('ios');
  });
  await addRule(deUrl, 'language', (dialog) => type(`${dialog} input[placeholder="en-US / en"]`, 'de'));
  const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/short-urls/${slug}/redirect-rules`));
  await click('button[data-testid="save-button"]');
  assert.equal((await saved).status(), 200);
  await waitText('Redirect rules properly saved.');
  const post = apiCalls.find((c) => c.method === 'POST');
  assert.deepEqual(JSON.parse(post.sent), { redirectRules: [
    { longUrl: iosUrl, conditions: [{ type: 'device', matchValue: 'ios', matchKey: null }] },
    { longUrl: deUrl, conditions: [{ type: 'language', matchValue: 'de', matchKey: null }] },
  ] });
});

await step('redirect rules page after a reload shows both rules in priority order', async () => {
  await page.reload({ waitUntil: 'networkidle0' });
  await settle();
  await waitText('Device is ios');
  assert.deepEqual(await shownRules(), [iosUrl, deUrl]);
  const t = await text();
  assert.match(t, /Device is ios[\s\S]*de language is accepted/);
  assert.match(t, new RegExp(`If no conditions match, visitors will be redirected to: ${newLongUrl}`));
  assert.ok(await page.$('button[aria-label="Move rule with priority 2 up"]'), 'no second rule');
});

await step('the server redirects by the rules (iPhone, German, neither)', async () => {
  assert.deepEqual(await redirect(slug, { 'User-Agent': iphone }), [302, iosUrl]);
  assert.deepEqual(await redirect(slug, { 'Accept-Language': 'de-DE,de;q=0.9' }), [302, deUrl]);
  assert.deepEqual(await redirect(slug, { 'User-Agent': iphone, 'Accept-Language': 'de' }), [302, iosUrl], 'priority 1 first');
  assert.deepEqual(await redirect(slug), [302, newLongUrl]);
});

await step('delete the short URL', async () => {
  await go('/app/list-short-urls/1');
  await waitText(slug);
  let menu;
  for (const row of await page.$$('table tbody tr')) if ((await row.evaluate((r) => r.innerText)).includes(slug)) menu = await row.$('td:last-child button');
  assert.ok(menu, `no row for ${slug}`);
  await menu.click();
  await page.screenshot({ path: 'shots/10a-row-menu.png', fullPage: true });
  await page.locator('::-p-text(Delete short URL)').click();
  await type('input[placeholder="delete"]', 'delete');
  await page.screenshot({ path: 'shots/10b-delete-dialog.png', fullPage: true });
  const deleted = page.waitForResponse((r) => r.request().method() === 'DELETE');
  await page.evaluate(() => [...document.querySelectorAll('dialog button')].find((b) => b.innerText.trim() === 'Delete').click());
  await deleted;
  await page.waitForFunction((s) => !document.body.innerText.includes(s), {}, slug);
  assert.match(await text(), /untagged-one/);
  const del = apiCalls.find((c) => c.method === 'DELETE');
  assert.ok(del, 'no DELETE was sent');
  assert.equal(del.status, 204);
});

await browser.close();
console.log(failures ? `${failures} step(s) failed` : 'all steps passed');
process.exit(failures ? 1 : 0);
