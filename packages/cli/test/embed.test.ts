import { describe, expect, it } from 'vitest';
import { cateTaxonomy } from '@cate/core';
import { cate, lines } from './helpers.js';

describe('cate embed', () => {
  it('embed(SECTION) prints the module script and the element with default paths, and a note on stderr', async () => {
    const { code, stdout, stderr } = await cate(['embed', 'continent-of-origin']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      '<script type="module" src="/cate/cate-chart.bundle.js"></script>\n' +
        '<cate-chart section="continent-of-origin" src="/cate/data/publication.json"></cate-chart>\n',
    );
    expect(stderr).toBe(
      'cate: note: default paths used; pass --src and --script with the addresses your site serves them from\n',
    );
  });

  it('embed --src --script --quarters writes them into the snippet, the range in canonical form', async () => {
    const { code, stdout, stderr } = await cate([
      'embed',
      'sex',
      '--src',
      'https://example.org/cate/data/publication.json',
      '--script',
      'https://example.org/cate/cate-chart.bundle.js',
      '--quarters',
      '2024Q1..Q4 2025',
    ]);
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual([
      '<script type="module" src="https://example.org/cate/cate-chart.bundle.js"></script>',
      '<cate-chart section="sex" src="https://example.org/cate/data/publication.json" quarters="2024-Q1..2025-Q4"></cate-chart>',
    ]);
    expect(stderr).toBe('');
  });

  it('embed --classic uses the classic global script', async () => {
    const { stdout } = await cate(['embed', 'age', '--classic']);
    expect(lines(stdout)[0]).toBe('<script src="/cate/cate-chart.global.js" defer></script>');
  });

  it('embed escapes attribute values', async () => {
    const { stdout } = await cate(['embed', 'age', '--src', '/d.json?a=1&b="x"<y>', '--script', '/c.js']);
    expect(lines(stdout)[1]).toBe(
      '<cate-chart section="age" src="/d.json?a=1&amp;b=&quot;x&quot;&lt;y&gt;"></cate-chart>',
    );
  });

  it('embed(an unknown section) suggests the nearest id and exits 2', async () => {
    expect(await cate(['embed', 'contnent-of-origin'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'cate: unknown section "contnent-of-origin" in taxonomy "cate-quarterly" (did you mean "continent-of-origin"?); ' +
        'run "cate embed --list" for every section id\n',
    });
  });

  it('embed --list prints every section id with its title', async () => {
    const { code, stdout } = await cate(['embed', '--list']);
    expect(code).toBe(0);
    expect(lines(stdout)).toHaveLength(cateTaxonomy.sections.length);
    expect(lines(stdout)[0]).toBe(`new-and-existing-clients\t${cateTaxonomy.sections[0]!.title}`);
  });

  it("embed --taxonomy checks the section against a coalition's own taxonomy", async () => {
    const { code, stdout } = await cate([
      'embed',
      'needs',
      '--taxonomy',
      'river-city-taxonomy.json',
      '--src',
      '/n.json',
      '--script',
      '/c.js',
    ]);
    expect(code).toBe(0);
    expect(lines(stdout)[1]).toBe('<cate-chart section="needs" src="/n.json"></cate-chart>');
  });

  it('embed without a section, with two, or with a malformed range is a usage error', async () => {
    expect((await cate(['embed'])).stderr).toBe(
      'cate: "cate embed" needs a SECTION, e.g. cate embed continent-of-origin; run "cate embed --list" for every section id\n',
    );
    expect(await cate(['embed', 'sex', 'age'])).toMatchObject({
      code: 2,
      stderr: 'cate: "cate embed" takes one SECTION; found also "age"\n',
    });
    expect(await cate(['embed', 'sex', '--quarters', '2025-Q5'])).toMatchObject({
      code: 2,
      stderr:
        'cate: --quarters "2025-Q5" is not a quarter range; expected FROM..TO with FROM not after TO, e.g. 2024-Q1..2025-Q4 (or one quarter, 2025-Q3)\n',
    });
  });
});
