#!/usr/bin/env node
// Browser tests run in Debian's chromium: no npm tool can download a browser on these machines.
// Installs it with apt-get when it is missing (CI runs as root on a fresh machine).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) {
  console.log(`chromium: ${path}`);
} else {
  console.log(`chromium not found at ${path}; installing Debian's chromium with apt-get`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
    stdio: 'inherit',
  });
  if (!existsSync(path)) {
    console.error(`chromium is still missing at ${path}; set CHROME_PATH to a Chromium binary`);
    process.exit(1);
  }
}

// The story screenshots (test/setup/story-screenshots.ts) were taken with Debian's DejaVu and Liberation fonts:
// install them when missing, so text is drawn with the same glyphs.
const fonts = {
  'fonts-dejavu-core': '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  'fonts-dejavu-extra': '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf',
  'fonts-liberation': '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
};
const missing = Object.entries(fonts)
  .filter(([, file]) => !existsSync(file))
  .map(([name]) => name);
if (missing.length && process.platform === 'linux') {
  console.log(`fonts missing for the story screenshots: ${missing.join(', ')}; installing them with apt-get`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`,
    {
      stdio: 'inherit',
    },
  );
}
