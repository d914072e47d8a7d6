import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

describe('browser configuration', () => {
  it('leaves CORS off unless CORS_ORIGINS lists origins', () => {
    expect(loadConfig({}).corsOrigins).toBeUndefined();
    expect(loadConfig({ CORS_ORIGINS: ' ' }).corsOrigins).toBeUndefined();
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example, http://localhost:5173,https://Admin.Example' }).corsOrigins).toEqual([
      'https://app.example',
      'http://localhost:5173',
      'https://admin.example',
    ]);
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
  });

  it('names CORS_ORIGINS when an entry is not an exact origin', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example/path' })).toThrow(/^CORS_ORIGINS must list origins.*"https:\/\/app.example\/path"/);
    expect(() => loadConfig({ CORS_ORIGINS: 'app.example' })).toThrow(/^CORS_ORIGINS must list origins/);
    expect(() => loadConfig({ CORS_ORIGINS: 'ftp://app.example' })).toThrow(/^CORS_ORIGINS must list origins/);
    expect(() => loadConfig({ CORS_ORIGINS: '*,https://app.example' })).toThrow(/^CORS_ORIGINS: "\*" allows every origin and must stand alone/);
  });
});
