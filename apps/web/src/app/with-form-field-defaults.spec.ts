import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { Route, Routes } from '@angular/router';
import { of } from 'rxjs';
import { withFormFieldDefaults } from './with-form-field-defaults';

const page: Routes = [{ path: '', title: 'page' }];

async function loaded(route: Route) {
  return (await (route.loadChildren as () => Promise<unknown>)()) as Routes;
}

describe(withFormFieldDefaults.name, () => {
  it('loads a feature under a parent that floats every form-field label', async () => {
    const [route] = withFormFieldDefaults([{ path: 'login', loadChildren: () => Promise.resolve(page) }], []);
    const [parent] = await loaded(route);
    expect(parent.children).toBe(page);
    expect(parent.providers).toContainEqual({
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { floatLabel: 'always' },
    });
  });

  it('wraps routes that a feature gives as an observable too', async () => {
    const [route] = withFormFieldDefaults([{ path: 'login', loadChildren: () => of(page) }], []);
    expect((await loaded(route))[0].children).toBe(page);
  });

  it('leaves the listed paths and eager routes as they are', () => {
    const landing: Route = { path: '', loadChildren: () => Promise.resolve(page) };
    const eager: Route = { path: 'x', children: page };
    expect(withFormFieldDefaults([landing, eager], [''])).toEqual([landing, eager]);
  });
});
