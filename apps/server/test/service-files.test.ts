import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installService } from '../src/service/install-service.js';
import type { ServiceDefinition } from '../src/service/service-definition.js';
import { systemdUnit } from '../src/service/systemd-unit.js';
import { winswDescriptor } from '../src/service/winsw-descriptor.js';

const definition = (dir: string): ServiceDefinition => ({
  name: 'queue-office',
  description: 'Электронная очередь: сервер офиса (queue-office)',
  node: process.execPath,
  nodeFlags: ['--max-semi-space-size=2'],
  bundle: join(dir, 'apps', 'server', 'dist', 'main.mjs'),
  workingDir: dir,
  env: { DATA_DIR: join(dir, 'data folder'), PORT: '8443', TLS_CERT_FILE: '/etc/queue/office 100%.pem' },
  user: 'daemon',
  writablePaths: [join(dir, 'data folder')],
});

describe('the Linux service (systemd unit)', () => {
  it('restarts the server whenever it exits, as the given account, with the office in its environment', () => {
    const unit = systemdUnit(definition('/opt/queue'));
    expect(unit).toContain('Restart=always');
    expect(unit).toContain('User=daemon');
    expect(unit).toContain('Environment="DATA_DIR=/opt/queue/data folder"');
    // systemd expands % specifiers: a literal one is doubled.
    expect(unit).toContain('Environment="TLS_CERT_FILE=/etc/queue/office 100%%.pem"');
    expect(unit).toContain(
      `ExecStart=${process.execPath} --max-semi-space-size=2 /opt/queue/apps/server/dist/main.mjs`,
    );
    expect(unit).toContain('ReadWritePaths="/opt/queue/data folder"');
  });

  it('is a unit systemd accepts (systemd-analyze verify)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'queue-unit-'));
    const file = join(dir, 'queue-office.service');
    writeFileSync(file, systemdUnit(definition(dir)));
    const verify = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8' });
    if (verify.error)
      throw new Error(`systemd-analyze is needed here (.ci/run installs systemd): ${verify.error}`);
    // A unit with a mistake (an unknown key, a relative ExecStart) makes verify print it.
    expect(verify.stderr.split('\n').filter((l) => l.includes(file))).toEqual([]);
    expect(verify.status).toBe(0);
  });

  it('prints the unit without installing it (--dry-run)', () => {
    const lines: string[] = [];
    const unitDir = mkdtempSync(join(tmpdir(), 'queue-units-'));
    const file = installService({
      definition: definition('/opt/queue'),
      platform: 'linux',
      dryRun: true,
      unitDir,
      say: (l) => lines.push(l),
    });
    expect(file).toBe(join(unitDir, 'queue-office.service'));
    expect(existsSync(file)).toBe(false);
    expect(lines.join('\n')).toContain('Restart=always');
  });

  it('refuses to run the server as root by accident: the account is named', () => {
    const service = { ...definition('/opt/queue'), user: undefined };
    expect(() =>
      installService({ definition: service, platform: 'linux', dryRun: true, say: () => {} }),
    ).toThrow(/--user/);
  });

  it('systemd-analyze finds a broken unit (the check above can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'queue-unit-bad-'));
    const file = join(dir, 'broken.service');
    writeFileSync(file, systemdUnit(definition(dir)).replace('Restart=always', 'Restart=sometimes'));
    const verify = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8' });
    expect(verify.stderr).toMatch(/restart specifier/i);
  });
});

describe('the Windows service (WinSW descriptor)', () => {
  it('runs Node on the bundle with the office’s environment and restarts it after a failure', () => {
    const xml = winswDescriptor({
      ...definition('C:\\Program Files\\queue'),
      node: 'C:\\Program Files\\nodejs\\node.exe',
      bundle: 'C:\\Program Files\\queue\\apps\\server\\dist\\main.mjs',
      env: { DATA_DIR: 'D:\\Очередь & данные' },
    });
    expect(xml).toContain('<id>queue-office</id>');
    expect(xml).toContain('<executable>C:\\Program Files\\nodejs\\node.exe</executable>');
    expect(xml).toContain(
      '<arguments>--max-semi-space-size=2 &quot;C:\\Program Files\\queue\\apps\\server\\dist\\main.mjs&quot;</arguments>',
    );
    expect(xml).toContain('<env name="DATA_DIR" value="D:\\Очередь &amp; данные"/>');
    expect(xml).toContain('<onfailure action="restart" delay="2 sec"/>');
    expect(xml).toContain('<startmode>Automatic</startmode>');
  });

  it('is well-formed XML (xmllint)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'queue-winsw-'));
    const file = join(dir, 'queue-office.xml');
    writeFileSync(file, winswDescriptor({ ...definition(dir), env: { NAME: 'a "b" <c> & d' } }));
    const lint = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
    if (lint.error) throw new Error(`xmllint is needed here (.ci/run installs libxml2-utils): ${lint.error}`);
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
  });
});
