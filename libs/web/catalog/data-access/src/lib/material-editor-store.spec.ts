import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CourseDetail } from '@lc/shared-contracts';
import { EditorRequest } from './editor-api';
import { MaterialEditorStore } from './material-editor-store';

const request = { source: { contentType: 'H5P.LcReadingPage', params: {} }, images: [] } as unknown as EditorRequest;

describe(MaterialEditorStore.name, () => {
  let sut: MaterialEditorStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        MaterialEditorStore,
      ],
    });
    sut = TestBed.inject(MaterialEditorStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('creates a new material or updates a saved one, busy meanwhile', async () => {
    const created = sut.save('c1', undefined, request);
    expect(sut.busy()).toBe(true);
    http.expectOne({ method: 'POST', url: '/api/courses/c1/editor/materials' }).flush({ id: 'c1' });
    expect(await created).toEqual({ id: 'c1' } as CourseDetail);
    expect(sut.busy()).toBe(false);

    const updated = sut.save('c1', 'm1', request);
    http.expectOne({ method: 'PUT', url: '/api/courses/c1/editor/materials/m1' }).flush({ id: 'c1' });
    await updated;
  });

  it('rejects with the refusal itself, for the editor to place beside its fields', async () => {
    const previewing = sut.preview('c1', request);
    http
      .expectOne((r) => r.url.startsWith('/api/courses/c1/editor/preview'))
      .flush({ code: 'EDITOR_SOURCE_INVALID', message: 'Sai' }, { status: 400, statusText: 'Bad Request' });
    await expect(previewing).rejects.toMatchObject({ status: 400, error: { code: 'EDITOR_SOURCE_INVALID' } });
    expect(sut.busy()).toBe(false);
  });
});
