import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ItemProposalRequest, ReviewedItem } from '@lc/shared-contracts';
import { apiErrorBody } from '@lc/web-shared-data-access';
import { ProposalStore } from './proposal-store';

const item = (id: string) => ({ id }) as ReviewedItem;
const request = { type: 'single_choice' } as unknown as ItemProposalRequest;

describe(ProposalStore.name, () => {
  let sut: ProposalStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), ProposalStore],
    });
    sut = TestBed.inject(ProposalStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('starts an edit from one of my proposals, and says so when it is not mine', async () => {
    const found = sut.load('i2');
    http.expectOne('/api/item-proposals').flush([item('i1'), item('i2')]);
    expect(await found).toEqual(item('i2'));
    expect(sut.error()).toBeNull();

    const missing = sut.load('i9');
    http.expectOne('/api/item-proposals').flush([item('i1')]);
    expect(await missing).toBeNull();
    expect(sut.error()).toEqual({ key: 'shared.errors.unknown' });
  });

  it('proposes or edits, and keeps a refusal as it came, for the form to place', async () => {
    const proposed = sut.send(undefined, request);
    expect(sut.sending()).toBe(true);
    http.expectOne({ method: 'POST', url: '/api/item-proposals' }).flush(item('i3'));
    expect(await proposed).toBe(true);
    expect(sut.sending()).toBe(false);

    const edited = sut.send('i3', request);
    http
      .expectOne({ method: 'PUT', url: '/api/item-proposals/i3' })
      .flush({ code: 'ITEM_NOT_EDITABLE', message: 'Không sửa được' }, { status: 409, statusText: 'Conflict' });
    expect(await edited).toBe(false);
    expect(apiErrorBody(sut.refusal()?.err)?.code).toBe('ITEM_NOT_EDITABLE');
    expect(sut.error()).toBeNull();

    const again = sut.send('i3', request);
    expect(sut.refusal()).toBeNull();
    http.expectOne({ method: 'PUT', url: '/api/item-proposals/i3' }).flush(item('i3'));
    expect(await again).toBe(true);
  });
});
