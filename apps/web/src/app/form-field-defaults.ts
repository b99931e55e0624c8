import { EnvironmentProviders, Provider } from '@angular/core';
import { Routes } from '@angular/router';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, MatFormFieldDefaultOptions } from '@angular/material/form-field';

/**
 * Long Vietnamese labels ("Số định danh cá nhân hoặc tên đăng nhập") are cut off at 360 px while they sit inside an
 * empty field; floated, they fit, and people new to forms always see what a field is for.
 */
export const FORM_FIELD_DEFAULTS: (Provider | EnvironmentProviders)[] = [
  { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: { floatLabel: 'always' } satisfies MatFormFieldDefaultOptions },
];

/** A feature's routes under one parent that provides the form-field defaults to all of them. */
export function underFormFieldDefaults(children: Routes): Routes {
  return [{ path: '', providers: FORM_FIELD_DEFAULTS, children }];
}
