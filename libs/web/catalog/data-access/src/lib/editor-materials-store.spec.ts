import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { EditorMaterialsStore } from './editor-materials-store';

const material = { materialId: 'm1', contentType: 'H5P.Column 1.18', title: 'Luyện tập', updatedAt: '2026-11-29' };

describe(EditorMaterialsStore.name, () => {
  let sut: EditorMaterialsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        EditorMaterialsStore,
      ],
    });
    sut = TestBed.inject(EditorMaterialsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the course editor materials', async () => {
    const loading = sut.load('c1');
    http.expectOne('/api/courses/c1/editor/materials').flush([material]);
    await loading;
    expect(sut.materials()).toEqual([material]);
    expect(sut.error()).toBeNull();
  });

  it('hands over the export, or keeps why it failed as a message key', async () => {
    const done = sut.export('c1', 'm1');
    http.expectOne('/api/courses/c1/editor/materials/m1/export').flush(new Blob(['zip']));
    expect(await done).toBeInstanceOf(Blob);

    const refused = sut.export('c1', 'm1');
    http
      .expectOne('/api/courses/c1/editor/materials/m1/export')
      .flush(new Blob(['down']), { status: 503, statusText: 'Unavailable' });
    expect(await refused).toBeNull();
    expect(sut.error()).toEqual({ key: 'shared.errors.server' });
  });
});
