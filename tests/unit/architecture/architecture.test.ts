import { describe, expect, it } from 'vitest';
import { architectureViolations } from './architecture-rules';

const FIXTURE = 'tests/unit/architecture/fixture/';

describe('architecture', () => {
  it('keeps lib folders free of cycles, content scripts free of background code and pages free of schemas', async () => {
    expect(await architectureViolations('', ['lib', 'features', 'components', 'entrypoints'])).toEqual([]);
  }, 60_000);

  it('finds each kind of breach in a tree made to break them', async () => {
    const found = await architectureViolations(FIXTURE, ['lib', 'features', 'entrypoints']);
    expect(found.some((line) => line.startsWith('no-folder-cycle:') && line.includes('lib/orders'))).toBe(
      true,
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /^content-script-reaches-background: .*page\.content\/index\.ts → .*lib\/db\/database\.ts/,
      ),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/^pages-carry-no-schemas: .*page\.content\/index\.ts → .*node_modules\/zod\//),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/^loader-stays-tiny: .*clio\.content\/index\.ts → .*lib\/protocol\.ts/),
    );
  }, 60_000);
});
