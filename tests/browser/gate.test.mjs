// The quality gate: every generated page of the example and of the fixtures, in every language,
// must pass every audit in a real browser and the W3C HTML checker.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';

import { auditPage, buildSite, htmlFiles, launch, repo, serve, validateHtml } from './harness.mjs';

// Each site with the build flags it needs: the reference policies and the silent one have
// errors on purpose (they are faithful to what their authors wrote), so they are drafts.
const SITES = {
  example: [repo, []],
  minimal: [join(repo, 'tests', 'fixtures', 'minimal'), []],
  silent: [join(repo, 'tests', 'fixtures', 'silent'), ['--draft']],
  'it-voor-ondernemers': [join(repo, 'tests', 'fixtures', 'reference', 'it-voor-ondernemers'), ['--draft']],
  'isowil-ipcom': [join(repo, 'tests', 'fixtures', 'reference', 'isowil-ipcom'), ['--draft']],
};

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const [name, [source, args]] of Object.entries(SITES)) {
  describe(`site: ${name}`, () => {
    let out;
    let server;
    before(async () => {
      out = buildSite(source, args);
      server = await serve(out);
    });
    after(async () => { await server?.close(); });

    it('is valid HTML (W3C Nu checker)', () => {
      assert.deepEqual(validateHtml(out, htmlFiles(out)), []);
    });

    it('passes every browser audit on every page', async () => {
      const pages = htmlFiles(out);
      assert.ok(pages.length >= 10, `only ${pages.length} pages`);
      const problems = [];
      for (const page of pages) {
        problems.push(...await auditPage(browser, server.origin, page, { siteDir: out }));
      }
      assert.deepEqual(problems, []);
    });
  });
}
