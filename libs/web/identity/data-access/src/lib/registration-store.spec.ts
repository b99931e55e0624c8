import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Area, RegisterRequest } from '@lc/shared-contracts';
import { RecoveryCodeHandoff } from './recovery-code-handoff';
import { RegistrationStore } from './registration-store';

const group = (id: string): Area => ({ id, code: id, name: id, kind: 'group', unitType: 'tổ', parentId: 'x1' });

describe(RegistrationStore.name, () => {
  let sut: RegistrationStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), RegistrationStore],
    });
    sut = TestBed.inject(RegistrationStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('says why the communes cannot be listed, and keeps the groups of the commune chosen last', async () => {
    http.expectOne('/api/areas/communes').flush(null, { status: 0, statusText: 'Unknown Error' });
    expect(sut.error()).toEqual({ key: 'shared.errors.network' });

    const first = sut.chooseCommune('x1');
    const second = sut.chooseCommune('x2');
    http.expectOne('/api/areas/x2/groups').flush([group('g2')]);
    http.expectOne('/api/areas/x1/groups').flush([group('g1')]);
    await Promise.all([first, second]);
    expect(sut.groups()?.map((g) => g.id)).toEqual(['g2']);

    await sut.chooseCommune(null);
    expect(sut.groups()).toBeNull();
  });

  it('registers, hands the recovery code over and signs in; a refusal rejects for the form', async () => {
    http.expectOne('/api/areas/communes').flush([]);
    const request = { citizenId: '001185001234', password: 'Mat-khau-1' } as RegisterRequest;
    const registering = sut.register(request);
    expect(sut.busy()).toBe(true);
    http.expectOne('/api/auth/register').flush({ recoveryCode: 'K7QM-3XPA-9RTD-HW2F' });
    await new Promise((done) => setTimeout(done));
    http.expectOne('/api/auth/login').flush({ accessToken: 'a', expiresIn: 900, user: { roles: [] } });
    await registering;
    expect(sut.busy()).toBe(false);
    expect(TestBed.inject(RecoveryCodeHandoff).take()).toBe('K7QM-3XPA-9RTD-HW2F');

    const refused = sut.register(request);
    http
      .expectOne('/api/auth/register')
      .flush({ code: 'CITIZEN_ID_TAKEN', message: 'Đã có' }, { status: 409, statusText: 'Conflict' });
    await expect(refused).rejects.toMatchObject({ status: 409 });
    expect(sut.busy()).toBe(false);
  });
});
