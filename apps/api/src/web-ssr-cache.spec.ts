import { RenderCache } from './web-ssr-cache';

describe('RenderCache', () => {
  let clock = 0;
  const cache = (ttlMs = 5_000, max = 3) => new RenderCache<string>(ttlMs, max, () => clock);
  const keepAll = () => true;
  beforeEach(() => (clock = 0));

  it('renders a page once while it is fresh, then again', async () => {
    const sut = cache();
    const produce = jest.fn(async () => `page ${clock}`);
    expect(await sut.get('/', produce, keepAll)).toBe('page 0');
    clock = 4_999;
    expect(await sut.get('/', produce, keepAll)).toBe('page 0');
    clock = 5_000;
    expect(await sut.get('/', produce, keepAll)).toBe('page 5000');
    expect(produce).toHaveBeenCalledTimes(2);
  });

  it('lets visitors arriving together share the render in flight', async () => {
    const sut = cache();
    let finish: (page: string) => void = () => undefined;
    const produce = jest.fn(() => new Promise<string>((done) => (finish = done)));
    const pages = Promise.all(Array.from({ length: 50 }, () => sut.get('/courses', produce, keepAll)));
    finish('list');
    expect(new Set(await pages)).toEqual(new Set(['list']));
    expect(produce).toHaveBeenCalledTimes(1);
  });

  it('keeps no failed render and no rejection: the next visitor asks again', async () => {
    const sut = cache();
    await sut.get(
      '/',
      async () => 'failed',
      (page) => page !== 'failed',
    );
    expect(await sut.get('/', async () => 'good', keepAll)).toBe('good');
    await expect(sut.get('/x', () => Promise.reject(new Error('boom')), keepAll)).rejects.toThrow('boom');
    expect(await sut.get('/x', async () => 'again', keepAll)).toBe('again');
  });

  it('holds a bounded number of pages, dropping the oldest', async () => {
    const sut = cache(5_000, 2);
    const produce = jest.fn(async () => 'page');
    for (const key of ['/a', '/b', '/c', '/a']) await sut.get(key, produce, keepAll);
    // '/a' was dropped when '/c' came in, so it was rendered again.
    expect(produce).toHaveBeenCalledTimes(4);
    await sut.get('/c', produce, keepAll);
    expect(produce).toHaveBeenCalledTimes(4);
  });

  it('keeps nothing when its time is 0', async () => {
    const sut = cache(0);
    const produce = jest.fn(async () => 'page');
    await sut.get('/', produce, keepAll);
    await sut.get('/', produce, keepAll);
    expect(produce).toHaveBeenCalledTimes(2);
  });
});
