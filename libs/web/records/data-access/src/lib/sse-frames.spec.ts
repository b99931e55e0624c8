import { SseFrames, reconnectDelay } from './sse-frames';

describe(SseFrames.name, () => {
  it('reads events cut at any point, skipping comments and the retry field', () => {
    const frames = new SseFrames();
    expect(frames.feed('retry: 5000\n\n: ping\n\nevent: noti')).toEqual([]);
    expect(frames.feed('ces\ndata: {"unread":1}\n')).toEqual([]);
    expect(frames.feed('\nevent: notices\r\ndata: {"unread":2}\r\n\r\n')).toEqual([
      { event: 'notices', data: '{"unread":1}' },
      { event: 'notices', data: '{"unread":2}' },
    ]);
  });

  it('joins data lines and names an unnamed event "message"', () => {
    expect(new SseFrames().feed('data: a\ndata:b\n\n')).toEqual([{ event: 'message', data: 'a\nb' }]);
  });
});

describe(reconnectDelay.name, () => {
  it('doubles from a second up to a minute', () => {
    const top = () => 0;
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => reconnectDelay(n, top))).toEqual([
      1000, 2000, 4000, 8000, 60_000, 60_000, 60_000,
    ]);
  });

  it('spreads clients over the upper half of the wait', () => {
    expect(reconnectDelay(3, () => 0.999)).toBe(2002);
    expect(reconnectDelay(3, () => 0.5)).toBe(3000);
  });
});
