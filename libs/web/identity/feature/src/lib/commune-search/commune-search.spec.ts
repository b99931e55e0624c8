import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { Area } from '@lc/shared-contracts';
import { provideTranslations } from '@lc/web-shared-data-access';
import { identityTranslations } from '../i18n';
import { CommuneSearch } from './commune-search';

const area = (id: string, name: string): Area => ({
  id,
  code: id,
  name,
  kind: 'commune',
  unitType: 'phường',
  parentId: '01',
});

@Component({
  imports: [CommuneSearch],
  template: `<lp-commune-search [control]="control" [communes]="communes" label="Xã/phường" />`,
})
class Host {
  readonly control = new FormControl<Area | string | null>(null);
  readonly communes = [area('00004', 'Phường Ba Đình'), area('00025', 'Phường Giảng Võ')];
}

describe(CommuneSearch.name, () => {
  it('asks the server for old names as well, and says which old unit a suggestion took in', async () => {
    TestBed.configureTestingModule({
      imports: [Host],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(identityTranslations),
      ],
    });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const search = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatAutocompleteHarness);
    await search.enterText('Kim Mã');
    await new Promise((done) => setTimeout(done, 300));
    const req = TestBed.inject(HttpTestingController).expectOne((r) => r.url === '/api/areas/communes/search');
    expect(req.request.params.get('q')).toBe('Kim Mã');
    req.flush([
      {
        commune: area('00025', 'Phường Giảng Võ'),
        formerUnits: [{ name: 'Phường Kim Mã', district: 'Quận Ba Đình', whole: false }],
      },
    ]);
    await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
    const options = await search.getOptions();
    expect(options).toHaveLength(1);
    expect((await options[0].getText()).replace(/\s+/g, ' ')).toBe(
      'Phường Giảng Võ Trước 7/2025: Phường Kim Mã (Quận Ba Đình, một phần)',
    );
  });
});
