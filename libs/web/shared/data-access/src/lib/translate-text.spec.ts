import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { translateText } from './translate-text';

describe(translateText.name, () => {
  function setup(): TranslateService {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideTranslateService({ lang: 'vi', fallbackLang: 'vi' })],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('vi', { greet: { hello: 'Xin chào {{name}}' } });
    translate.use('vi');
    return translate;
  }

  it('gives the words with their parameters', () => {
    expect(translateText(setup(), 'greet.hello', { name: 'Lan' })).toBe('Xin chào Lan');
  });

  it('gives the key back, never an object, for a group of keys or a missing key', () => {
    const translate = setup();
    expect(translateText(translate, 'greet')).toBe('greet');
    expect(translateText(translate, 'greet.bye')).toBe('greet.bye');
  });
});
