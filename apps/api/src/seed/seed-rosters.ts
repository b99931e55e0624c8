import { DataSource } from 'typeorm';
import { DEMO_COMMUNE_ID } from './demo-accounts';

/** The course of content/courses on the title's criteria: completing it is what K0 counts. */
const CRITERIA_COURSE_SLUG = 'tieu-chi-cong-dan-hoc-tap';

/**
 * K0 on a fresh demo (docs/adr/0018): the criteria course is chosen, and the demo commune's association roster lists
 * its demo citizens (the first five as officials), so the dashboard shows K0 over a roster from the start and a demo
 * citizen who passes the course's test moves it. Written as the admin's choice and import would write them.
 */
export async function seedRosters(ds: DataSource, adminId: string): Promise<void> {
  await ds.query(`INSERT INTO kpi_criteria_course (course_id, set_by) SELECT id, $2 FROM course WHERE slug = $1`, [
    CRITERIA_COURSE_SLUG,
    adminId,
  ]);
  const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format());
  await ds.query(
    `INSERT INTO kpi_roster_member (kind, commune_id, year, citizen_id, category, imported_by)
     SELECT 'association', $1, $2, citizen_id,
            CASE WHEN row_number() OVER (ORDER BY citizen_id) <= 5 THEN 'official' ELSE 'member' END, $3
     FROM app_user WHERE commune_id = $1 AND citizen_id IS NOT NULL`,
    [DEMO_COMMUNE_ID, year, adminId],
  );
}
