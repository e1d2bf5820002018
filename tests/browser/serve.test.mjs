// The live preview in a real browser: a save reloads the open page; a broken save shows the
// error overlay, which passes the same audits as the pages; the review page passes them and
// the W3C checker.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { auditPage, launch, repo, validateHtml } from './harness.mjs';

/** `privasite serve` on a copy of the example, on a port the system picks. */
async function startServer() {
  const bin = process.env.PRIVASITE_BIN || join(repo, 'target', 'debug', 'privasite');
  const work = mkdtempSync(join(tmpdir(), 'privasite-serve-'));
  cpSync(join(repo, 'content'), join(work, 'content'), { recursive: true });
  const child = spawn(bin, ['serve', '--color', 'never', '--port', '0', '--root', work], { stdio: ['ignore', 'ignore', 'pipe'] });
  const origin = await new Promise((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`no address from privasite serve: ${said}`)), 30000);
    child.stderr.on('data', (chunk) => {
      said += chunk;
      const found = said.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (found) { clearTimeout(timer); resolve(found[1]); }
    });
  });
  return { origin, work, stop: () => child.kill() };
}

describe('privasite serve', () => {
  let browser;
  let server;
  before(async () => {
    browser = await launch();
    server = await startServer();
  });
  after(async () => {
    server?.stop();
    await browser?.close();
  });

  it('reloads the open page after a save, and shows errors over it after a broken one', async () => {
    const policy = join(server.work, 'content', 'policy.yaml');
    const original = readFileSync(policy, 'utf8');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/privacy/`, { waitUntil: 'load' });
    assert.match(await page.locator('main').innerText(), /90 days/);

    writeFileSync(policy, original.replace('retention: {days: 90, after: collection}', 'retention: {days: 91, after: collection}'));
    await page.waitForFunction(() => document.querySelector('main')?.innerText.includes('91 days'), null, { timeout: 20000 });

    writeFileSync(policy, original.replace('legal_basis: consent', 'legal_basis: consnet'));
    await page.waitForSelector('.ps-dev-errors', { timeout: 20000 });
    assert.match(await page.locator('.ps-dev-errors').innerText(), /policy\.yaml:\d+:\d+/);
    await context.close();

    const problems = await auditPage(browser, server.origin, 'en/privacy/index.html');
    assert.deepEqual(problems, []);
    const dir = mkdtempSync(join(tmpdir(), 'privasite-served-'));
    writeFileSync(join(dir, 'overlay.html'), await (await fetch(`${server.origin}/fr/privacy/`)).text());
    assert.deepEqual(validateHtml(dir, ['overlay.html']), []);

    writeFileSync(policy, original);
  });

  it('has a review page that passes the audits and the W3C checker', async () => {
    const response = await fetch(`${server.origin}/_review/`);
    assert.equal(response.status, 200);
    const dir = mkdtempSync(join(tmpdir(), 'privasite-review-'));
    writeFileSync(join(dir, 'review.html'), await response.text());
    assert.deepEqual(validateHtml(dir, ['review.html']), []);
    const problems = await auditPage(browser, server.origin, '_review/index.html');
    assert.deepEqual(problems, []);
  });
});
