import { UpcastError } from './errors';
import { UpcasterRegistry } from './upcasters';

describe('UpcasterRegistry', () => {
  const registry = new UpcasterRegistry()
    .register('StoryOpened', 1, (d: { name: string }) => ({ title: d.name }))
    .register('StoryOpened', 2, (d: { title: string }) => ({ ...d, language: 'en' }));

  it('chains steps up to the current version', () => {
    expect(registry.currentVersion('StoryOpened')).toBe(3);
    expect(registry.upcast('StoryOpened', 1, { name: 'Portrait' })).toEqual({ schemaVersion: 3, data: { title: 'Portrait', language: 'en' } });
    expect(registry.upcast('StoryOpened', 3, { title: 't', language: 'fr' })).toEqual({ schemaVersion: 3, data: { title: 't', language: 'fr' } });
  });

  it('leaves unknown types and newer versions alone', () => {
    expect(registry.currentVersion('Other')).toBe(1);
    expect(registry.upcast('Other', 1, { a: 1 })).toEqual({ schemaVersion: 1, data: { a: 1 } });
    expect(registry.upcast('StoryOpened', 4, { x: 1 })).toEqual({ schemaVersion: 4, data: { x: 1 } });
  });

  it('reports gaps, duplicates and failing steps as UpcastError', () => {
    const gappy = new UpcasterRegistry().register('X', 2, (d) => d);
    expect(() => gappy.upcast('X', 1, {})).toThrow(UpcastError);
    expect(() => registry.register('StoryOpened', 1, (d) => d)).toThrow(/already/);
    const failing = new UpcasterRegistry().register('Y', 1, () => {
      throw new Error('bad');
    });
    expect(() => failing.upcast('Y', 1, {})).toThrow(expect.objectContaining({ code: 'UPCAST_FAILED' }));
  });
});
