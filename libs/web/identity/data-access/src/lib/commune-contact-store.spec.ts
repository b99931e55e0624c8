import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { messageCode } from '@lc/web-shared-data-access';
import { CommuneContactStore } from './commune-contact-store';

const contact = { communeId: 'x1', communeName: 'Phường Hoàn Kiếm', contact: 'Tầng 1', updatedAt: '2026-11-29' };

describe(CommuneContactStore.name, () => {
  let sut: CommuneContactStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        CommuneContactStore,
      ],
    });
    sut = TestBed.inject(CommuneContactStore);
    http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/areas/communes').flush([]);
  });

  afterEach(() => http.verify());

  it('shows a commune contact, or why it cannot', async () => {
    const shown = sut.show('x1');
    http.expectOne('/api/areas/x1/contact').flush(contact);
    await shown;
    expect(sut.contact()).toEqual(contact);

    const missing = sut.show('x2');
    http
      .expectOne('/api/areas/x2/contact')
      .flush({ code: 'AREA_NOT_FOUND', message: 'Không có' }, { status: 404, statusText: 'Not Found' });
    await missing;
    expect(sut.contact()).toBeNull();
    expect(messageCode(sut.error())).toBe('AREA_NOT_FOUND');
  });

  it('saves a contact while busy, and rejects with the refusal for the form to place', async () => {
    const saving = sut.save('x1', 'Tầng 1');
    expect(sut.busy()).toBe(true);
    const put = http.expectOne({ method: 'PUT', url: '/api/areas/x1/contact' });
    expect(put.request.body).toEqual({ contact: 'Tầng 1' });
    put.flush(contact);
    expect(await saving).toEqual(contact);
    expect(sut.busy()).toBe(false);

    const refused = sut.save('x1', 'x');
    http
      .expectOne('/api/areas/x1/contact')
      .flush({ code: 'AREA_SCOPE_DENIED', message: 'Không' }, { status: 403, statusText: 'Forbidden' });
    await expect(refused).rejects.toMatchObject({ status: 403 });
    expect(sut.busy()).toBe(false);
  });
});
