import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const frontend = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('api-schema.d.ts', () => {
  it('is what openapi-typescript generates from openapi.json (else: npm run generate:api)', () => {
    const cli = join(frontend, 'node_modules/openapi-typescript/bin/cli.js');
    const generated = execFileSync(process.execPath, [cli, 'openapi.json'], { cwd: frontend, encoding: 'utf8' });
    const checkedIn = readFileSync(join(frontend, 'src/lib/api-schema.d.ts'), 'utf8');
    expect(checkedIn === generated, 'src/lib/api-schema.d.ts differs from openapi.json: run `npm run generate:api`').toBe(true);
  }, 60_000);
});
