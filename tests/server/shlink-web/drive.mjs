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
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--renderer-process-limit=1'],
});
const page = await browser.newPage();
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
  apiCalls.length = 0;
  shot += 1;
  const file = `shots/${String(shot).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
  try {
    await body();
    await settle();
    assert.equal(problems.length, before, 'the browser saw errors (below)');
    console.log(`ok   ${name} (${file})`);
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
const visit = (path) => new Promise((resolve, reject) => {
  http.get(`${server}/${path}`, { headers: { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0' } },
    (r) => { r.resume(); r.on('end', () => resolve(r.statusCode)); }).on('error', reject);
});

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
