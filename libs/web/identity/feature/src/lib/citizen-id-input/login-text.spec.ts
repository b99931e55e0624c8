import { FormControl } from '@angular/forms';
import { loginOf, loginValidator } from './login-text';

describe('login text', () => {
  it('reads an ID number typed in groups as its digits, and a username as typed', () => {
    expect(loginOf(' 001 185 001 234 ')).toBe('001185001234');
    expect(loginOf('001.185-001234')).toBe('001185001234');
    expect(loginOf(' Trainer ')).toBe('Trainer');
  });

  it('checks ID numbers with the shared rule and leaves usernames alone', () => {
    expect(loginValidator(new FormControl('001 185 001 234', { nonNullable: true }))).toBeNull();
    expect(loginValidator(new FormControl('001 185 001 23', { nonNullable: true }))).toEqual({ citizenId: true });
    expect(loginValidator(new FormControl('099185001234', { nonNullable: true }))).toEqual({ citizenId: true });
    expect(loginValidator(new FormControl('trainer', { nonNullable: true }))).toBeNull();
  });
});
