import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { Area } from '@lc/shared-contracts';
import { foldText } from '@lc/shared-contracts';
import { FULL_NAME_MAX_LENGTH } from '@lc/shared-identity-util';
import { createRegisterForm, toRegisterRequest } from './register-form';

const commune: Area = {
  id: 'c1',
  code: '00004',
  name: 'Phường Ba Đình',
  kind: 'commune',
  unitType: 'phường',
  parentId: 'hn',
};

describe('register form', () => {
  const form = () => createRegisterForm(TestBed.inject(NonNullableFormBuilder), 2026);

  function fill() {
    const f = form();
    f.setValue({
      fullName: ' Nguyễn Thị Hoa ',
      citizenId: '001190012345',
      birthYear: 1990,
      gender: 'female',
      commune,
      groupId: 'g1',
      populationGroup: 'farmers',
      password: 'mat-khau-1',
    });
    return f;
  }

  it('accepts a complete registration and builds the request', () => {
    const f = fill();
    expect(f.valid).toBe(true);
    expect(toRegisterRequest(f)).toEqual({
      fullName: 'Nguyễn Thị Hoa',
      citizenId: '001190012345',
      birthYear: 1990,
      gender: 'female',
      communeId: 'c1',
      groupId: 'g1',
      populationGroup: 'farmers',
      password: 'mat-khau-1',
    });
  });

  it("holds the name to the API's length limit, counting it as it is sent (trimmed)", () => {
    const f = fill();
    f.controls.fullName.setValue(` ${'a'.repeat(FULL_NAME_MAX_LENGTH)} `);
    expect(f.controls.fullName.valid).toBe(true);
    f.controls.fullName.setValue('a'.repeat(FULL_NAME_MAX_LENGTH + 1));
    expect(f.controls.fullName.errors).toEqual({ fullName: 'length' });
    f.controls.fullName.setValue(' a ');
    expect(f.controls.fullName.errors).toEqual({ fullName: 'length' });
    f.controls.fullName.setValue('  ');
    expect(f.controls.fullName.errors).toEqual({ fullName: 'length' });
    f.controls.fullName.setValue('');
    expect(f.controls.fullName.errors).toEqual({ required: true });
  });

  it.each([
    ['00119001234', 'length'],
    ['0011900123456', 'length'],
    ['00119001234a', 'digits'],
    ['099190012345', 'province'],
    ['001590012345', 'century'],
  ])("rejects the citizen ID %p with the server's rule: %s", (id, problem) => {
    const f = fill();
    f.controls.citizenId.setValue(id);
    expect(f.controls.citizenId.errors).toEqual({ citizenId: problem });
  });

  it('accepts the ID as typed in groups, and sends its digits', () => {
    const f = fill();
    f.controls.citizenId.setValue('001 190 012 345');
    expect(f.valid).toBe(true);
    expect(toRegisterRequest(f).citizenId).toBe('001190012345');
  });

  it('checks the ID against the birth year and sex, again whenever they change', () => {
    const f = fill();
    f.controls.birthYear.setValue(1991);
    expect(f.controls.citizenId.errors).toEqual({ citizenId: 'birthYear' });
    f.controls.birthYear.setValue(1990);
    f.controls.gender.setValue('male');
    expect(f.controls.citizenId.errors).toEqual({ citizenId: 'sex' });
    f.controls.gender.setValue('other');
    expect(f.controls.citizenId.valid).toBe(true);
  });

  it('rejects a commune that was typed but not picked from the list', () => {
    const f = fill();
    f.controls.commune.setValue('Ba Đình');
    expect(f.controls.commune.hasError('areaSelected')).toBe(true);
  });

  it('needs a password of at least 8 characters and a plausible birth year', () => {
    const f = fill();
    f.controls.password.setValue('1234567');
    f.controls.birthYear.setValue(2030);
    expect(f.controls.password.hasError('minlength')).toBe(true);
    expect(f.controls.birthYear.errors).toEqual({ birthYear: 'not_a_year' });
  });

  it("refuses, as the API does, a person who does not turn 15 in the form's year", () => {
    const f = fill();
    f.controls.birthYear.setValue(2012);
    expect(f.controls.birthYear.errors).toEqual({ birthYear: 'too_young' });
    f.controls.birthYear.setValue(2011);
    expect(f.controls.birthYear.valid).toBe(true);
  });

  it('finds communes without typing diacritics', () => {
    expect(foldText('Phường Ba Đình')).toContain(foldText('ba dinh'));
  });
});
