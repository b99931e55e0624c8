import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { createLocalJWKSet, decodeJwt, JSONWebKeySet, jwtVerify, SignJWT } from 'jose';
import { IsNull, Not, Repository } from 'typeorm';
import type { CredentialCheck } from '@lc/shared-contracts';
import { AreasService } from '@lc/api-areas';
import { UsersService } from '@lc/api-identity';
import { AppConfig, AuthUser, DomainError, initials, notFound } from '@lc/api-shared';
import { ApplicationEntity, DecisionEntity } from '../application.entity';
import { CREDENTIAL_ISSUER_KEY } from './issuer-key.provider';
import { IssuedCredentialEntity } from './issued-credential.entity';
import { IssuerKeys } from './published-keys';
import { CurrentFacts, matchesSigned } from './stored-credential';
import { IssuerUrls, issuerId, jwksUrl, openBadgeCredential, statusListCredential } from './open-badge';
import { encodeStatusList, STATUS_LIST_BITS, statusBit } from './status-list';

/** VC-JOSE-COSE's media type for a credential secured as a JWT. */
export const VC_JWT_TYPE = 'vc+jwt';

/** Issues titles as signed Open Badges 3.0 credentials, publishes the key and the revocation list, and checks them. */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectRepository(ApplicationEntity) private readonly apps: Repository<ApplicationEntity>,
    @InjectRepository(DecisionEntity) private readonly decisions: Repository<DecisionEntity>,
    @InjectRepository(IssuedCredentialEntity) private readonly issued: Repository<IssuedCredentialEntity>,
    private readonly users: UsersService,
    private readonly areas: AreasService,
    private readonly config: AppConfig,
    @Inject(CREDENTIAL_ISSUER_KEY) private readonly key: IssuerKeys,
  ) {}

  /** The current key and every earlier one (published-keys.ts): credentials signed before a rotation still verify. */
  jwks(): JSONWebKeySet {
    return { keys: this.key.published };
  }

  issuer() {
    const urls = this.urls();
    return {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: issuerId(urls),
      type: ['Profile'],
      name: 'Ủy ban nhân dân cấp xã — Cổng Công dân học tập',
      url: urls.base,
      jwks: jwksUrl(urls),
    };
  }

  /** The holder's own title as a signed credential (a compact JWT); only while it is recognised. */
  async mine(user: AuthUser, code: string): Promise<string> {
    const app = await this.apps.findOneBy({ certificateCode: code, personId: user.id });
    if (!app || !['recognised', 'revoked'].includes(app.status))
      throw notFound('CERTIFICATE_NOT_FOUND', 'Không tìm thấy giấy chứng nhận với mã này.');
    if (app.status === 'revoked')
      throw new DomainError('CERTIFICATE_REVOKED', 'Danh hiệu đã bị thu hồi: không cấp chứng nhận số cho nó.', 409);
    const statusIndex = app.credentialStatusIndex ?? (await this.assignStatusIndex(app.id));
    const [d, person, commune] = await Promise.all([
      this.decisions.findOneByOrFail({ id: app.decisionId! }),
      this.users.person(app.personId),
      this.areas.get(app.communeId),
    ]);
    const credential = openBadgeCredential(
      {
        applicationId: app.id,
        code: app.certificateCode!,
        holderName: person.fullName,
        communeName: commune.name,
        year: app.year,
        decisionNumber: d.number,
        decisionDate: d.signedOn,
        validUntil: app.validUntil!,
        statusIndex,
      },
      this.urls(),
    );
    const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
    // The JWT claims repeat the document's own (VC-JOSE-COSE allows them when they agree), so that any JWT library
    // also refuses it before validFrom or after validUntil.
    const jwt = await new SignJWT(credential)
      .setProtectedHeader({ alg: 'EdDSA', kid: this.key.publicJwk.kid, typ: VC_JWT_TYPE, cty: 'vc' })
      .setIssuer(credential.issuer.id)
      .setJti(credential.id)
      .setIssuedAt(seconds(credential.validFrom))
      .setNotBefore(seconds(credential.validFrom))
      .setExpirationTime(seconds(credential.validUntil))
      .sign(this.key.privateKey);
    // The first one issued is kept: the public look-up checks the title against it (docs/adr/0014).
    await this.issued
      .createQueryBuilder()
      .insert()
      .values({ applicationId: app.id, credential: jwt, kid: this.key.publicJwk.kid })
      .orIgnore()
      .execute();
    return jwt;
  }

  /**
   * The title's stored credential checked as `check` does — signature by a published key, then its revocation bit —
   * and compared with the facts the tables hold now; null when none was ever issued.
   */
  async storedCheck(applicationId: string, facts: CurrentFacts) {
    const stored = await this.issued.findOneBy({ applicationId });
    if (!stored) return null;
    let payload: Record<string, unknown>;
    try {
      // Validity is the look-up's own concern (expired): checked as of its first day, only signature and facts count.
      const { nbf } = decodeJwt(stored.credential);
      ({ payload } = await jwtVerify(stored.credential, createLocalJWKSet(this.jwks()), {
        algorithms: ['EdDSA'],
        typ: VC_JWT_TYPE,
        issuer: issuerId(this.urls()),
        currentDate: new Date((nbf ?? 0) * 1000),
      }));
    } catch {
      return { signatureHolds: false, matches: false, revokedBit: false };
    }
    const index = Number((payload['credentialStatus'] as { statusListIndex?: string } | undefined)?.statusListIndex);
    const revokedBit = Number.isInteger(index) && statusBit(await this.encodedList(), index);
    return { signatureHolds: true, matches: matchesSigned(payload, facts), revokedBit };
  }

  /** The revocation list as it stands: a revoked title's bit is set for as long as the title stays revoked. */
  async statusList(): Promise<string> {
    const credential = statusListCredential(await this.encodedList(), this.urls(), new Date());
    return new SignJWT(credential)
      .setProtectedHeader({ alg: 'EdDSA', kid: this.key.publicJwk.kid, typ: VC_JWT_TYPE, cty: 'vc' })
      .setIssuer(credential.issuer)
      .setIssuedAt()
      .sign(this.key.privateKey);
  }

  private async encodedList(): Promise<string> {
    const revoked = await this.apps.find({
      select: { credentialStatusIndex: true },
      where: { status: 'revoked', credentialStatusIndex: Not(IsNull()) },
    });
    return encodeStatusList(revoked.map((a) => a.credentialStatusIndex!));
  }

  /**
   * Public: checks a presented credential as any verifier would — the signature against the published JWKS, its
   * validity dates, then its bit in the status list — and returns what the certificate shows (initials only).
   */
  async check(jwt: string): Promise<CredentialCheck> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(jwt, createLocalJWKSet(this.jwks()), {
        algorithms: ['EdDSA'],
        typ: VC_JWT_TYPE,
        issuer: issuerId(this.urls()),
        currentDate: new Date(),
      }));
    } catch (err) {
      const expired = (err as { code?: string }).code === 'ERR_JWT_EXPIRED';
      return {
        signature: expired ? 'valid' : 'invalid',
        status: expired ? 'expired' : 'invalid',
        ...this.facts(jwt, expired),
      };
    }
    const status = payload['credentialStatus'] as { statusListIndex?: string } | undefined;
    const index = Number(status?.statusListIndex);
    if (!Number.isInteger(index) || index < 0 || index >= STATUS_LIST_BITS)
      return { signature: 'valid', status: 'invalid', ...this.facts(jwt, true) };
    // The same list the public URL serves, read from the same rows.
    const revoked = statusBit(await this.encodedList(), index);
    return { signature: 'valid', status: revoked ? 'revoked' : 'valid', ...this.facts(jwt, true) };
  }

  private facts(jwt: string, trusted: boolean): Pick<CredentialCheck, 'code' | 'holderInitials' | 'achievement'> {
    // Nothing from a credential whose signature failed is repeated back: it could say anything.
    if (!trusted) return {};
    const vc = decodeJwt(jwt) as {
      credentialSubject?: { identifier?: { identityHash?: string }[]; achievement?: { name?: string } };
      evidence?: { id?: string }[];
    };
    const name = vc.credentialSubject?.identifier?.[0]?.identityHash ?? '';
    return {
      code: vc.evidence?.[0]?.id?.split('/').pop(),
      holderInitials: initials(name),
      achievement: vc.credentialSubject?.achievement?.name,
    };
  }

  /** A random free bit; a clash with another title's (unique index) just draws again. */
  private async assignStatusIndex(id: string): Promise<number> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const index = randomInt(STATUS_LIST_BITS);
      try {
        await this.apps
          .createQueryBuilder()
          .update()
          .set({ credentialStatusIndex: index })
          .where('id = :id AND credential_status_index IS NULL', { id })
          .execute();
      } catch (err) {
        if ((err as { code?: string }).code === '23505') continue;
        throw err;
      }
      // A concurrent download may have given it one first: that one stands.
      return (await this.apps.findOneByOrFail({ id })).credentialStatusIndex!;
    }
    throw new DomainError('CREDENTIAL_STATUS_LIST_FULL', 'Không cấp được chứng nhận số lúc này. Hãy thử lại.', 409);
  }

  private urls(): IssuerUrls {
    const base = this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`;
    return { base: base.replace(/\/$/, '') };
  }
}
