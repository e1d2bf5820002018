// The browser quality gate's machinery: build a site, serve it on loopback, and audit each page
// in headless Chromium (axe-core, privacy, links, no-JS, phone width, print) and with the W3C
// Nu HTML checker. Every audit returns a list of problems; an empty list is a pass.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '..', '..');

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// Flags that work in a sandbox without network (see issue #3).
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const VNU_JAR = join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

/** Builds a site folder's `content/` (and `locales/`, `themes/` if any) in a fresh temp folder
 * and returns the output folder. */
export function buildSite(siteDir, extraArgs = []) {
  const bin = process.env.PRIVASITE_BIN || join(repo, 'target', 'debug', 'privasite');
  const work = mkdtempSync(join(tmpdir(), 'privasite-browser-'));
  for (const part of ['content', 'locales', 'themes']) {
    if (existsSync(join(siteDir, part))) cpSync(join(siteDir, part), join(work, part), { recursive: true });
  }
  const out = join(work, 'public');
  execFileSync(bin, ['build', '--root', work, '--out', out, ...extraArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
  return out;
}

/** Every `.html` file under `dir`, as paths relative to it, sorted. */
export function htmlFiles(dir) {
  const found = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png' };

/** Serves `dir` on 127.0.0.1 with a free port, as a static host would. */
export async function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = join(dir, path);
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
}

/** Chromium through playwright-core, with the sandbox-safe flags. */
export async function launch() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A browser context that records, and blocks, every request to another origin. */
async function newContext(browser, origin, options, foreign) {
  const context = await browser.newContext(options);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return context;
}

/** Audits one page; returns problems as strings ("where: what"). */
export async function auditPage(browser, origin, path, { siteDir } = {}) {
  const url = `${origin}/${path.replace(/index\.html$/, '')}`;
  const problems = [];
  const foreign = [];
  const say = (what) => problems.push(`${path}: ${what}`);

  // Light and dark: axe's WCAG 2.1 A/AA rules, contrast included, and its best practices
  // (heading order, unique landmarks). CSP is bypassed only here, because axe itself must be
  // injected as a script.
  for (const colorScheme of ['light', 'dark']) {
    const context = await newContext(browser, origin, { bypassCSP: true, colorScheme }, foreign);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ content: AXE_SOURCE });
    const result = await page.evaluate(() =>
      globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
    for (const v of result.violations) {
      say(`axe ${v.id} (${colorScheme}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
    }
    await context.close();
  }

  // As a visitor gets it: the real CSP, JavaScript on, no cookies and no storage afterwards.
  const context = await newContext(browser, origin, {}, foreign);
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || response.status() !== 200) say(`HTTP ${response && response.status()}`);
  const withJs = await page.locator('main').innerText();
  const cookies = await context.cookies();
  if (cookies.length) say(`sets cookies: ${cookies.map((c) => c.name).join(', ')}`);
  const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
  if (storage) say(`uses web storage (${storage} entries)`);
  for (const e of consoleErrors) say(`console error: ${e}`);
  if ((await page.locator('h1').count()) !== 1) say('does not have exactly one h1');
  const links = await page.evaluate(() => [...document.querySelectorAll('a[href], link[href]')].map((a) => a.href));
  await context.close();

  // Without JavaScript the page is the same page.
  const noJs = await newContext(browser, origin, { javaScriptEnabled: false }, foreign);
  const noJsPage = await noJs.newPage();
  await noJsPage.goto(url, { waitUntil: 'load' });
  const withoutJs = await noJsPage.locator('main').innerText();
  if (withoutJs !== withJs) say('shows different content without JavaScript');
  // A draft of a policy that states nearly nothing is short on purpose.
  const isDraft = await noJsPage.locator('.draft-banner').count() > 0;
  if (withoutJs.trim().length < 100 && !isDraft) say('is nearly empty without JavaScript');
  await noJs.close();

  // A phone 390 px wide: nothing scrolls sideways.
  const phone = await newContext(browser, origin, { viewport: { width: 390, height: 844 } }, foreign);
  const phonePage = await phone.newPage();
  await phonePage.goto(url, { waitUntil: 'load' });
  const widths = await phonePage.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  if (widths[0] > widths[1]) say(`scrolls horizontally at 390 px (content is ${widths[0]} px wide)`);

  // Print: no navigation chrome, link targets written out, rows not split across pages.
  await phonePage.emulateMedia({ media: 'print' });
  const print = await phonePage.evaluate(() => {
    const shown = (sel) => [...document.querySelectorAll(sel)].filter((e) => getComputedStyle(e).display !== 'none').length;
    const external = document.querySelector('main a[href^="http"], main a[href^="mailto:"]');
    const row = document.querySelector('tr');
    return {
      chrome: shown('.site-nav, .languages, .skip-link, .toc'),
      url: external ? getComputedStyle(external, '::after').content : null,
      href: external ? external.getAttribute('href') : null,
      rowBreak: row ? getComputedStyle(row).breakInside : 'avoid',
    };
  });
  if (print.chrome) say(`print shows ${print.chrome} navigation element(s)`);
  if (print.href && !print.url.includes(print.href)) say(`print does not write out the link ${print.href}`);
  if (print.rowBreak !== 'avoid') say('print may break table rows across pages');
  await phone.close();

  for (const f of [...new Set(foreign)]) say(`requests another origin: ${f}`);
  if (siteDir) problems.push(...checkLinks(siteDir, origin, path, links));
  return problems;
}

/** Every same-origin link and anchor must lead to a file and an element that exist. */
export function checkLinks(siteDir, origin, fromPath, links) {
  const problems = [];
  for (const href of links) {
    const target = new URL(href);
    if (target.origin !== origin) continue; // other sites and mailto: are links, not requests
    let file = join(siteDir, decodeURIComponent(target.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) { problems.push(`${fromPath}: broken link ${target.pathname}`); continue; }
    const id = decodeURIComponent(target.hash.slice(1));
    if (id && !readFileSync(file, 'utf8').includes(`id="${id}"`)) {
      problems.push(`${fromPath}: link to missing anchor ${target.pathname}#${id}`);
    }
  }
  return problems;
}

/** Runs the W3C Nu HTML checker over files; returns its errors. */
export function validateHtml(dir, files) {
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files.map((f) => join(dir, f))], { encoding: 'utf8' });
  if (run.error) return [`could not run the HTML checker: ${run.error.message}`];
  const report = JSON.parse(run.stderr || '{"messages":[]}');
  return report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${relative(dir, fileURLToPath(m.url))}:${m.lastLine}: vnu: ${m.message}`);
}
