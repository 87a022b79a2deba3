import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
const workflow = load(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
  on: { push: { branches: string[] }; schedule: { cron: string }[] };
  permissions: Record<string, string>;
  jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } };
};

describe('the GitHub Pages workflow', () => {
  const steps = workflow.jobs.build.steps;
  const index = (match: (step: Step) => boolean) => steps.findIndex(match);

  it('installs with the Node version of .nvmrc and npm ci, then builds', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version-file']).toBe('.nvmrc');
    expect(index((s) => s.run === 'npm ci')).toBeGreaterThan(-1);
    expect(index((s) => s.run === 'npm run build')).toBeGreaterThan(index((s) => s.run === 'npm ci'));
  });

  it('deploys on every push to main and once a day, so scheduled entries go out on their day (build time = now, no SOURCE_DATE_EPOCH)', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.on.schedule[0]!.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(readFileSync('.github/workflows/deploy.yml', 'utf8')).not.toContain('SOURCE_DATE_EPOCH');
  });

  it('builds for the address Pages gives the site: its origin and its base path', () => {
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}' });
    expect(steps.find((s) => s.id === 'pages')?.uses).toMatch(/^actions\/configure-pages@/);
  });

  it('restores the social-card cache after npm ci (which empties node_modules) and before the build', () => {
    const cache = index((s) => s.uses?.startsWith('actions/cache@') === true);
    expect(steps[cache]!.with!['path']).toBe('node_modules/.cache/social-cards');
    expect(cache).toBeGreaterThan(index((s) => s.run === 'npm ci'));
    expect(cache).toBeLessThan(index((s) => s.run === 'npm run build'));
  });

  it('uploads dist/ and deploys it with the Pages permissions', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path']).toBe('dist');
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });
});

describe('netlify.toml', () => {
  const toml = readFileSync('netlify.toml', 'utf8');

  it('builds with npm run build into dist and serves each locale its not-found page with status 404', () => {
    expect(toml).toContain('command = "npm run build"');
    expect(toml).toContain('publish = "dist"');
    for (const locale of ['en', 'zh'])
      expect(toml).toContain(`[[redirects]]\n  from = "/${locale}/*"\n  to = "/${locale}/404/"\n  status = 404`);
  });
});
