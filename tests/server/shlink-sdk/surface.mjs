// linkdeck-server driven by the official Shlink JS SDK (@shlinkio/shlink-js-sdk), a client
// nobody here wrote: every call of its surface, checked against what Shlink answers.
//
//   node surface.mjs http://127.0.0.1:PORT API_KEY
//
// Prints one line per step (ok / FAIL with the reason) and exits 1 when a step fails.
// Dates in the steps come from the server's answers or are far from now, never from the
// machine's clock, time zone or locale.
import { ShlinkApiClient } from '@shlinkio/shlink-js-sdk';
import { FetchHttpClient } from '@shlinkio/shlink-js-sdk/fetch';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import http from 'node:http';

const [baseUrl, apiKey] = process.argv.slice(2);
if (!baseUrl || !apiKey) {
  console.error('usage: node surface.mjs BASE_URL API_KEY');
  process.exit(2);
}

// Remembers the HTTP status of the SDK's last request: the SDK throws the problem body only.
let lastStatus = 0;
const recordingFetch = async (url, init) => {
  const response = await fetch(url, init);
  lastStatus = response.status;
  return response;
};
const api = new ShlinkApiClient(new FetchHttpClient(recordingFetch), { baseUrl, apiKey });

let failures = 0;
let steps = 0;
async function step(name, body) {
  steps += 1;
  try {
    await body();
    console.log(`ok   ${name}`);
  } catch (e) {
    failures += 1;
    const detail = e instanceof Error ? e.message : JSON.stringify(e);
    console.log(`FAIL ${name}: ${detail}`);
  }
}

// The SDK rejects with the problem document; this checks its type and the HTTP status.
async function rejectsWith(promise, status, type) {
  let problem;
  try {
    await promise;
  } catch (e) {
    problem = e;
  }
  assert.ok(problem, `expected a ${status} ${type} problem, the call succeeded`);
  assert.equal(lastStatus, status, `HTTP status ${lastStatus}, problem ${JSON.stringify(problem)}`);
  assert.equal(problem.status, status, `problem status ${problem.status}`);
  assert.equal(problem.type, `https://shlink.io/api/error/${type}`);
  return problem;
}

// A visitor (not the SDK): a GET of the short URL with a browser's user agent, over node:http
// (fetch cannot set Host, which picks the domain).
function visit(path, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(`${baseUrl}/${path}`, {
      headers: { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0', ...headers },
    }, (response) => {
      response.resume();
      response.on('end', () => resolve({
        status: response.statusCode,
        headers: { get: (name) => response.headers[name.toLowerCase()] ?? null },
      }));
    });
    request.on('error', reject);
  });
}

const codes = (list) => list.data.map((s) => s.shortCode).sort();

// --- 1. health and version -------------------------------------------------------------------
for (const version of ['', '/v1', '/v2', '/v3']) {
  await step(`GET /rest${version}/health without a key answers 200 pass`, async () => {
    const response = await fetch(`${baseUrl}/rest${version}/health`);
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.status, 'pass');
    assert.match(body.version, /^[45]\.\d+\.\d+$/, `version ${body.version} is not a Shlink version`);
  });
}
await step('health() through the SDK reports a Shlink version clients can gate features on', async () => {
  const health = await api.health();
  assert.equal(health.status, 'pass');
  const [major] = health.version.split('.').map(Number);
  assert.ok(major >= 4, `Shlink ${health.version} would hide redirect rules in clients`);
});

// --- short URLs: create, read, edit -----------------------------------------------------------
const created = {};
await step('createShortUrl with a custom slug, title, tags and meta', async () => {
  const s = await api.createShortUrl({
    longUrl: 'https://example.com/alpha', customSlug: 'alpha', title: 'Alpha title',
    tags: ['A', 'B'], maxVisits: 100, validUntil: '2099-01-01T00:00:00+00:00', crawlable: true,
  });
  assert.equal(s.shortCode, 'alpha');
  assert.equal(s.longUrl, 'https://example.com/alpha');
  assert.deepEqual([...s.tags].sort(), ['A', 'B']);
  assert.equal(s.meta.maxVisits, 100);
  assert.equal(s.meta.validUntil, '2099-01-01T00:00:00+00:00');
  assert.equal(s.crawlable, true);
  assert.equal(s.hasRedirectRules, false);
  created.alpha = s;
});
await step('createShortUrl: second link (tags A only), third (tag B only), fourth untagged', async () => {
  await api.createShortUrl({ longUrl: 'https://example.com/bravo', customSlug: 'bravo', title: 'Bravo title', tags: ['A'] });
  await api.createShortUrl({ longUrl: 'https://example.com/charlie', customSlug: 'charlie', tags: ['B'] });
  await api.createShortUrl({ longUrl: 'https://example.com/delta', customSlug: 'delta' });
});
await step('createShortUrl without a slug generates one of the asked length', async () => {
  const s = await api.createShortUrl({ longUrl: 'https://example.com/generated', shortCodeLength: 7 });
  assert.equal(s.shortCode.length, 7);
  created.generated = s;
});
await step('4. findIfExists without a custom slug returns the existing short URL', async () => {
  const again = await api.createShortUrl({ longUrl: 'https://example.com/generated', findIfExists: true });
  assert.equal(again.shortCode, created.generated.shortCode);
});
await step('findIfExists with a different long URL creates a new one', async () => {
  const other = await api.createShortUrl({ longUrl: 'https://example.com/generated-2', findIfExists: true });
  assert.notEqual(other.shortCode, created.generated.shortCode);
});
await step('createShortUrl with a taken slug: 400 non-unique-slug', async () => {
  await rejectsWith(api.createShortUrl({ longUrl: 'https://example.com/x', customSlug: 'alpha' }), 400, 'non-unique-slug');
});
await step('createShortUrl with a javascript: URL: 400 invalid-url', async () => {
  await rejectsWith(api.createShortUrl({ longUrl: 'javascript:alert(1)' }), 400, 'invalid-url');
});
await step('11. createShortUrl without longUrl: 400 invalid-data naming longUrl', async () => {
  const problem = await rejectsWith(api.createShortUrl({ customSlug: 'no-long-url' }), 400, 'invalid-data');
  assert.ok(problem.invalidElements.includes('longUrl'), JSON.stringify(problem));
});
await step('10. a custom slug with spaces becomes dashes', async () => {
  const s = await api.createShortUrl({ longUrl: 'https://example.com/spaces', customSlug: 'my summer sale' });
  assert.equal(s.shortCode, 'my-summer-sale');
});
await step('10. a custom slug may hold . and _', async () => {
  const s = await api.createShortUrl({ longUrl: 'https://example.com/dots', customSlug: 'v1.2_final' });
  assert.equal(s.shortCode, 'v1.2_final');
  assert.equal((await visit('v1.2_final')).headers.get('location'), 'https://example.com/dots');
});
await step('10. strict mode: Case-x and case-x are two short URLs', async () => {
  const upper = await api.createShortUrl({ longUrl: 'https://example.com/upper', customSlug: 'Case-x' });
  const lower = await api.createShortUrl({ longUrl: 'https://example.com/lower', customSlug: 'case-x' });
  assert.equal(upper.shortCode, 'Case-x');
  assert.equal(lower.shortCode, 'case-x');
  assert.equal((await api.getShortUrl({ shortCode: 'Case-x' })).longUrl, 'https://example.com/upper');
  assert.equal((await api.getShortUrl({ shortCode: 'case-x' })).longUrl, 'https://example.com/lower');
  const upperVisit = await visit('Case-x');
  assert.equal(upperVisit.headers.get('location'), 'https://example.com/upper');
  const lowerVisit = await visit('case-x');
  assert.equal(lowerVisit.headers.get('location'), 'https://example.com/lower');
});
await step('getShortUrl returns the link; an unknown code: 404 short-url-not-found', async () => {
  const s = await api.getShortUrl({ shortCode: 'alpha' });
  assert.equal(s.title, 'Alpha title');
  await rejectsWith(api.getShortUrl({ shortCode: 'nope-nope' }), 404, 'short-url-not-found');
});
await step('updateShortUrl changes the long URL and the title; the redirect follows', async () => {
  const s = await api.updateShortUrl({ shortCode: 'delta' }, { longUrl: 'https://example.com/delta-2', title: 'Delta' });
  assert.equal(s.longUrl, 'https://example.com/delta-2');
  assert.equal(s.title, 'Delta');
  const r = await visit('delta');
  assert.equal(r.status, 302);
  assert.equal(r.headers.get('location'), 'https://example.com/delta-2');
});
await step('updateShortUrl with an invalid date: 400 invalid-data', async () => {
  await rejectsWith(api.updateShortUrl({ shortCode: 'delta' }, { validSince: 'not a date' }), 400, 'invalid-data');
});

// --- 2, 3. listing, filters and search ----------------------------------------------------------
await step('listShortUrls pages with totals', async () => {
  const list = await api.listShortUrls({ itemsPerPage: 3, page: 1 });
  assert.equal(list.data.length, 3);
  assert.ok(list.pagination.totalItems >= 8, JSON.stringify(list.pagination));
  assert.equal(list.pagination.itemsPerPage, 3);
});
await step('2. tags[] with tagsMode any', async () => {
  assert.deepEqual(codes(await api.listShortUrls({ tags: ['A', 'B'], itemsPerPage: -1 })), ['alpha', 'bravo', 'charlie']);
});
await step('2. tags[] with tagsMode all', async () => {
  assert.deepEqual(codes(await api.listShortUrls({ tags: ['A', 'B'], tagsMode: 'all', itemsPerPage: -1 })), ['alpha']);
});
await step('2. excludeTags[]', async () => {
  const list = await api.listShortUrls({ excludeTags: ['A'], itemsPerPage: -1 });
  assert.ok(!codes(list).includes('alpha') && !codes(list).includes('bravo'), codes(list).join());
  assert.ok(codes(list).includes('charlie'));
});
await step('2. excludeTags[] with excludeTagsMode all', async () => {
  const list = await api.listShortUrls({ excludeTags: ['A', 'B'], excludeTagsMode: 'all', itemsPerPage: -1 });
  assert.ok(!codes(list).includes('alpha'));
  assert.ok(codes(list).includes('bravo') && codes(list).includes('charlie'), codes(list).join());
});
await step('3. searchTerm with a space (sent as +) finds the title', async () => {
  assert.deepEqual(codes(await api.listShortUrls({ searchTerm: 'Bravo title' })), ['bravo']);
});
await step('searchTerm finds by long URL and by tag', async () => {
  assert.deepEqual(codes(await api.listShortUrls({ searchTerm: 'example.com/charlie' })), ['charlie']);
});
await step('orderBy shortCode ASC', async () => {
  const list = await api.listShortUrls({ orderBy: { field: 'shortCode', dir: 'ASC' }, tags: ['A', 'B'] });
  assert.deepEqual(list.data.map((s) => s.shortCode), ['alpha', 'bravo', 'charlie']);
});
await step('startDate far in the future lists nothing', async () => {
  assert.equal((await api.listShortUrls({ startDate: '2999-01-01T00:00:00+00:00' })).data.length, 0);
});

// --- visits -------------------------------------------------------------------------------------
await step('12. a visit is readable right after its redirect (read your writes)', async () => {
  const r = await visit('alpha', { Referer: 'https://news.example/post' });
  assert.equal(r.status, 302);
  const visits = await api.getShortUrlVisits({ shortCode: 'alpha' });
  assert.equal(visits.data.length, 1, 'the visit is not there yet');
  const v = visits.data[0];
  assert.equal(v.referer, 'https://news.example/post');
  assert.equal(v.potentialBot, false);
  assert.equal(v.redirectUrl, 'https://example.com/alpha');
  assert.match(v.visitedUrl, /\/alpha$/);
  const s = await api.getShortUrl({ shortCode: 'alpha' });
  assert.equal(s.visitsSummary.total, 1);
});
await step('12. a bot visit counts as a potential bot, at once', async () => {
  await visit('bravo', { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' });
  const s = await api.getShortUrl({ shortCode: 'bravo' });
  assert.equal(s.visitsSummary.total, 1);
  assert.equal(s.visitsSummary.bots, 1);
  const visits = await api.getShortUrlVisits({ shortCode: 'bravo' }, { excludeBots: true });
  assert.equal(visits.data.length, 0);
});
await step('a visit records where it was sent, the forwarded query included', async () => {
  const r = await visit('Case-x?utm_source=print');
  assert.equal(r.headers.get('location'), 'https://example.com/upper?utm_source=print');
  const latest = (await api.getShortUrlVisits({ shortCode: 'Case-x' })).data[0];
  assert.equal(latest.redirectUrl, 'https://example.com/upper?utm_source=print');
});
await step('7. GET /{code}/track answers a 1x1 GIF and records a visit without redirect', async () => {
  const r = await visit('charlie/track');
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'image/gif');
  const visits = await api.getShortUrlVisits({ shortCode: 'charlie' });
  assert.equal(visits.data.length, 1);
  assert.equal(visits.data[0].redirectUrl, null);
  const orphans = await api.getOrphanVisits();
  assert.ok(!orphans.data.some((v) => /charlie\/track/.test(v.visitedUrl)), 'counted as an orphan visit');
});
await step('an unknown short code is an orphan visit of type invalid_short_url', async () => {
  const r = await visit('no-such-code');
  assert.equal(r.status, 404);
  const orphans = await api.getOrphanVisits({ type: 'invalid_short_url' });
  assert.ok(orphans.data.some((v) => v.type === 'invalid_short_url'), JSON.stringify(orphans.data));
});
await step('getTagVisits and an unknown tag', async () => {
  const visits = await api.getTagVisits('A');
  assert.equal(visits.data.length, 2);
  await rejectsWith(api.getTagVisits('no-such-tag'), 404, 'tag-not-found');
});
await step('getDomainVisits for DEFAULT', async () => {
  const visits = await api.getDomainVisits('DEFAULT');
  assert.ok(visits.data.length >= 3, `${visits.data.length}`);
});
await step('8. getDomainVisits for an unknown domain: 404 domain-not-found', async () => {
  await rejectsWith(api.getDomainVisits('unknown.example'), 404, 'domain-not-found');
});
await step('getNonOrphanVisits and getVisitsOverview', async () => {
  const visits = await api.getNonOrphanVisits();
  assert.ok(visits.data.length >= 3);
  const overview = await api.getVisitsOverview();
  assert.ok(overview.nonOrphanVisits.total >= 3, JSON.stringify(overview));
  assert.ok(overview.orphanVisits.total >= 1, JSON.stringify(overview));
});
await step('deleteShortUrlVisits removes the visits and the counts', async () => {
  const result = await api.deleteShortUrlVisits({ shortCode: 'bravo' });
  assert.equal(result.deletedVisits, 1);
  const s = await api.getShortUrl({ shortCode: 'bravo' });
  assert.equal(s.visitsSummary.total, 0);
});
await step('deleteOrphanVisits', async () => {
  const result = await api.deleteOrphanVisits();
  assert.ok(result.deletedVisits >= 1);
  assert.equal((await api.getOrphanVisits()).data.length, 0);
});

// --- tags ---------------------------------------------------------------------------------------
await step('listTags and tagsStats', async () => {
  const tags = await api.listTags();
  assert.deepEqual([...tags.data].sort(), ['A', 'B']);
  const stats = await api.tagsStats();
  const a = stats.data.find((t) => t.tag === 'A');
  assert.equal(a.shortUrlsCount, 2);
});
await step('11. tags/stats orderBy shortUrlsCount-DESC', async () => {
  await api.createShortUrl({ longUrl: 'https://example.com/echo', customSlug: 'echo', tags: ['Z'] });
  await api.createShortUrl({ longUrl: 'https://example.com/foxtrot', customSlug: 'foxtrot', tags: ['Z'] });
  await api.createShortUrl({ longUrl: 'https://example.com/golf', customSlug: 'golf', tags: ['Z'] });
  const response = await fetch(`${baseUrl}/rest/v3/tags/stats?orderBy=shortUrlsCount-DESC`, { headers: { 'X-Api-Key': apiKey } });
  const body = await response.json();
  assert.deepEqual(body.tags.data.map((t) => t.tag), ['Z', 'A', 'B']);
});
await step('editTag renames', async () => {
  await api.editTag({ oldName: 'Z', newName: 'Zulu' });
  assert.ok((await api.listTags()).data.includes('Zulu'));
  await rejectsWith(api.editTag({ oldName: 'nope', newName: 'x' }), 404, 'tag-not-found');
});
await step('11. a tag stays when its last short URL drops it (count 0)', async () => {
  await api.updateShortUrl({ shortCode: 'charlie' }, { tags: [] });
  const stats = await api.tagsStats();
  const b = stats.data.find((t) => t.tag === 'B');
  assert.ok(b, 'tag B disappeared');
  assert.equal(b.shortUrlsCount, 1);
  await api.updateShortUrl({ shortCode: 'alpha' }, { tags: ['A'] });
  const again = (await api.tagsStats()).data.find((t) => t.tag === 'B');
  assert.ok(again, 'tag B disappeared with its last short URL');
  assert.equal(again.shortUrlsCount, 0);
});
await step('2. deleteTags (tags[] in the query) deletes them', async () => {
  await api.deleteTags(['B', 'Zulu']);
  const tags = (await api.listTags()).data;
  assert.ok(!tags.includes('B') && !tags.includes('Zulu'), tags.join());
  assert.deepEqual((await api.getShortUrl({ shortCode: 'echo' })).tags, []);
});

// --- domains ------------------------------------------------------------------------------------
await step('listDomains has the default domain', async () => {
  const domains = await api.listDomains();
  assert.ok(domains.data.some((d) => d.isDefault), JSON.stringify(domains));
});
await step('9. editDomainRedirects with one field keeps the others', async () => {
  await api.editDomainRedirects({
    domain: 'go.example', baseUrlRedirect: 'https://example.com/base', regular404Redirect: 'https://example.com/404',
  });
  const edited = await api.editDomainRedirects({ domain: 'go.example', invalidShortUrlRedirect: 'https://example.com/invalid' });
  assert.equal(edited.baseUrlRedirect, 'https://example.com/base');
  assert.equal(edited.regular404Redirect, 'https://example.com/404');
  assert.equal(edited.invalidShortUrlRedirect, 'https://example.com/invalid');
  const cleared = await api.editDomainRedirects({ domain: 'go.example', regular404Redirect: null });
  assert.equal(cleared.regular404Redirect, null);
  assert.equal(cleared.baseUrlRedirect, 'https://example.com/base');
});

// --- 5. mercure -----------------------------------------------------------------------------------
await step('5. mercureInfo: 501 mercure-not-configured', async () => {
  await rejectsWith(api.mercureInfo(), 501, 'mercure-not-configured');
});

// --- 6. redirect rules --------------------------------------------------------------------------
await step('6. set and get redirect rules; the redirect follows them', async () => {
  const set = await api.setShortUrlRedirectRules({ shortCode: 'golf' }, {
    redirectRules: [
      { longUrl: 'https://example.com/android', conditions: [{ type: 'device', matchKey: null, matchValue: 'android' }] },
      { longUrl: 'https://example.com/german', conditions: [{ type: 'language', matchKey: null, matchValue: 'de' }] },
    ],
  });
  assert.equal(set.redirectRules.length, 2);
  const got = await api.getShortUrlRedirectRules({ shortCode: 'golf' });
  assert.equal(got.defaultLongUrl, 'https://example.com/golf');
  assert.deepEqual(got.redirectRules.map((r) => [r.priority, r.longUrl]),
    [[1, 'https://example.com/android'], [2, 'https://example.com/german']]);
  assert.equal((await api.getShortUrl({ shortCode: 'golf' })).hasRedirectRules, true);
  const android = await visit('golf', { 'User-Agent': 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36' });
  assert.equal(android.headers.get('location'), 'https://example.com/android');
  const german = await visit('golf', { 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.5' });
  assert.equal(german.headers.get('location'), 'https://example.com/german');
  const other = await visit('golf', { 'Accept-Language': 'fr-FR' });
  assert.equal(other.headers.get('location'), 'https://example.com/golf');
  const visits = await api.getShortUrlVisits({ shortCode: 'golf' });
  assert.deepEqual(visits.data.map((v) => v.redirectUrl).sort(),
    ['https://example.com/android', 'https://example.com/german', 'https://example.com/golf']);
});
await step('6. redirect rules of an unknown short URL: 404', async () => {
  await rejectsWith(api.getShortUrlRedirectRules({ shortCode: 'nope-nope' }), 404, 'short-url-not-found');
});

// --- 11. robots.txt and shorten -------------------------------------------------------------------
await step('11. robots.txt allows the crawlable short URLs only', async () => {
  const response = await fetch(`${baseUrl}/robots.txt`);
  const text = await response.text();
  assert.match(text, /Allow: \/alpha\b/);
  assert.doesNotMatch(text, /Allow: \/bravo\b/);
  assert.match(text, /Disallow: \//);
});
await step('11. GET /rest/v3/short-urls/shorten with apiKey and longUrl in the query', async () => {
  const response = await fetch(`${baseUrl}/rest/v3/short-urls/shorten?apiKey=${encodeURIComponent(apiKey)}&longUrl=${encodeURIComponent('https://example.com/shorten')}`);
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.match(body.shortUrl, /^http:\/\/.+\/[A-Za-z0-9]+$/);
  const plain = await fetch(`${baseUrl}/rest/v3/short-urls/shorten?apiKey=${encodeURIComponent(apiKey)}&longUrl=${encodeURIComponent('https://example.com/shorten-2')}&format=txt`);
  assert.equal(plain.status, 200);
  assert.match(await plain.text(), /^http:\/\/.+\/[A-Za-z0-9]+$/);
});


// --- API key roles (api-key:generate --author-only / --domain-only / --no-orphan-visits) -----------
const keyed = (key) => new ShlinkApiClient(new FetchHttpClient(recordingFetch), { baseUrl, apiKey: key });
if (process.env.AUTHOR_KEY) {
  const author = keyed(process.env.AUTHOR_KEY);
  const branded = keyed(process.env.DOMAIN_KEY);
  const noOrphans = keyed(process.env.NO_ORPHANS_KEY);
  await step('AUTHORED_SHORT_URLS: the key sees only what it created', async () => {
    const mine = await author.createShortUrl({ longUrl: 'https://example.com/by-author', customSlug: 'by-author', tags: ['mine'] });
    assert.equal(mine.shortCode, 'by-author');
    assert.deepEqual(codes(await author.listShortUrls({ itemsPerPage: -1 })), ['by-author']);
    await rejectsWith(author.getShortUrl({ shortCode: 'alpha' }), 404, 'short-url-not-found');
    await rejectsWith(author.updateShortUrl({ shortCode: 'alpha' }, { title: 'taken over' }), 404, 'short-url-not-found');
    await rejectsWith(author.deleteShortUrl({ shortCode: 'alpha' }), 404, 'short-url-not-found');
    assert.equal((await api.getShortUrl({ shortCode: 'alpha' })).title, 'Alpha title');
    assert.deepEqual((await author.listTags()).data, ['mine']);
    await visit('by-author');
    await visit('alpha');
    const overview = await author.getVisitsOverview();
    assert.equal(overview.nonOrphanVisits.total, 1, JSON.stringify(overview));
    assert.equal((await author.getNonOrphanVisits()).data.length, 1);
    await rejectsWith(author.deleteTags(['A']), 403, 'forbidden-tag-operation');
    await rejectsWith(author.editTag({ oldName: 'A', newName: 'A2' }), 403, 'forbidden-tag-operation');
    // The admin key sees the author's short URL too.
    assert.equal((await api.getShortUrl({ shortCode: 'by-author' })).longUrl, 'https://example.com/by-author');
  });
  await step('DOMAIN_SPECIFIC: the key creates on and sees its domain only', async () => {
    const made = await branded.createShortUrl({ longUrl: 'https://example.com/branded', customSlug: 'branded' });
    assert.equal(made.domain, 'go.example');
    assert.deepEqual(codes(await branded.listShortUrls({ itemsPerPage: -1 })), ['branded']);
    await rejectsWith(branded.getShortUrl({ shortCode: 'alpha' }), 404, 'short-url-not-found');
    assert.equal((await branded.getShortUrl({ shortCode: 'branded', domain: 'go.example' })).longUrl, 'https://example.com/branded');
    assert.deepEqual((await branded.listDomains()).data.map((d) => d.domain), ['go.example']);
    await rejectsWith(branded.editDomainRedirects({ domain: 'other.example', baseUrlRedirect: 'https://example.com/' }), 403, 'forbidden-operation');
    const r = await visit('branded', { Host: 'go.example' });
    assert.equal(r.headers.get('location'), 'https://example.com/branded');
  });
  await step('NO_ORPHAN_VISITS: orphan visits do not exist for the key', async () => {
    await visit('no-such-code-2');
    assert.ok((await api.getOrphanVisits()).data.length >= 1);
    assert.equal((await noOrphans.getOrphanVisits()).data.length, 0);
    assert.equal((await noOrphans.getVisitsOverview()).orphanVisits.total, 0);
    assert.equal((await noOrphans.deleteOrphanVisits()).deletedVisits, 0);
    assert.ok((await api.getOrphanVisits()).data.length >= 1, 'the no-orphan key deleted orphan visits');
  });
  await step('api-key:list shows the keys with their roles; api-key:disable ends a key at once', async () => {
    const old = keyed(process.env.OLD_KEY);
    await old.listShortUrls();
    const list = execFileSync(process.env.SERVER, ['api-key:list', '--db', process.env.DB]).toString();
    assert.match(list, /author\s+yes.*Author only/);
    assert.match(list, /branded\s+yes.*Domain only: go\.example/);
    execFileSync(process.env.SERVER, ['api-key:disable', 'old', '--db', process.env.DB]);
    await rejectsWith(old.listShortUrls(), 401, 'invalid-api-key');
    assert.match(execFileSync(process.env.SERVER, ['api-key:list', '--db', process.env.DB]).toString(), /old\s+no/);
  });
}

// --- errors and deletion ------------------------------------------------------------------------
await step('a wrong API key: 401 invalid-api-key', async () => {
  const bad = new ShlinkApiClient(new FetchHttpClient(recordingFetch), { baseUrl, apiKey: 'not-a-key' });
  await rejectsWith(bad.listShortUrls(), 401, 'invalid-api-key');
});
await step('deleteShortUrl; the code then answers 404', async () => {
  await api.deleteShortUrl({ shortCode: 'delta' });
  await rejectsWith(api.getShortUrl({ shortCode: 'delta' }), 404, 'short-url-not-found');
  assert.equal((await visit('delta')).status, 404);
});

console.log(`${steps - failures} of ${steps} steps passed`);
process.exit(failures ? 1 : 0);
