export default async function teardown() {
  await globalThis.__LC_PG__?.stop();
}
