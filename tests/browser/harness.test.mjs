// The gate must be able to fail: a deliberately broken page trips each kind of check.

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';

import { auditPage, launch, serve, validateHtml } from './harness.mjs';

const BROKEN = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Broken</title>
<script src="https://cdn.example.com/tracker.js"></script></head>
<body><main>
<h1 id="same">A page with faults</h1>
<p id="same">Two elements share an id, an image has no text alternative, and a link leads nowhere.</p>
<img src="photo.png">
<p><a href="missing/">A link to a page that does not exist</a>, <a href="#nowhere">an anchor that does not exist</a>.</p>
<div style="width:800px">A block wider than a phone.</div>
<p style="color:#bbb;background:#fff">Text with too little contrast for anyone to read comfortably.</p>
</main></body></html>
`;

let browser;
let server;
let dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'privasite-broken-'));
  writeFileSync(join(dir, 'index.html'), BROKEN);
  browser = await launch();
  server = await serve(dir);
});
after(async () => { await server?.close(); await browser?.close(); });

it('catches a missing alt text, poor contrast, an external script, sideways scrolling and broken links', async () => {
  const problems = await auditPage(browser, server.origin, 'index.html', { siteDir: dir });
  const has = (text) => assert.ok(problems.some((p) => p.includes(text)), `no "${text}" in:\n${problems.join('\n')}`);
  has('axe image-alt');
  has('axe color-contrast (light)');
  has('requests another origin: https://cdn.example.com/tracker.js');
  has('scrolls horizontally at 390 px');
  has('broken link /missing/');
  has('link to missing anchor /#nowhere');
});

it('catches a duplicate id with the HTML checker', () => {
  const errors = validateHtml(dir, ['index.html']);
  assert.ok(errors.some((e) => e.includes('Duplicate ID “same”')), errors.join('\n'));
});
