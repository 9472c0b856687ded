import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EXTENSION_DIR } from './harness';

/**
 * Builds the extension once before the e2e run, so `npx playwright test` alone tests current code.
 * PARCELLENS_SKIP_BUILD=1 reuses an existing build (the npm script builds right before).
 */
export default function globalSetup(): void {
  if (process.env.PARCELLENS_SKIP_BUILD === '1' && existsSync(EXTENSION_DIR)) return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}
