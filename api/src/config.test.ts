import { describe, expect, it } from 'vitest';
import { loadSettings } from './config.ts';

describe('settings', () => {
  it('has defaults for a laptop', () => {
    expect(loadSettings({})).toEqual({
      port: 4242,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: '.ff/data',
      bootstrapToken: undefined,
      logLevel: 'info',
    });
  });

  it('reads every variable, treating empty values as unset', () => {
    expect(
      loadSettings({
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://u:p@db:5432/ff',
        FF_DATA_DIR: '',
        FF_BOOTSTRAP_TOKEN: 'ff_pat_0123456789abcdefghijklmn',
        LOG_LEVEL: 'debug',
      }),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u:p@db:5432/ff',
      dataDir: '.ff/data',
      bootstrapToken: 'ff_pat_0123456789abcdefghijklmn',
      logLevel: 'debug',
    });
  });

  it.each([
    [{ PORT: '70000' }, /^invalid PORT: .*\(got "70000"\)$/],
    [{ LOG_LEVEL: 'loud' }, /^invalid LOG_LEVEL/],
    [{ DATABASE_URL: 'mysql://u:secret@h/d' }, /^invalid DATABASE_URL: must start with postgres:\/\//],
    [{ FF_BOOTSTRAP_TOKEN: 'short' }, /^invalid FF_BOOTSTRAP_TOKEN/],
  ])('rejects %o with one line', (env, message) => {
    expect(() => loadSettings(env)).toThrow(message);
  });

  it('never echoes a secret setting back', () => {
    expect(() => loadSettings({ DATABASE_URL: 'mysql://u:secret@h/d' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret') }),
    );
  });
});
