export interface SseMessage {
  event: string;
  data: string;
}

/**
 * Reads a server-sent event stream as it arrives, in pieces cut anywhere (the text/event-stream format: fields
 * `event:` and `data:`, a blank line ends a message, lines starting with `:` are comments). EventSource does this
 * for itself, but cannot send the bearer header, so the notice stream is read with fetch (docs/adr/0032).
 */
export class SseFrames {
  private buffer = '';

  /** The messages completed by this piece of text; a partial one waits for the next piece. */
  feed(text: string): SseMessage[] {
    this.buffer += text.replace(/\r\n?/g, '\n');
    const messages: SseMessage[] = [];
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const message = parseBlock(block);
      if (message) messages.push(message);
    }
    return messages;
  }
}

function parseBlock(block: string): SseMessage | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length ? { event, data: data.join('\n') } : null;
}

/**
 * How long to wait before reconnecting after the `attempt`-th failure in a row: 1, 2, 4 … seconds up to a minute,
 * each shortened by up to a half at random, so that phones cut off together (a restart of the API) do not all
 * come back in the same second.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(60_000, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling * (1 - random() / 2));
}
