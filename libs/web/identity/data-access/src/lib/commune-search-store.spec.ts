import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Area } from '@lc/shared-contracts';
import { CommuneSearchStore } from './commune-search-store';

const area = (id: string, name: string): Area => ({
  id,
  code: id,
  name,
  kind: 'commune',
  unitType: 'phường',
  parentId: '01',
});
const communes = [area('00004', 'Phường Ba Đình'), area('00025', 'Phường Giảng Võ')];
const url = '/api/areas/communes/search';

describe(CommuneSearchStore.name, () => {
  let sut: CommuneSearchStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        CommuneSearchStore,
      ],
    });
    sut = TestBed.inject(CommuneSearchStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('keeps only the answer to the last text typed, and asks nothing for one letter', async () => {
    const first = sut.search('Kim', communes);
    const second = sut.search('Kim Mã', communes);
    const [late, last] = http.match((r) => r.url === url);
    last.flush([{ commune: communes[1], formerUnits: [] }]);
    late.flush([{ commune: communes[0], formerUnits: [] }]);
    await Promise.all([first, second]);
    expect(sut.found()?.map((m) => m.commune.id)).toEqual(['00025']);

    await sut.search('K', communes);
    expect(sut.found()).toBeNull();
  });

  it('matches today names from the loaded list when the server cannot answer', async () => {
    const searching = sut.search('giang vo', communes);
    http.expectOne((r) => r.url === url).error(new ProgressEvent('error'));
    await searching;
    expect(sut.found()?.map((m) => m.commune.name)).toEqual(['Phường Giảng Võ']);
  });
});
