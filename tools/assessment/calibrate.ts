/**
 * The calibration of the digital-skills assessment (issue 8 §2): `npm run assessment:calibrate`.
 *   DATABASE_URL=postgres://… npx tsx tools/assessment/calibrate.ts [--min-responses 200]
 * Re-estimates item parameters by EM from the answers in `skills_response`, keeps the scale anchored, and publishes
 * a new calibration version (with the cut scores in force carried over to it); items with fewer answers than the
 * floor keep their previous parameters. The same run as the city admin's button (POST
 * /api/admin/skills-assessment/calibrations), without the job record.
 */
import { DataSource } from 'typeorm';
import { recalibrate } from '../../libs/api/assessment/src/lib/skills/calibration/recalibrate';

const at = process.argv.indexOf('--min-responses');
const minResponses = at >= 0 ? Number(process.argv[at + 1]) : 200;
const url = process.env['DATABASE_URL'];

async function main(): Promise<void> {
  if (!url) throw new Error('Set DATABASE_URL to the database to calibrate (the API’s own, as its owner or lc_app).');
  if (!Number.isInteger(minResponses) || minResponses < 1)
    throw new Error('--min-responses must be a whole number ≥ 1');
  const ds = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    const started = performance.now();
    const summary = await recalibrate(ds, { minResponses });
    console.log(JSON.stringify({ ...summary, seconds: Math.round(performance.now() - started) / 1000 }, null, 2));
  } finally {
    await ds.destroy();
  }
}

main().catch((err: Error) => {
  console.error(`assessment:calibrate: ${err.message}`);
  process.exit(1);
});
