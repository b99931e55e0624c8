import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import QRCode from 'qrcode';
import { In, Repository } from 'typeorm';
import type { Certificate, CertificateVerification } from '@lc/shared-contracts';
import { AreasService } from '@lc/api-areas';
import { UsersService } from '@lc/api-identity';
import { AppConfig, AuthUser, DomainError, initials, notFound } from '@lc/api-shared';
import { ApplicationEntity, DecisionEntity } from './application.entity';
import { certificatePdf } from './certificate-pdf';
import { CredentialsService } from './credentials/credentials.service';
import { signedStatus } from './credentials/stored-credential';

const CODE = /^[A-Z2-9]{10}$/;

@Injectable()
export class CertificatesService {
  constructor(
    @InjectRepository(ApplicationEntity) private readonly apps: Repository<ApplicationEntity>,
    @InjectRepository(DecisionEntity) private readonly decisions: Repository<DecisionEntity>,
    private readonly users: UsersService,
    private readonly areas: AreasService,
    private readonly config: AppConfig,
    private readonly credentials: CredentialsService,
  ) {}

  async mine(user: AuthUser): Promise<Certificate[]> {
    const apps = await this.apps.find({
      where: { personId: user.id, status: In(['recognised', 'revoked']) },
      order: { year: 'DESC' },
    });
    const decisions = await this.decisionsOf(apps);
    const person = await this.users.person(user.id);
    const communes = await this.areas.pathsOf(apps.map((a) => a.communeId));
    return apps.map((a) => {
      const d = decisions.get(a.decisionId!)!;
      return {
        code: a.certificateCode!,
        holderName: person.fullName,
        communeName: communes.get(a.communeId)?.name ?? '',
        year: a.year,
        decisionNumber: d.number,
        decisionDate: d.signedOn,
        validUntil: a.validUntil!,
        revoked: !!a.revokedAt,
        verifyUrl: this.verifyUrl(a.certificateCode!),
      };
    });
  }

  /** The holder's own certificate as a PDF, while the title stands. */
  async pdf(user: AuthUser, code: string): Promise<Buffer> {
    const certificate = (await this.mine(user)).find((c) => c.code === code);
    if (!certificate) throw notFound('CERTIFICATE_NOT_FOUND', 'Không tìm thấy giấy chứng nhận với mã này.');
    if (certificate.revoked)
      throw new DomainError('CERTIFICATE_REVOKED', 'Danh hiệu đã bị thu hồi: giấy chứng nhận không còn giá trị.', 409);
    const app = await this.apps.findOneByOrFail({ certificateCode: code });
    const decision = await this.decisions.findOneByOrFail({ id: app.decisionId! });
    return certificatePdf({ ...certificate, signerName: decision.signerName });
  }

  /** Public: no more than the certificate shows, and the holder's name only as initials. */
  async verify(code: string): Promise<CertificateVerification> {
    const app = CODE.test(code) ? await this.apps.findOneBy({ certificateCode: code }) : null;
    if (!app || !['recognised', 'revoked'].includes(app.status))
      throw notFound('CERTIFICATE_NOT_FOUND', 'Không tìm thấy giấy chứng nhận với mã này. Hãy kiểm tra lại mã.');
    const [d, person, commune] = await Promise.all([
      this.decisions.findOneByOrFail({ id: app.decisionId! }),
      this.users.person(app.personId),
      this.areas.get(app.communeId),
    ]);
    const today = new Date().toISOString().slice(0, 10);
    const tableStatus = app.status === 'revoked' ? 'revoked' : app.validUntil! < today ? 'expired' : 'valid';
    const check = await this.credentials.storedCheck(app.id, {
      code,
      year: app.year,
      decisionNumber: d.number,
      validUntil: app.validUntil!,
    });
    const status = signedStatus(tableStatus, check);
    return {
      code,
      valid: status === 'valid',
      status,
      signed: check !== null,
      holderInitials: initials(person.fullName),
      communeName: commune.name,
      year: app.year,
      decisionNumber: d.number,
      decisionDate: d.signedOn,
      validUntil: app.validUntil!,
    };
  }

  async qrSvg(code: string): Promise<string> {
    await this.verify(code);
    return QRCode.toString(this.verifyUrl(code), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }

  private verifyUrl(code: string): string {
    const base = this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`;
    return `${base.replace(/\/$/, '')}/verify/${code}`;
  }

  private async decisionsOf(apps: ApplicationEntity[]): Promise<Map<string, DecisionEntity>> {
    const ids = apps.map((a) => a.decisionId).filter((x): x is string => !!x);
    return new Map((ids.length ? await this.decisions.findBy({ id: In(ids) }) : []).map((d) => [d.id, d]));
  }
}
