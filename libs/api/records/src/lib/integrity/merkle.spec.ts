import { createHash } from 'node:crypto';
import { headLeaf, headsRoot, merkleRoot } from './merkle';

const h = (...parts: Buffer[]) => parts.reduce((hash, p) => hash.update(p), createHash('sha256')).digest();
const leaf = (b: Buffer) => h(Buffer.from([0]), b);
const node = (l: Buffer, r: Buffer) => h(Buffer.from([1]), l, r);

describe(merkleRoot.name, () => {
  const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((x) => Buffer.from(x));

  it('follows RFC 6962: prefixed leaves and nodes, split at the largest power of two below n', () => {
    expect(merkleRoot([])).toBe(h().toString('hex'));
    expect(merkleRoot([a])).toBe(leaf(a).toString('hex'));
    expect(merkleRoot([a, b, c])).toBe(node(node(leaf(a), leaf(b)), leaf(c)).toString('hex'));
    const abcd = node(node(leaf(a), leaf(b)), node(leaf(c), leaf(d)));
    expect(merkleRoot([a, b, c, d, e])).toBe(node(abcd, leaf(e)).toString('hex'));
  });

  it('changes with any leaf, and with their order', () => {
    const root = merkleRoot([a, b, c]);
    expect(merkleRoot([a, b, d])).not.toBe(root);
    expect(merkleRoot([b, a, c])).not.toBe(root);
  });
});

describe(headsRoot.name, () => {
  const heads = [
    { personId: 'b0000000-0000-4000-8000-000000000000', seq: 3, hash: 'x' },
    { personId: 'a0000000-0000-4000-8000-000000000000', seq: 1, hash: 'y' },
  ];
  it('orders heads by person id, so the root does not depend on how they were read', () => {
    expect(headsRoot(heads)).toBe(headsRoot([...heads].reverse()));
    expect(headsRoot(heads)).toBe(merkleRoot([headLeaf(heads[1]), headLeaf(heads[0])]));
  });
  it('changes when a head moves back', () => {
    expect(headsRoot([{ ...heads[0], seq: 2 }, heads[1]])).not.toBe(headsRoot(heads));
  });
});
