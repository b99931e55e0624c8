import { HttpErrorResponse } from '@angular/common/http';
import { importRequest, MAX_FILE_BYTES, refusedRows } from './import-file';

describe('importRequest', () => {
  it('sends a CSV as text and a workbook as base64', async () => {
    expect(await importRequest(new File(['a,b\n1,2'], 'dan-so.CSV'))).toEqual({ csv: 'a,b\n1,2' });
    expect(await importRequest(new File([new Uint8Array([80, 75, 3, 4])], 'ds.xlsx'))).toEqual({ xlsx: 'UEsDBA==' });
  });

  it('refuses other files, and files the API would refuse for their size', async () => {
    expect(await importRequest(new File(['x'], 'ds.xls'))).toBe('type');
    expect(await importRequest(new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'ds.csv'))).toBe('size');
  });
});

describe('refusedRows', () => {
  it('reads the problems and the report from a refused import, and nothing from other errors', () => {
    const details = { problems: [{ line: 3, message: 'Sai' }], report: 'line,message\n3,"Sai"' };
    const refused = new HttpErrorResponse({ status: 422, error: { code: 'IMPORT_INVALID', message: 'x', details } });
    expect(refusedRows(refused)).toEqual(details);
    expect(
      refusedRows(new HttpErrorResponse({ status: 403, error: { code: 'AREA_FORBIDDEN', message: 'x' } })),
    ).toBeNull();
    expect(refusedRows(new Error('x'))).toBeNull();
  });
});
