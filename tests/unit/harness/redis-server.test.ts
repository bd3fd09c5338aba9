// The test helper that starts a real redis-server: it finds the binary or says how to get one.
import { afterEach, describe, expect, it } from 'vitest';
import { redisServerBinary } from '../../harness/redis-server';

const saved = { bin: process.env.REDIS_SERVER_BIN, path: process.env.PATH };
afterEach(() => {
  if (saved.bin === undefined) delete process.env.REDIS_SERVER_BIN;
  else process.env.REDIS_SERVER_BIN = saved.bin;
  process.env.PATH = saved.path;
});

describe('redisServerBinary', () => {
  it('names a REDIS_SERVER_BIN that does not exist', () => {
    process.env.REDIS_SERVER_BIN = '/nonexistent/redis-server';
    expect(() => redisServerBinary()).toThrow('REDIS_SERVER_BIN=/nonexistent/redis-server does not exist.');
  });

  it('finds the installed server', () => {
    delete process.env.REDIS_SERVER_BIN;
    expect(redisServerBinary()).toMatch(/redis-server$/);
  });
});
