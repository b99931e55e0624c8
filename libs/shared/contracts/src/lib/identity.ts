export const ROLES = ['citizen', 'trainer', 'content_reviewer', 'verifier', 'approver', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/** Default population groups of the criteria (PRODUCT.md §7). */
export const POPULATION_GROUPS = ['farmers', 'workers', 'officials', 'other'] as const;
export type PopulationGroup = (typeof POPULATION_GROUPS)[number];

export interface RegisterRequest {
  fullName: string;
  citizenId: string;
  birthYear: number;
  gender: Gender;
  communeId: string;
  groupId: string;
  populationGroup: PopulationGroup;
  password: string;
}

export interface LoginRequest {
  /** A citizen ID number (12 digits) or a staff username. */
  login: string;
  password: string;
}

/**
 * Refresh and sign-out read the refresh token from its httpOnly cookie, and need this header (value `1`) as proof
 * that our own page sent them (docs/adr/0010).
 */
export const CSRF_HEADER = 'X-LC-CSRF';

export interface RoleGrant {
  id: string;
  role: Role;
  areaId: string;
  areaName: string;
}

export interface Me {
  id: string;
  fullName: string;
  /** Full number for its owner only. */
  citizenId: string | null;
  birthYear: number | null;
  gender: Gender | null;
  communeId: string | null;
  communeName: string | null;
  groupId: string | null;
  populationGroup: PopulationGroup | null;
  roles: RoleGrant[];
}

/** The refresh token never appears here: it travels only in an httpOnly cookie on /api/auth. */
export interface AuthTokens {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: Me;
}

export interface UserSummary {
  id: string;
  fullName: string;
  username: string | null;
  /** Masked, e.g. "********1234". */
  citizenIdMasked: string | null;
  communeName: string | null;
  roles: RoleGrant[];
  /** Set while an admin has disabled the account (ISO 8601), with the reason they gave. */
  disabledAt: string | null;
  disableReason: string | null;
}

export interface GrantRoleRequest {
  userId: string;
  role: Role;
  areaId: string;
}

/** A revoked role stays on record with who revoked it, when and why. */
export interface RevokeRoleGrantRequest {
  reason: string;
}

/** POST /admin/users/:id/disable: the reason stays on record with who disabled the account and when. */
export interface DisableAccountRequest {
  reason: string;
}

/** POST /auth/register answers the new person and, this once, their recovery code (docs/adr/0017). */
export interface Registered extends Me {
  recoveryCode: string;
}

/** How a person who forgot their password proves it is them (docs/adr/0017). */
export const RECOVERY_METHODS = ['reset_code', 'recovery_code'] as const;
/** `reset_code`: a one-time code from a commune officer who saw the chip ID card; `recovery_code`: their own. */
export type RecoveryMethod = (typeof RECOVERY_METHODS)[number];

export interface PasswordResetRequest {
  method: RecoveryMethod;
  /** The citizen ID number (or a staff username). */
  login: string;
  code: string;
  newPassword: string;
}

/** A new recovery code, shown once: after a password reset, or when the signed-in person asks for one. */
export interface RecoveryCodeIssued {
  recoveryCode: string;
}

export interface RecoveryCodeStatus {
  /** When the person's current recovery code was made (ISO 8601), or null if they have none. */
  createdAt: string | null;
}

export interface RenewRecoveryCodeRequest {
  /** The current password: a borrowed phone that is signed in must not be enough to take the account over. */
  password: string;
}

/** POST /password-reset-codes: the officer states that they checked the person's chip ID card in person. */
export interface IssueResetCodeRequest {
  login: string;
  idCardChecked: boolean;
}

/** Shown once to the officer, to hand over; the person uses it with their ID number before `expiresAt`. */
export interface IssuedResetCode {
  code: string;
  expiresAt: string;
  fullName: string;
  citizenIdMasked: string | null;
  username: string | null;
}
