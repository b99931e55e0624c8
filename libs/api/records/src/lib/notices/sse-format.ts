/** One server-sent event: JSON on a single `data:` line (JSON.stringify never writes a raw newline). */
export const sseEvent = (name: string, data: unknown): string => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

/** A comment line: ignored by clients, it keeps proxies and the client's watchdog from taking the stream for dead. */
export const sseComment = (text: string): string => `: ${text}\n\n`;
