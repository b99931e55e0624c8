// Generated from libs/shared/contracts by `npm run openapi:write`: do not edit. A test fails when it is stale.
import type {
  ApiError,
  Application,
  ApplicationStatus,
  ApplicationSummary,
  Area,
  AreaKind,
  Attempt,
  AttemptResult,
  AuthTokens,
  BankItemStatus,
  CalibrationRun,
  Certificate,
  CertificateVerification,
  ChainProblem,
  CheckCredentialRequest,
  CheckpointProblem,
  CheckpointStatement,
  CommuneContact,
  CommuneMatch,
  Competence,
  CompetenceDomain,
  CompetenceFramework,
  CompetenceResult,
  CompetenceStrength,
  CourseDetail,
  CourseModule,
  CourseProgress,
  CourseStatus,
  CourseSuggestion,
  CourseSummary,
  CourseTestProblemReportRequest,
  CourseTestReview,
  CreateCourseRequest,
  CreateDecisionRequest,
  CreateGroupRequest,
  CreateTestMaterialRequest,
  CredentialCheck,
  CriteriaCourse,
  CriteriaGroup,
  CriteriaItem,
  CriteriaSet,
  CutScoreProposal,
  Decision,
  DecisionSummary,
  DeliveredItem,
  DisableAccountRequest,
  EditorContentType,
  EditorHotspot,
  EditorImageBlock,
  EditorImageRef,
  EditorImageType,
  EditorLang,
  EditorMaterialSource,
  EditorMaterialSummary,
  EditorPhoneParams,
  EditorPhoneStep,
  EditorPreview,
  EditorProblem,
  EditorQuizOption,
  EditorQuizParams,
  EditorQuizQuestion,
  EditorReadingBlock,
  EditorReadingParams,
  EditorSource,
  EditorTextBlock,
  EvidenceCheckpointResult,
  EvidenceUse,
  EvidenceVerification,
  FormerUnit,
  Gender,
  GrantRoleRequest,
  H5pContentType,
  H5pFileKind,
  H5pInstalledLibrary,
  H5pInstallResult,
  H5pLibraryAction,
  H5pLibraryChange,
  H5pLibraryChangeAction,
  H5pLibraryFile,
  H5pLibraryInstallPreview,
  H5pLibraryUsage,
  H5pPlannedLibrary,
  H5pUserDataGrant,
  ImportFileRequest,
  ImportProblem,
  IssuedResetCode,
  IssueResetCodeRequest,
  ItemEvidence,
  ItemFeedback,
  ItemPicture,
  ItemProposalRequest,
  ItemResponse,
  ItemReviewQueue,
  ItemType,
  KpiBreakdown,
  KpiBreakdownRow,
  KpiCell,
  KpiCode,
  KpiCommuneRanking,
  KpiDimension,
  KpiGroups,
  KpiReport,
  KpiTargetVersion,
  KpiTrend,
  KpiValue,
  LearningRecord,
  LessonProgress,
  LevelBand,
  LocalisedText,
  LoginRequest,
  MaterialKind,
  MaterialSummary,
  Me,
  MyTestStanding,
  NewKpiTargets,
  NewTestItem,
  Notice,
  NoticeKind,
  NoticeList,
  NoticeSnapshot,
  PasswordResetRequest,
  PopulationGroup,
  PopulationImportRequest,
  PopulationImportResult,
  ProblemReason,
  ProblemReportReceipt,
  ProblemReportRequest,
  ProblemReportView,
  ProposableType,
  ProposalPair,
  ProposalRegion,
  PublishedCheckpoint,
  RecoveryCodeIssued,
  RecoveryCodeStatus,
  RecoveryMethod,
  Registered,
  RegisterRequest,
  RejectRequest,
  RenewRecoveryCodeRequest,
  RetakeRule,
  ReturnCourseRequest,
  ReturnRequest,
  ReviewAction,
  ReviewDecisionRequest,
  ReviewedItem,
  RevokeRequest,
  RevokeRoleGrantRequest,
  Role,
  RoleGrant,
  RosterImportArea,
  RosterImportResult,
  RosterKind,
  RosterKpiCode,
  RosterKpiValue,
  SaveScoresRequest,
  SetCommuneContactRequest,
  SetCriteriaCourseRequest,
  SetH5pLibraryEnabledRequest,
  SkillsAssessmentOverview,
  SkillsAttempt,
  SkillsCompetenceResult,
  SkillsDomain,
  SkillsDomainProgress,
  SkillsDomainResult,
  SkillsQuestion,
  SkillsResult,
  SkillsResultSummary,
  StartCalibrationRequest,
  StartSkillsAttemptRequest,
  TestIntro,
  TestPreview,
  Transition,
  Trust,
  UpdateCourseRequest,
  UserSummary,
  VerifyRequest,
  XapiBatchResult,
  XapiStatementRequest,
} from '@lc/shared-contracts';

/** Each contract type by name: what `@ApiOk(name)` checks a handler against. */
export interface ContractTypes {
  ApiError: ApiError;
  Application: Application;
  ApplicationStatus: ApplicationStatus;
  ApplicationSummary: ApplicationSummary;
  Area: Area;
  AreaKind: AreaKind;
  Attempt: Attempt;
  AttemptResult: AttemptResult;
  AuthTokens: AuthTokens;
  BankItemStatus: BankItemStatus;
  CalibrationRun: CalibrationRun;
  Certificate: Certificate;
  CertificateVerification: CertificateVerification;
  ChainProblem: ChainProblem;
  CheckCredentialRequest: CheckCredentialRequest;
  CheckpointProblem: CheckpointProblem;
  CheckpointStatement: CheckpointStatement;
  CommuneContact: CommuneContact;
  CommuneMatch: CommuneMatch;
  Competence: Competence;
  CompetenceDomain: CompetenceDomain;
  CompetenceFramework: CompetenceFramework;
  CompetenceResult: CompetenceResult;
  CompetenceStrength: CompetenceStrength;
  CourseDetail: CourseDetail;
  CourseModule: CourseModule;
  CourseProgress: CourseProgress;
  CourseStatus: CourseStatus;
  CourseSuggestion: CourseSuggestion;
  CourseSummary: CourseSummary;
  CourseTestProblemReportRequest: CourseTestProblemReportRequest;
  CourseTestReview: CourseTestReview;
  CreateCourseRequest: CreateCourseRequest;
  CreateDecisionRequest: CreateDecisionRequest;
  CreateGroupRequest: CreateGroupRequest;
  CreateTestMaterialRequest: CreateTestMaterialRequest;
  CredentialCheck: CredentialCheck;
  CriteriaCourse: CriteriaCourse;
  CriteriaGroup: CriteriaGroup;
  CriteriaItem: CriteriaItem;
  CriteriaSet: CriteriaSet;
  CutScoreProposal: CutScoreProposal;
  Decision: Decision;
  DecisionSummary: DecisionSummary;
  DeliveredItem: DeliveredItem;
  DisableAccountRequest: DisableAccountRequest;
  EditorContentType: EditorContentType;
  EditorHotspot: EditorHotspot;
  EditorImageBlock: EditorImageBlock;
  EditorImageRef: EditorImageRef;
  EditorImageType: EditorImageType;
  EditorLang: EditorLang;
  EditorMaterialSource: EditorMaterialSource;
  EditorMaterialSummary: EditorMaterialSummary;
  EditorPhoneParams: EditorPhoneParams;
  EditorPhoneStep: EditorPhoneStep;
  EditorPreview: EditorPreview;
  EditorProblem: EditorProblem;
  EditorQuizOption: EditorQuizOption;
  EditorQuizParams: EditorQuizParams;
  EditorQuizQuestion: EditorQuizQuestion;
  EditorReadingBlock: EditorReadingBlock;
  EditorReadingParams: EditorReadingParams;
  EditorSource: EditorSource;
  EditorTextBlock: EditorTextBlock;
  EvidenceCheckpointResult: EvidenceCheckpointResult;
  EvidenceUse: EvidenceUse;
  EvidenceVerification: EvidenceVerification;
  FormerUnit: FormerUnit;
  Gender: Gender;
  GrantRoleRequest: GrantRoleRequest;
  H5pContentType: H5pContentType;
  H5pFileKind: H5pFileKind;
  H5pInstalledLibrary: H5pInstalledLibrary;
  H5pInstallResult: H5pInstallResult;
  H5pLibraryAction: H5pLibraryAction;
  H5pLibraryChange: H5pLibraryChange;
  H5pLibraryChangeAction: H5pLibraryChangeAction;
  H5pLibraryFile: H5pLibraryFile;
  H5pLibraryInstallPreview: H5pLibraryInstallPreview;
  H5pLibraryUsage: H5pLibraryUsage;
  H5pPlannedLibrary: H5pPlannedLibrary;
  H5pUserDataGrant: H5pUserDataGrant;
  ImportFileRequest: ImportFileRequest;
  ImportProblem: ImportProblem;
  IssuedResetCode: IssuedResetCode;
  IssueResetCodeRequest: IssueResetCodeRequest;
  ItemEvidence: ItemEvidence;
  ItemFeedback: ItemFeedback;
  ItemPicture: ItemPicture;
  ItemProposalRequest: ItemProposalRequest;
  ItemResponse: ItemResponse;
  ItemReviewQueue: ItemReviewQueue;
  ItemType: ItemType;
  KpiBreakdown: KpiBreakdown;
  KpiBreakdownRow: KpiBreakdownRow;
  KpiCell: KpiCell;
  KpiCode: KpiCode;
  KpiCommuneRanking: KpiCommuneRanking;
  KpiDimension: KpiDimension;
  KpiGroups: KpiGroups;
  KpiReport: KpiReport;
  KpiTargetVersion: KpiTargetVersion;
  KpiTrend: KpiTrend;
  KpiValue: KpiValue;
  LearningRecord: LearningRecord;
  LessonProgress: LessonProgress;
  LevelBand: LevelBand;
  LocalisedText: LocalisedText;
  LoginRequest: LoginRequest;
  MaterialKind: MaterialKind;
  MaterialSummary: MaterialSummary;
  Me: Me;
  MyTestStanding: MyTestStanding;
  NewKpiTargets: NewKpiTargets;
  NewTestItem: NewTestItem;
  Notice: Notice;
  NoticeKind: NoticeKind;
  NoticeList: NoticeList;
  NoticeSnapshot: NoticeSnapshot;
  PasswordResetRequest: PasswordResetRequest;
  PopulationGroup: PopulationGroup;
  PopulationImportRequest: PopulationImportRequest;
  PopulationImportResult: PopulationImportResult;
  ProblemReason: ProblemReason;
  ProblemReportReceipt: ProblemReportReceipt;
  ProblemReportRequest: ProblemReportRequest;
  ProblemReportView: ProblemReportView;
  ProposableType: ProposableType;
  ProposalPair: ProposalPair;
  ProposalRegion: ProposalRegion;
  PublishedCheckpoint: PublishedCheckpoint;
  RecoveryCodeIssued: RecoveryCodeIssued;
  RecoveryCodeStatus: RecoveryCodeStatus;
  RecoveryMethod: RecoveryMethod;
  Registered: Registered;
  RegisterRequest: RegisterRequest;
  RejectRequest: RejectRequest;
  RenewRecoveryCodeRequest: RenewRecoveryCodeRequest;
  RetakeRule: RetakeRule;
  ReturnCourseRequest: ReturnCourseRequest;
  ReturnRequest: ReturnRequest;
  ReviewAction: ReviewAction;
  ReviewDecisionRequest: ReviewDecisionRequest;
  ReviewedItem: ReviewedItem;
  RevokeRequest: RevokeRequest;
  RevokeRoleGrantRequest: RevokeRoleGrantRequest;
  Role: Role;
  RoleGrant: RoleGrant;
  RosterImportArea: RosterImportArea;
  RosterImportResult: RosterImportResult;
  RosterKind: RosterKind;
  RosterKpiCode: RosterKpiCode;
  RosterKpiValue: RosterKpiValue;
  SaveScoresRequest: SaveScoresRequest;
  SetCommuneContactRequest: SetCommuneContactRequest;
  SetCriteriaCourseRequest: SetCriteriaCourseRequest;
  SetH5pLibraryEnabledRequest: SetH5pLibraryEnabledRequest;
  SkillsAssessmentOverview: SkillsAssessmentOverview;
  SkillsAttempt: SkillsAttempt;
  SkillsCompetenceResult: SkillsCompetenceResult;
  SkillsDomain: SkillsDomain;
  SkillsDomainProgress: SkillsDomainProgress;
  SkillsDomainResult: SkillsDomainResult;
  SkillsQuestion: SkillsQuestion;
  SkillsResult: SkillsResult;
  SkillsResultSummary: SkillsResultSummary;
  StartCalibrationRequest: StartCalibrationRequest;
  StartSkillsAttemptRequest: StartSkillsAttemptRequest;
  TestIntro: TestIntro;
  TestPreview: TestPreview;
  Transition: Transition;
  Trust: Trust;
  UpdateCourseRequest: UpdateCourseRequest;
  UserSummary: UserSummary;
  VerifyRequest: VerifyRequest;
  XapiBatchResult: XapiBatchResult;
  XapiStatementRequest: XapiStatementRequest;
}

/** The JSON Schema (OpenAPI 3.0) of each contract type, registered as `components.schemas`. */
export const CONTRACT_SCHEMAS: Record<keyof ContractTypes, object> = {
  ApiError: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      message: { type: 'string' },
      details: { type: 'object', additionalProperties: {} },
    },
    required: ['code', 'message'],
    description: 'The one error shape of the whole API.',
  },
  Application: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      year: { type: 'number' },
      status: { $ref: '#/components/schemas/ApplicationStatus' },
      applicantName: { type: 'string' },
      applicantBirthYear: { type: 'number', nullable: true },
      communeId: { type: 'string' },
      communeName: { type: 'string' },
      criteriaSet: { $ref: '#/components/schemas/CriteriaSet' },
      scores: { type: 'object', additionalProperties: { type: 'number' } },
      total: { type: 'number' },
      passes: { type: 'boolean' },
      itemReasons: { type: 'object', additionalProperties: { type: 'string' } },
      evidence: { type: 'array', items: { $ref: '#/components/schemas/ItemEvidence' } },
      evidenceIntact: {
        type: 'boolean',
        description: "False when the applicant's learning records no longer match their hash chain (tampering).",
      },
      evidenceProblem: {
        type: 'string',
        enum: ['modified', 'rehashed', 'truncated'],
        nullable: true,
        description: 'How the chain is broken: a record changed, hashes recomputed, or newest records removed.',
      },
      transitions: { type: 'array', items: { $ref: '#/components/schemas/Transition' } },
      certificateCode: { type: 'string', nullable: true },
      decision: { oneOf: [{ $ref: '#/components/schemas/Decision' }], nullable: true },
    },
    required: [
      'id',
      'year',
      'status',
      'applicantName',
      'applicantBirthYear',
      'communeId',
      'communeName',
      'criteriaSet',
      'scores',
      'total',
      'passes',
      'itemReasons',
      'evidence',
      'evidenceIntact',
      'evidenceProblem',
      'transitions',
      'certificateCode',
      'decision',
    ],
  },
  ApplicationStatus: {
    type: 'string',
    enum: ['draft', 'submitted', 'verified', 'recognised', 'returned', 'rejected', 'revoked'],
  },
  ApplicationSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      year: { type: 'number' },
      status: { $ref: '#/components/schemas/ApplicationStatus' },
      applicantName: { type: 'string' },
      communeId: { type: 'string' },
      communeName: { type: 'string' },
      total: { type: 'number' },
      passes: { type: 'boolean' },
      submittedAt: { type: 'string', nullable: true },
    },
    required: ['id', 'year', 'status', 'applicantName', 'communeId', 'communeName', 'total', 'passes', 'submittedAt'],
  },
  Area: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      code: { type: 'string' },
      name: { type: 'string' },
      kind: { $ref: '#/components/schemas/AreaKind' },
      unitType: { type: 'string', description: 'phường, xã, đặc khu, thành phố trung ương, tổ dân phố …' },
      parentId: { type: 'string', nullable: true },
    },
    required: ['id', 'code', 'name', 'kind', 'unitType', 'parentId'],
  },
  AreaKind: { type: 'string', enum: ['province', 'commune', 'group'] },
  Attempt: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      testId: { type: 'string' },
      title: { $ref: '#/components/schemas/LocalisedText' },
      status: { type: 'string', enum: ['submitted', 'open'] },
      startedAt: { type: 'string' },
      deadlineAt: { type: 'string' },
      items: { type: 'array', items: { $ref: '#/components/schemas/DeliveredItem' } },
      answers: { type: 'object', additionalProperties: { $ref: '#/components/schemas/ItemResponse' } },
      result: { oneOf: [{ $ref: '#/components/schemas/AttemptResult' }], nullable: true },
    },
    required: ['id', 'testId', 'title', 'status', 'startedAt', 'deadlineAt', 'items', 'answers', 'result'],
  },
  AttemptResult: {
    type: 'object',
    properties: {
      score: { type: 'number' },
      maxScore: { type: 'number' },
      competences: { type: 'array', items: { $ref: '#/components/schemas/CompetenceResult' } },
      domains: {
        type: 'object',
        additionalProperties: { type: 'number' },
        description: 'Level per domain code, the lowest of its tested competences.',
      },
      items: { type: 'array', items: { $ref: '#/components/schemas/ItemFeedback' } },
      suggestedCourses: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'string' }, title: { $ref: '#/components/schemas/LocalisedText' } },
          required: ['id', 'title'],
        },
      },
      recordId: { type: 'string' },
    },
    required: ['score', 'maxScore', 'competences', 'domains', 'items', 'suggestedCourses', 'recordId'],
  },
  AuthTokens: {
    type: 'object',
    properties: {
      accessToken: { type: 'string' },
      expiresIn: { type: 'number', description: 'Seconds until the access token expires.' },
      user: { $ref: '#/components/schemas/Me' },
    },
    required: ['accessToken', 'expiresIn', 'user'],
    description: 'The refresh token never appears here: it travels only in an httpOnly cookie on /api/auth.',
  },
  BankItemStatus: { type: 'string', enum: ['returned', 'in_review', 'published', 'retired', 'superseded'] },
  CalibrationRun: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      status: { type: 'string', enum: ['running', 'done', 'failed'] },
      minResponses: { type: 'number' },
      startedAt: { type: 'string' },
      finishedAt: { type: 'string', nullable: true },
      calibrationVersion: { type: 'string', nullable: true },
      summary: {
        type: 'object',
        properties: {
          published: {
            type: 'boolean',
            description: 'False when no item had enough answers: no new version was published.',
          },
          version: { type: 'string' },
          basedOn: { type: 'string' },
          cutScoresVersion: { type: 'string' },
          scale: { type: 'string', enum: ['population', 'anchors'] },
          responses: { type: 'number' },
          attempts: { type: 'number' },
          calibrated: { type: 'number' },
          keptPrevious: { type: 'number' },
          proposedCutScores: { $ref: '#/components/schemas/CutScoreProposal' },
        },
        required: [
          'published',
          'version',
          'basedOn',
          'cutScoresVersion',
          'scale',
          'responses',
          'attempts',
          'calibrated',
          'keptPrevious',
        ],
        nullable: true,
      },
      errorCode: { type: 'string', nullable: true },
    },
    required: ['id', 'status', 'minResponses', 'startedAt', 'finishedAt', 'calibrationVersion', 'summary', 'errorCode'],
    description: "One run of the assessment's calibration job, as a city admin sees it.",
  },
  Certificate: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      holderName: { type: 'string' },
      communeName: { type: 'string' },
      year: { type: 'number' },
      decisionNumber: { type: 'string' },
      decisionDate: { type: 'string' },
      validUntil: { type: 'string' },
      revoked: { type: 'boolean' },
      verifyUrl: { type: 'string' },
    },
    required: [
      'code',
      'holderName',
      'communeName',
      'year',
      'decisionNumber',
      'decisionDate',
      'validUntil',
      'revoked',
      'verifyUrl',
    ],
  },
  CertificateVerification: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      valid: { type: 'boolean' },
      status: {
        type: 'string',
        enum: ['revoked', 'valid', 'expired', 'tampered'],
        description: '`tampered`: the title no longer matches the credential signed for it (docs/adr/0014).',
      },
      signed: {
        type: 'boolean',
        description:
          "Checked against the title's stored signed credential (one exists once the holder first downloaded it).",
      },
      holderInitials: { type: 'string' },
      communeName: { type: 'string' },
      year: { type: 'number' },
      decisionNumber: { type: 'string' },
      decisionDate: { type: 'string' },
      validUntil: { type: 'string' },
    },
    required: [
      'code',
      'valid',
      'status',
      'signed',
      'holderInitials',
      'communeName',
      'year',
      'decisionNumber',
      'decisionDate',
      'validUntil',
    ],
    description: 'What the public verification page shows: no more than the certificate itself, names masked.',
  },
  ChainProblem: {
    type: 'string',
    enum: ['modified', 'rehashed', 'truncated'],
    description:
      "How a person's hash chain fails: a record changed, hashes recomputed after a change, or newest records gone.",
  },
  CheckCredentialRequest: { type: 'object', properties: { credential: { type: 'string' } }, required: ['credential'] },
  CheckpointProblem: { type: 'string', enum: ['signature', 'sequence', 'previous', 'changes', 'root', 'missing'] },
  CheckpointStatement: {
    type: 'object',
    properties: {
      format: { type: 'string', enum: ['lc-evidence-checkpoint/1'] },
      sequence: { type: 'number' },
      createdAt: { type: 'string' },
      previous: {
        type: 'string',
        nullable: true,
        description: "SHA-256 (hex) of the previous checkpoint's statement as canonical JSON; null for the first.",
      },
      persons: {
        type: 'number',
        description:
          'People with a chain, and the Merkle root over their heads ({personId, seq, hash}) in person-id order.',
      },
      root: { type: 'string' },
      changed: {
        type: 'number',
        description:
          'How many heads moved since the previous checkpoint, and SHA-256 of that list (kept with the checkpoint).',
      },
      changedHash: { type: 'string' },
      keyId: {
        type: 'string',
        description: "First 16 hex digits of SHA-256 of the signing key's public key (SPKI DER).",
      },
    },
    required: ['format', 'sequence', 'createdAt', 'previous', 'persons', 'root', 'changed', 'changedHash', 'keyId'],
    description:
      "What a signed evidence checkpoint states: the Merkle root (RFC 6962) over every person's chain head at a moment,\nlinked to the checkpoint before. Signed with Ed25519 by a key the database does not hold (docs/adr/0013).",
  },
  CommuneContact: {
    type: 'object',
    properties: {
      communeId: { type: 'string' },
      communeName: { type: 'string' },
      contact: { type: 'string', nullable: true },
      updatedAt: { type: 'string', nullable: true },
    },
    required: ['communeId', 'communeName', 'contact', 'updatedAt'],
    description: 'Who to contact at a commune about the programme, as its admin wrote it; `contact` null: not set yet.',
  },
  CommuneMatch: {
    type: 'object',
    properties: {
      commune: { $ref: '#/components/schemas/Area' },
      formerUnits: { type: 'array', items: { $ref: '#/components/schemas/FormerUnit' } },
    },
    required: ['commune', 'formerUnits'],
    description:
      'GET /areas/communes/search: a current commune, with the former units that made the query match it, if any.',
  },
  Competence: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      domainCode: { type: 'string' },
      name: { $ref: '#/components/schemas/LocalisedText' },
      description: { $ref: '#/components/schemas/LocalisedText' },
    },
    required: ['code', 'domainCode', 'name', 'description'],
  },
  CompetenceDomain: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      name: { $ref: '#/components/schemas/LocalisedText' },
      competences: { type: 'array', items: { $ref: '#/components/schemas/Competence' } },
    },
    required: ['code', 'name', 'competences'],
  },
  CompetenceFramework: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      title: { $ref: '#/components/schemas/LocalisedText' },
      levelBands: { type: 'array', items: { $ref: '#/components/schemas/LevelBand' } },
      domains: { type: 'array', items: { $ref: '#/components/schemas/CompetenceDomain' } },
    },
    required: ['id', 'title', 'levelBands', 'domains'],
  },
  CompetenceResult: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      name: { $ref: '#/components/schemas/LocalisedText' },
      domainCode: { type: 'string' },
      level: { type: 'number' },
      correct: { type: 'number' },
      total: { type: 'number' },
      explanation: { $ref: '#/components/schemas/LocalisedText' },
    },
    required: ['code', 'name', 'domainCode', 'level', 'correct', 'total', 'explanation'],
  },
  CompetenceStrength: { type: 'string', enum: ['stronger', 'typical', 'weaker'] },
  CourseDetail: {
    type: 'object',
    properties: {
      modules: { type: 'array', items: { $ref: '#/components/schemas/CourseModule' } },
      id: { type: 'string' },
      slug: { type: 'string' },
      title: { $ref: '#/components/schemas/LocalisedText' },
      summary: { $ref: '#/components/schemas/LocalisedText' },
      competences: { type: 'array', items: { type: 'string' } },
      level: { type: 'number' },
      populationGroups: {
        type: 'array',
        items: { type: 'string', enum: ['farmers', 'workers', 'officials', 'other'] },
      },
      estimatedMinutes: { type: 'number' },
      licence: { type: 'string' },
      language: { type: 'string' },
      status: { $ref: '#/components/schemas/CourseStatus' },
      authorName: { type: 'string' },
      reviewNote: { type: 'string', nullable: true },
    },
    required: [
      'modules',
      'id',
      'slug',
      'title',
      'summary',
      'competences',
      'level',
      'populationGroups',
      'estimatedMinutes',
      'licence',
      'language',
      'status',
      'authorName',
      'reviewNote',
    ],
  },
  CourseModule: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      title: { $ref: '#/components/schemas/LocalisedText' },
      position: { type: 'number' },
      materials: { type: 'array', items: { $ref: '#/components/schemas/MaterialSummary' } },
    },
    required: ['id', 'title', 'position', 'materials'],
  },
  CourseProgress: {
    type: 'object',
    properties: {
      courseId: { type: 'string' },
      title: { $ref: '#/components/schemas/LocalisedText' },
      lessons: {
        type: 'array',
        items: { $ref: '#/components/schemas/LessonProgress' },
        description: 'Every material of the course in outline order, ticked when done.',
      },
      completed: { type: 'boolean' },
      lastActivityAt: { type: 'string' },
    },
    required: ['courseId', 'title', 'lessons', 'completed', 'lastActivityAt'],
    description:
      "How far the signed-in learner is in a course they started. A lesson counts as done on its own completion report\n(trust `reported`, from the H5P player) and a course test on a passed, server-graded attempt (`verified`). This is\nthe learner's own view of their progress: no KPI, suggestion or certificate reads it.",
  },
  CourseStatus: { type: 'string', enum: ['draft', 'in_review', 'published', 'archived'] },
  CourseSuggestion: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      title: { $ref: '#/components/schemas/LocalisedText' },
      competences: { type: 'array', items: { type: 'string' } },
      level: { type: 'number' },
    },
    required: ['id', 'title', 'competences', 'level'],
    description: "A published course as a result's suggestion sees it: which competences it teaches, at which level.",
  },
  CourseSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      slug: { type: 'string' },
      title: { $ref: '#/components/schemas/LocalisedText' },
      summary: { $ref: '#/components/schemas/LocalisedText' },
      competences: { type: 'array', items: { type: 'string' } },
      level: { type: 'number' },
      populationGroups: {
        type: 'array',
        items: { type: 'string', enum: ['farmers', 'workers', 'officials', 'other'] },
      },
      estimatedMinutes: { type: 'number' },
      licence: { type: 'string' },
      language: { type: 'string' },
      status: { $ref: '#/components/schemas/CourseStatus' },
      authorName: { type: 'string' },
      reviewNote: { type: 'string', nullable: true },
    },
    required: [
      'id',
      'slug',
      'title',
      'summary',
      'competences',
      'level',
      'populationGroups',
      'estimatedMinutes',
      'licence',
      'language',
      'status',
      'authorName',
      'reviewNote',
    ],
  },
  CourseTestProblemReportRequest: {
    type: 'object',
    properties: {
      itemId: { type: 'string' },
      reason: { type: 'string', enum: ['other', 'wrong_key', 'unclear', 'typo', 'outdated', 'offensive'] },
      note: { type: 'string' },
    },
    required: ['itemId', 'reason'],
  },
  CourseTestReview: {
    type: 'object',
    properties: {
      testId: { type: 'string' },
      title: { $ref: '#/components/schemas/LocalisedText' },
      items: { type: 'array', items: { $ref: '#/components/schemas/ReviewedItem' } },
    },
    required: ['testId', 'title', 'items'],
    description: "The items of a course's tests, for the reviewer deciding on the course.",
  },
  CreateCourseRequest: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      summary: { type: 'string' },
      competences: { type: 'array', items: { type: 'string' } },
      level: { type: 'number' },
      populationGroups: {
        type: 'array',
        items: { type: 'string', enum: ['farmers', 'workers', 'officials', 'other'] },
      },
      estimatedMinutes: { type: 'number' },
      moduleTitle: { type: 'string' },
    },
    required: ['title', 'summary', 'competences', 'level', 'populationGroups', 'estimatedMinutes', 'moduleTitle'],
  },
  CreateDecisionRequest: {
    type: 'object',
    properties: {
      communeId: { type: 'string' },
      number: { type: 'string' },
      signedOn: { type: 'string' },
      signerName: { type: 'string' },
      applicationIds: { type: 'array', items: { type: 'string' } },
      evidenceOverride: {
        type: 'string',
        description: "Required when a listed application's evidence chain is broken: why it is recognised anyway.",
      },
    },
    required: ['communeId', 'number', 'signedOn', 'signerName', 'applicationIds'],
  },
  CreateGroupRequest: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
  CreateTestMaterialRequest: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      items: { type: 'array', items: { $ref: '#/components/schemas/NewTestItem' } },
    },
    required: ['title', 'items'],
  },
  CredentialCheck: {
    type: 'object',
    properties: {
      signature: { type: 'string', enum: ['valid', 'invalid'] },
      status: { type: 'string', enum: ['revoked', 'valid', 'expired', 'invalid'] },
      code: { type: 'string' },
      holderInitials: { type: 'string' },
      achievement: { type: 'string' },
    },
    required: ['signature', 'status'],
    description:
      "A presented credential (the signed Open Badges JWT) as an independent verifier sees it: `signature` against the\nissuer's published key, `status` from validity dates and the revocation status list. Facts only when signed by us.",
  },
  CriteriaCourse: {
    type: 'object',
    properties: { courseId: { type: 'string', nullable: true }, setAt: { type: 'string', nullable: true } },
    required: ['courseId', 'setAt'],
    description:
      "The course whose passed test counts as having studied the title's criteria (K0); null until an admin sets one.",
  },
  CriteriaGroup: {
    type: 'object',
    properties: { code: { type: 'string' }, name: { $ref: '#/components/schemas/LocalisedText' } },
    required: ['code', 'name'],
  },
  CriteriaItem: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      group: { type: 'string' },
      text: { $ref: '#/components/schemas/LocalisedText' },
      maxScore: { type: 'number' },
      evidence: {
        type: 'string',
        nullable: true,
        description: "What evidence supports it, e.g. 'learning_hours', 'digital_skills'.",
      },
    },
    required: ['code', 'group', 'text', 'maxScore', 'evidence'],
  },
  CriteriaSet: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      code: { type: 'string' },
      version: { type: 'number' },
      validFrom: { type: 'string' },
      groups: { type: 'array', items: { $ref: '#/components/schemas/CriteriaGroup' } },
      items: { type: 'array', items: { $ref: '#/components/schemas/CriteriaItem' } },
      passTotal: { type: 'number' },
      minItemScore: { type: 'number' },
    },
    required: ['id', 'code', 'version', 'validFrom', 'groups', 'items', 'passTotal', 'minItemScore'],
  },
  CutScoreProposal: {
    type: 'object',
    properties: {
      levels: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            level: { type: 'number' },
            proposed: { type: 'number' },
            inForce: { type: 'number', nullable: true },
          },
          required: ['level', 'proposed', 'inForce'],
        },
      },
      notes: {
        type: 'number',
        description:
          'How many levels had no item to go by, or came out easier than the level below (see deriveCutScores).',
      },
    },
    required: ['levels', 'notes'],
    description:
      'Per level, where it would start on the calibrated scale (`proposed`) and where it starts now (`inForce`).',
  },
  Decision: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      number: { type: 'string' },
      signedOn: { type: 'string' },
      signerName: { type: 'string' },
      communeName: { type: 'string' },
    },
    required: ['id', 'number', 'signedOn', 'signerName', 'communeName'],
  },
  DecisionSummary: {
    type: 'object',
    properties: {
      communeId: { type: 'string' },
      year: { type: 'number' },
      recognisedCount: { type: 'number' },
      id: { type: 'string' },
      number: { type: 'string' },
      signedOn: { type: 'string' },
      signerName: { type: 'string' },
      communeName: { type: 'string' },
    },
    required: ['communeId', 'year', 'recognisedCount', 'id', 'number', 'signedOn', 'signerName', 'communeName'],
    description: "A decision as the commune's officers list it, with how many people its annex recognises.",
  },
  DeliveredItem: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      type: { $ref: '#/components/schemas/ItemType' },
      competence: { type: 'string' },
      level: { type: 'number' },
      stem: { $ref: '#/components/schemas/LocalisedText' },
      options: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'string' }, text: { $ref: '#/components/schemas/LocalisedText' } },
          required: ['id', 'text'],
        },
      },
      matches: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'string' }, text: { $ref: '#/components/schemas/LocalisedText' } },
          required: ['id', 'text'],
        },
        description: 'Matching: the right-hand column (`options` are the left-hand items).',
      },
      image: { $ref: '#/components/schemas/ItemPicture' },
    },
    required: ['id', 'type', 'competence', 'level', 'stem', 'options'],
    description: 'What the browser sees of an item: never its key.',
  },
  DisableAccountRequest: {
    type: 'object',
    properties: { reason: { type: 'string' } },
    required: ['reason'],
    description: 'POST /admin/users/:id/disable: the reason stays on record with who disabled the account and when.',
  },
  EditorContentType: { type: 'string', enum: ['H5P.LcReadingPage', 'H5P.LcPracticeQuiz', 'H5P.LcPhoneTask'] },
  EditorHotspot: {
    type: 'object',
    properties: { x: { type: 'number' }, y: { type: 'number' }, width: { type: 'number' }, height: { type: 'number' } },
    required: ['x', 'y', 'width', 'height'],
    description: 'In screenshot pixels, inside the image.',
  },
  EditorImageBlock: {
    type: 'object',
    properties: {
      type: { type: 'string', enum: ['image'] },
      file: { type: 'string' },
      alt: { type: 'string' },
      caption: { type: 'string' },
    },
    required: ['type', 'file', 'alt'],
  },
  EditorImageRef: {
    type: 'string',
    description:
      "An image field holds `images/<name>` (a file of the material's current package, kept as it is) or `upload:<n>`\n(the n-th file sent with the request as `images`, counted from 0). The server stores every image under a name of\nits own.",
  },
  EditorImageType: { type: 'string', enum: ['png', 'jpg', 'gif', 'webp', 'svg'] },
  EditorLang: { type: 'string', enum: ['vi', 'en'] },
  EditorMaterialSource: {
    oneOf: [
      {
        type: 'object',
        properties: {
          contentType: { type: 'string', enum: ['H5P.LcReadingPage'] },
          params: { $ref: '#/components/schemas/EditorReadingParams' },
          materialId: { type: 'string' },
          basePath: { type: 'string' },
          updatedAt: { type: 'string' },
        },
        required: ['contentType', 'params', 'materialId', 'basePath', 'updatedAt'],
      },
      {
        type: 'object',
        properties: {
          contentType: { type: 'string', enum: ['H5P.LcPracticeQuiz'] },
          params: { $ref: '#/components/schemas/EditorQuizParams' },
          materialId: { type: 'string' },
          basePath: { type: 'string' },
          updatedAt: { type: 'string' },
        },
        required: ['contentType', 'params', 'materialId', 'basePath', 'updatedAt'],
      },
      {
        type: 'object',
        properties: {
          contentType: { type: 'string', enum: ['H5P.LcPhoneTask'] },
          params: { $ref: '#/components/schemas/EditorPhoneParams' },
          materialId: { type: 'string' },
          basePath: { type: 'string' },
          updatedAt: { type: 'string' },
        },
        required: ['contentType', 'params', 'materialId', 'basePath', 'updatedAt'],
      },
    ],
    description: "An editor-made material's source, to edit it again. Its images are at `${basePath}/content/${path}`.",
  },
  EditorMaterialSummary: {
    type: 'object',
    properties: {
      materialId: { type: 'string' },
      contentType: { type: 'string', enum: ['H5P.LcReadingPage', 'H5P.LcPracticeQuiz', 'H5P.LcPhoneTask'] },
      title: { type: 'string' },
      updatedAt: { type: 'string' },
    },
    required: ['materialId', 'contentType', 'title', 'updatedAt'],
    description: 'A material made in the editor, as its course lists it for the author.',
  },
  EditorPhoneParams: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      lang: { $ref: '#/components/schemas/EditorLang' },
      intro: { type: 'string' },
      steps: { type: 'array', items: { $ref: '#/components/schemas/EditorPhoneStep' } },
    },
    required: ['title', 'lang', 'steps'],
  },
  EditorPhoneStep: {
    type: 'object',
    properties: {
      instruction: { type: 'string' },
      image: { type: 'string' },
      imageWidth: { type: 'number' },
      imageHeight: { type: 'number' },
      alt: { type: 'string' },
      hotspot: { $ref: '#/components/schemas/EditorHotspot' },
      hint: { type: 'string' },
      success: { type: 'string' },
    },
    required: ['instruction', 'image', 'imageWidth', 'imageHeight', 'alt', 'hotspot', 'hint'],
  },
  EditorPreview: {
    type: 'object',
    properties: { basePath: { type: 'string' } },
    required: ['basePath'],
    description: 'Where the player finds a preview: a package unpacked for a short while, behind a signed grant.',
  },
  EditorProblem: {
    type: 'object',
    properties: { path: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
    required: ['path', 'code', 'message'],
    description: 'One thing to fix, at a field of the source: `params.questions.0.options.1.text`.',
  },
  EditorQuizOption: {
    type: 'object',
    properties: { text: { type: 'string' }, correct: { type: 'boolean' }, feedback: { type: 'string' } },
    required: ['text', 'correct'],
  },
  EditorQuizParams: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      lang: { $ref: '#/components/schemas/EditorLang' },
      passPercent: { type: 'number' },
      questions: { type: 'array', items: { $ref: '#/components/schemas/EditorQuizQuestion' } },
    },
    required: ['title', 'lang', 'passPercent', 'questions'],
  },
  EditorQuizQuestion: {
    type: 'object',
    properties: {
      type: { type: 'string', enum: ['single', 'multiple', 'truefalse'] },
      text: { type: 'string' },
      options: {
        type: 'array',
        items: { $ref: '#/components/schemas/EditorQuizOption' },
        description: 'Single and multiple only.',
      },
      correct: { type: 'boolean', description: 'True-false only: whether the statement is true.' },
      feedbackCorrect: { type: 'string' },
      feedbackWrong: { type: 'string' },
    },
    required: ['type', 'text'],
  },
  EditorReadingBlock: {
    oneOf: [{ $ref: '#/components/schemas/EditorImageBlock' }, { $ref: '#/components/schemas/EditorTextBlock' }],
  },
  EditorReadingParams: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      lang: { $ref: '#/components/schemas/EditorLang' },
      blocks: { type: 'array', items: { $ref: '#/components/schemas/EditorReadingBlock' } },
    },
    required: ['title', 'lang', 'blocks'],
  },
  EditorSource: {
    oneOf: [
      {
        type: 'object',
        properties: {
          contentType: { type: 'string', enum: ['H5P.LcReadingPage'] },
          params: { $ref: '#/components/schemas/EditorReadingParams' },
        },
        required: ['contentType', 'params'],
      },
      {
        type: 'object',
        properties: {
          contentType: { type: 'string', enum: ['H5P.LcPracticeQuiz'] },
          params: { $ref: '#/components/schemas/EditorQuizParams' },
        },
        required: ['contentType', 'params'],
      },
      {
        type: 'object',
        properties: {
          contentType: { type: 'string', enum: ['H5P.LcPhoneTask'] },
          params: { $ref: '#/components/schemas/EditorPhoneParams' },
        },
        required: ['contentType', 'params'],
      },
    ],
    description:
      "What the editor sends (multipart field `source`, JSON) and keeps: `params` become the package's content.json.",
  },
  EditorTextBlock: {
    type: 'object',
    properties: {
      type: { type: 'string', enum: ['heading', 'paragraph', 'tip', 'warning'] },
      text: { type: 'string' },
    },
    required: ['type', 'text'],
  },
  EvidenceCheckpointResult: {
    type: 'object',
    properties: {
      checkpoint: { $ref: '#/components/schemas/PublishedCheckpoint' },
      created: {
        type: 'boolean',
        description: 'False when nothing had changed since the latest checkpoint, which is returned instead.',
      },
      heldBack: {
        type: 'number',
        description: 'Chains whose new records did not continue their signed head: kept at that head, not advanced.',
      },
    },
    required: ['checkpoint', 'created', 'heldBack'],
  },
  EvidenceUse: {
    type: 'string',
    enum: ['digital_skills', 'learning_completed'],
    description:
      "What a result record may be used as, kept in its `context.evidence`: a course test's result is learning evidence\nonly, never digital-skills evidence (issue 8 §1).",
  },
  EvidenceVerification: {
    type: 'object',
    properties: {
      checkedAt: { type: 'string' },
      chains: { type: 'number' },
      records: { type: 'number' },
      checkpoint: {
        type: 'object',
        properties: { sequence: { type: 'number' }, createdAt: { type: 'string' }, root: { type: 'string' } },
        required: ['sequence', 'createdAt', 'root'],
        nullable: true,
        description: 'The checkpoint the chains were compared with; null when none was signed yet.',
      },
      checkpointProblems: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            sequence: { type: 'number', nullable: true },
            problem: { $ref: '#/components/schemas/CheckpointProblem' },
          },
          required: ['sequence', 'problem'],
        },
      },
      broken: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            personId: { type: 'string' },
            problem: { $ref: '#/components/schemas/ChainProblem' },
            seq: { type: 'number' },
          },
          required: ['personId', 'problem', 'seq'],
        },
      },
      intact: { type: 'boolean' },
    },
    required: ['checkedAt', 'chains', 'records', 'checkpoint', 'checkpointProblems', 'broken', 'intact'],
    description:
      'A verification of every chain against its records and the signed checkpoints (personal data: ids only).',
  },
  FormerUnit: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      district: { type: 'string' },
      whole: { type: 'boolean', description: 'Merged whole; otherwise only part of it went into this commune.' },
    },
    required: ['name', 'district', 'whole'],
    description: 'A ward or commune as it was before 1 July 2025, which went (whole or in part) into a current one.',
  },
  Gender: { type: 'string', enum: ['other', 'female', 'male'] },
  GrantRoleRequest: {
    type: 'object',
    properties: {
      userId: { type: 'string' },
      role: {
        type: 'string',
        enum: ['citizen', 'trainer', 'content_reviewer', 'verifier', 'approver', 'analyst', 'admin'],
      },
      areaId: { type: 'string' },
    },
    required: ['userId', 'role', 'areaId'],
  },
  H5pContentType: {
    type: 'object',
    properties: {
      library: { type: 'string' },
      machineName: { type: 'string' },
      name: { type: 'string', description: '"Multiple Choice 1.16"' },
      patchVersion: { type: 'number' },
    },
    required: ['library', 'machineName', 'name', 'patchVersion'],
    description: 'A content type trainers may upload: runnable, installed and enabled.',
  },
  H5pFileKind: {
    type: 'string',
    enum: ['image', 'script', 'style', 'font', 'media', 'data', 'document'],
    description: 'What a file of a library is, for an admin deciding whether to install it.',
  },
  H5pInstalledLibrary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      library: { type: 'string' },
      machineName: { type: 'string' },
      majorVersion: { type: 'number' },
      minorVersion: { type: 'number' },
      patchVersion: { type: 'number' },
      title: { type: 'string' },
      runnable: { type: 'boolean' },
      enabled: { type: 'boolean' },
      fileCount: { type: 'number' },
      bytes: { type: 'number' },
      dependencies: { type: 'array', items: { type: 'string' } },
      installedAt: { type: 'string' },
      installedByName: {
        type: 'string',
        nullable: true,
        description: 'Null when the platform installed it (its own content types).',
      },
      usedBy: { $ref: '#/components/schemas/H5pLibraryUsage' },
    },
    required: [
      'id',
      'library',
      'machineName',
      'majorVersion',
      'minorVersion',
      'patchVersion',
      'title',
      'runnable',
      'enabled',
      'fileCount',
      'bytes',
      'dependencies',
      'installedAt',
      'installedByName',
      'usedBy',
    ],
  },
  H5pInstallResult: {
    type: 'object',
    properties: {
      installed: { type: 'array', items: { type: 'string' } },
      upgraded: { type: 'array', items: { type: 'string' } },
    },
    required: ['installed', 'upgraded'],
  },
  H5pLibraryAction: {
    type: 'string',
    enum: ['install', 'upgrade', 'unchanged', 'older'],
    description: "What an install does to one library (H5P's versioning: content names major.minor only).",
  },
  H5pLibraryChange: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      action: { $ref: '#/components/schemas/H5pLibraryChangeAction' },
      library: { type: 'string' },
      patchVersion: { type: 'number' },
      fromPatch: { type: 'number', nullable: true },
      actorName: { type: 'string', nullable: true },
      at: { type: 'string' },
    },
    required: ['id', 'action', 'library', 'patchVersion', 'fromPatch', 'actorName', 'at'],
  },
  H5pLibraryChangeAction: { type: 'string', enum: ['installed', 'upgraded', 'disabled', 'enabled', 'uninstalled'] },
  H5pLibraryFile: {
    type: 'object',
    properties: {
      path: { type: 'string' },
      kind: { $ref: '#/components/schemas/H5pFileKind' },
      bytes: { type: 'number' },
    },
    required: ['path', 'kind', 'bytes'],
  },
  H5pLibraryInstallPreview: {
    type: 'object',
    properties: {
      id: { type: 'string', nullable: true },
      mainLibrary: {
        type: 'string',
        nullable: true,
        description: 'The content type of the package, when it is a content export.',
      },
      libraries: { type: 'array', items: { $ref: '#/components/schemas/H5pPlannedLibrary' } },
      changes: { type: 'boolean' },
    },
    required: ['id', 'mainLibrary', 'libraries', 'changes'],
    description: 'Shown before anything is installed; `id` confirms it, and is null when the package changes nothing.',
  },
  H5pLibraryUsage: {
    type: 'object',
    properties: {
      libraries: { type: 'array', items: { type: 'string' }, description: '"H5P.MultiChoice-1.16"' },
      packages: { type: 'number' },
      courses: {
        type: 'array',
        items: { type: 'string' },
        description: 'Titles (Vietnamese) of some courses that use it.',
      },
    },
    required: ['libraries', 'packages', 'courses'],
    description: 'Who relies on an installed library: other libraries, and packages of courses.',
  },
  H5pPlannedLibrary: {
    type: 'object',
    properties: {
      library: { type: 'string', description: '"H5P.TestCounter-1.2"' },
      machineName: { type: 'string' },
      majorVersion: { type: 'number' },
      minorVersion: { type: 'number' },
      patchVersion: { type: 'number' },
      title: { type: 'string' },
      runnable: { type: 'boolean' },
      action: { $ref: '#/components/schemas/H5pLibraryAction' },
      installedPatch: { type: 'number', nullable: true },
      files: { type: 'array', items: { $ref: '#/components/schemas/H5pLibraryFile' } },
      bytes: { type: 'number' },
      usedBy: { $ref: '#/components/schemas/H5pLibraryUsage' },
    },
    required: [
      'library',
      'machineName',
      'majorVersion',
      'minorVersion',
      'patchVersion',
      'title',
      'runnable',
      'action',
      'installedPatch',
      'files',
      'bytes',
      'usedBy',
    ],
  },
  H5pUserDataGrant: {
    type: 'object',
    properties: {
      state: { type: 'string', nullable: true },
      url: { type: 'string' },
      saveFreqSeconds: { type: 'number' },
    },
    required: ['state', 'url', 'saveFreqSeconds'],
    description:
      "Where the player keeps a learner's state for one material: their saved state, and a URL to save it to.",
  },
  ImportFileRequest: {
    type: 'object',
    properties: { csv: { type: 'string' }, xlsx: { type: 'string' } },
    description:
      'An import file: exactly one of `csv` (its text) and `xlsx` (the workbook, base64); the first sheet is read.',
  },
  ImportProblem: {
    type: 'object',
    properties: { line: { type: 'number' }, message: { type: 'string' } },
    required: ['line', 'message'],
    description:
      'Why an import was refused (nothing of it is kept): one entry per bad line, and the same as a CSV to download.',
  },
  IssuedResetCode: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      expiresAt: { type: 'string' },
      fullName: { type: 'string' },
      citizenIdMasked: { type: 'string', nullable: true },
      username: { type: 'string', nullable: true },
    },
    required: ['code', 'expiresAt', 'fullName', 'citizenIdMasked', 'username'],
    description: 'Shown once to the officer, to hand over; the person uses it with their ID number before `expiresAt`.',
  },
  IssueResetCodeRequest: {
    type: 'object',
    properties: { login: { type: 'string' }, idCardChecked: { type: 'boolean' } },
    required: ['login', 'idCardChecked'],
    description:
      "POST /password-reset-codes: the officer states that they checked the person's chip ID card in person.",
  },
  ItemEvidence: {
    type: 'object',
    properties: {
      itemCode: { type: 'string' },
      records: { type: 'array', items: { $ref: '#/components/schemas/LearningRecord' } },
      trustCounts: {
        type: 'object',
        properties: {
          verified: { type: 'number' },
          attested: { type: 'number' },
          reported: { type: 'number' },
          declared: { type: 'number' },
        },
        required: ['verified', 'attested', 'reported', 'declared'],
        description: 'How many of those records there are of each trust level.',
      },
      suggestedScore: {
        type: 'number',
        nullable: true,
        description: 'A score suggested from the evidence; shown, never applied silently.',
      },
      suggestionReason: { oneOf: [{ $ref: '#/components/schemas/LocalisedText' }], nullable: true },
      suggestionTrust: {
        type: 'array',
        items: { $ref: '#/components/schemas/Trust' },
        description: 'The trust levels the suggestion rests on (empty without one).',
      },
      suggestionCapped: {
        type: 'boolean',
        description:
          'True when browser-reported records counted for less than they claim: they show participation only.',
      },
    },
    required: [
      'itemCode',
      'records',
      'trustCounts',
      'suggestedScore',
      'suggestionReason',
      'suggestionTrust',
      'suggestionCapped',
    ],
  },
  ItemFeedback: {
    type: 'object',
    properties: {
      itemId: { type: 'string' },
      correct: { type: 'boolean' },
      explanation: { oneOf: [{ $ref: '#/components/schemas/LocalisedText' }], nullable: true },
    },
    required: ['itemId', 'correct', 'explanation'],
  },
  ItemPicture: {
    type: 'object',
    properties: {
      src: { type: 'string' },
      width: { type: 'number' },
      height: { type: 'number' },
      alt: { $ref: '#/components/schemas/LocalisedText' },
    },
    required: ['src', 'width', 'height', 'alt'],
    description: 'A picture inlined as a data URL: its file name would name the item and its level.',
  },
  ItemProposalRequest: {
    type: 'object',
    properties: {
      type: {
        type: 'string',
        enum: ['single_choice', 'multiple_choice', 'true_false', 'short_answer', 'ordering', 'matching', 'hotspot'],
      },
      competence: { type: 'string' },
      level: { type: 'number' },
      stem: { $ref: '#/components/schemas/LocalisedText' },
      options: {
        type: 'array',
        items: { $ref: '#/components/schemas/LocalisedText' },
        description: 'Single and multiple choice: the options; ordering: the steps in the right order.',
      },
      correct: {
        type: 'array',
        items: { type: 'number' },
        description:
          "Single and multiple choice: indexes into options of the right answers; hotspot: the right region's index.",
      },
      truth: { type: 'boolean', description: 'True/false: whether the stem is true.' },
      accepted: {
        type: 'array',
        items: { type: 'string' },
        description: 'Short answer: the accepted answers and spellings.',
      },
      numeric: { type: 'boolean', description: 'Short answer: the answer is a number ("2,5" and "2.5" agree).' },
      ignoreToneMarks: {
        type: 'boolean',
        description: 'Short answer: an answer typed without Vietnamese marks counts.',
      },
      pairs: {
        type: 'array',
        items: { $ref: '#/components/schemas/ProposalPair' },
        description: 'Matching: the pairs.',
      },
      regions: {
        type: 'array',
        items: { $ref: '#/components/schemas/ProposalRegion' },
        description: 'Hotspot: the regions of the picture (a hotspot needs `picture`).',
      },
      explanation: { $ref: '#/components/schemas/LocalisedText' },
      picture: { $ref: '#/components/schemas/ItemPicture' },
      revises: {
        type: 'string',
        description: 'A published item this proposal revises: publishing it makes the next version of that item.',
      },
    },
    required: ['type', 'competence', 'level', 'stem', 'explanation'],
    description: "A trainer's proposal for the city bank, in Vietnamese and English; each type fills its own fields.",
  },
  ItemResponse: {
    type: 'object',
    properties: {
      optionIds: { type: 'array', items: { type: 'string' } },
      text: { type: 'string', description: 'Short answer.' },
      pairs: {
        type: 'array',
        items: {
          type: 'object',
          properties: { left: { type: 'string' }, right: { type: 'string' } },
          required: ['left', 'right'],
        },
        description: 'Matching: which right-hand entry each left-hand item goes with.',
      },
      point: {
        type: 'object',
        properties: { x: { type: 'number' }, y: { type: 'number' } },
        required: ['x', 'y'],
        description: "Hotspot: a point on the picture, in the picture's own units (0…width, 0…height).",
      },
    },
    required: ['optionIds'],
    description:
      'An answer to any item type. `optionIds`: the choices of single/multiple/true-false items, the order of an\nordering item, or the one region chosen from the list of a hotspot item. The other fields belong to one type each.',
  },
  ItemReviewQueue: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/ReviewedItem' } },
      reports: { type: 'array', items: { $ref: '#/components/schemas/ProblemReportView' } },
    },
    required: ['items', 'reports'],
  },
  ItemType: {
    type: 'string',
    enum: ['single_choice', 'multiple_choice', 'true_false', 'short_answer', 'ordering', 'matching', 'hotspot'],
  },
  KpiBreakdown: {
    type: 'object',
    properties: {
      areaId: { type: 'string' },
      areaName: { type: 'string' },
      year: { type: 'number' },
      by: { type: 'string', enum: ['sex', 'age_band', 'population_group'] },
      denominatorSource: { type: 'string', enum: ['population_figures', 'registered_adults'] },
      rows: { type: 'array', items: { $ref: '#/components/schemas/KpiBreakdownRow' } },
    },
    required: ['areaId', 'areaName', 'year', 'by', 'rows'],
    description:
      "One area's KPIs by sex, age band or population group. K1's denominator is registered adults, or loaded population\nfigures by sex or age band where every commune of the area has them (`denominatorSource`, absent from older servers).",
  },
  KpiBreakdownRow: {
    type: 'object',
    properties: {
      key: { type: 'string', description: 'The stored value: `female`, `18-24`, `farmers`, `unknown`…' },
      label: { type: 'object', properties: { vi: { type: 'string' }, en: { type: 'string' } }, required: ['vi', 'en'] },
      kpis: { type: 'array', items: { $ref: '#/components/schemas/KpiCell' } },
    },
    required: ['key', 'label', 'kpis'],
  },
  KpiCell: {
    type: 'object',
    properties: {
      code: { $ref: '#/components/schemas/KpiCode' },
      numerator: { type: 'number', nullable: true },
      denominator: { type: 'number', nullable: true },
      value: { type: 'number', nullable: true },
      suppressed: { type: 'boolean' },
    },
    required: ['code', 'numerator', 'denominator', 'value', 'suppressed'],
    description:
      'A KPI where few people are counted (a residential group, a breakdown cell): a count under 10 is withheld (null,\nshown as "< 10"), and so is the value, which would reveal it.',
  },
  KpiCode: { type: 'string', enum: ['K1', 'K3', 'K4', 'K4_OF_K3'] },
  KpiCommuneRanking: {
    type: 'object',
    properties: {
      year: { type: 'number' },
      rows: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            areaId: { type: 'string' },
            areaName: { type: 'string' },
            denominatorSource: { type: 'string', enum: ['population_figures', 'registered_adults'] },
            kpis: { type: 'array', items: { $ref: '#/components/schemas/KpiValue' } },
          },
          required: ['areaId', 'areaName', 'denominatorSource', 'kpis'],
        },
      },
    },
    required: ['year', 'rows'],
    description: 'Every commune of the city, for the ranked table: exact figures, each KPI beside its targets.',
  },
  KpiDimension: { type: 'string', enum: ['sex', 'age_band', 'population_group'] },
  KpiGroups: {
    type: 'object',
    properties: {
      communeId: { type: 'string' },
      communeName: { type: 'string' },
      year: { type: 'number' },
      rows: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            areaId: { type: 'string' },
            areaName: { type: 'string' },
            kpis: { type: 'array', items: { $ref: '#/components/schemas/KpiCell' } },
          },
          required: ['areaId', 'areaName', 'kpis'],
        },
      },
    },
    required: ['communeId', 'communeName', 'year', 'rows'],
    description: "A commune's residential groups, for that commune's officers only, with small counts withheld.",
  },
  KpiReport: {
    type: 'object',
    properties: {
      areaId: { type: 'string' },
      areaName: { type: 'string' },
      year: { type: 'number' },
      denominatorSource: { type: 'string', enum: ['population_figures', 'registered_adults'] },
      kpis: { type: 'array', items: { $ref: '#/components/schemas/KpiValue' } },
      rosterKpis: {
        type: 'array',
        items: { $ref: '#/components/schemas/RosterKpiValue' },
        description: 'K2 and K0, counted over the imported rosters (absent from servers before them).',
      },
      generatedAt: { type: 'string' },
    },
    required: ['areaId', 'areaName', 'year', 'denominatorSource', 'kpis', 'generatedAt'],
  },
  KpiTargetVersion: {
    type: 'object',
    properties: {
      validFrom: { type: 'string' },
      source: { type: 'string', description: 'The plan or decision the figures come from.' },
      targets: {
        type: 'array',
        items: {
          type: 'object',
          properties: { code: { type: 'string' }, year: { type: 'number' }, target: { type: 'number' } },
          required: ['code', 'year', 'target'],
        },
      },
    },
    required: ['validFrom', 'source', 'targets'],
    description: 'Targets are versioned: a new plan adds a version; the newest in force on a day applies.',
  },
  KpiTrend: {
    type: 'object',
    properties: {
      areaId: { type: 'string' },
      areaName: { type: 'string' },
      points: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            year: { type: 'number' },
            denominatorSource: { type: 'string', enum: ['population_figures', 'registered_adults'] },
            kpis: { type: 'array', items: { $ref: '#/components/schemas/KpiValue' } },
          },
          required: ['year', 'denominatorSource', 'kpis'],
        },
      },
    },
    required: ['areaId', 'areaName', 'points'],
  },
  KpiValue: {
    type: 'object',
    properties: {
      code: { $ref: '#/components/schemas/KpiCode' },
      numerator: {
        type: 'number',
        description:
          "K3, K4 (and K4_OF_K3's denominator): expected counts, sums of level probabilities (docs/adr/0030).",
      },
      denominator: { type: 'number' },
      value: { type: 'number', nullable: true, description: '0..1, null when the denominator is 0.' },
      target2025: { type: 'number', nullable: true },
      target2030: { type: 'number', nullable: true },
      denominatorLabel: {
        type: 'object',
        properties: { vi: { type: 'string' }, en: { type: 'string' } },
        required: ['vi', 'en'],
        description: 'What the denominator counts, in words.',
      },
    },
    required: ['code', 'numerator', 'denominator', 'value', 'target2025', 'target2030', 'denominatorLabel'],
  },
  LearningRecord: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      verb: { type: 'string' },
      objectType: { type: 'string' },
      objectId: { type: 'string' },
      objectName: { $ref: '#/components/schemas/LocalisedText' },
      trust: { $ref: '#/components/schemas/Trust' },
      score: { type: 'number', nullable: true },
      maxScore: { type: 'number', nullable: true },
      success: { type: 'boolean', nullable: true },
      completion: { type: 'boolean', nullable: true },
      domainLevels: {
        type: 'object',
        additionalProperties: { type: 'number' },
        nullable: true,
        description: 'Domain code → level, for test results.',
      },
      occurredAt: { type: 'string' },
      hash: { type: 'string' },
      attemptId: {
        type: 'string',
        nullable: true,
        description: 'The graded attempt behind a test or assessment result, so its result page can be opened again.',
      },
    },
    required: [
      'id',
      'verb',
      'objectType',
      'objectId',
      'objectName',
      'trust',
      'score',
      'maxScore',
      'success',
      'completion',
      'domainLevels',
      'occurredAt',
      'hash',
    ],
  },
  LessonProgress: {
    type: 'object',
    properties: {
      materialId: { type: 'string' },
      title: { $ref: '#/components/schemas/LocalisedText' },
      kind: { $ref: '#/components/schemas/MaterialKind' },
      done: { type: 'boolean' },
    },
    required: ['materialId', 'title', 'kind', 'done'],
  },
  LevelBand: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      levels: { type: 'array', items: { type: 'number' } },
      name: { $ref: '#/components/schemas/LocalisedText' },
      description: { $ref: '#/components/schemas/LocalisedText' },
    },
    required: ['code', 'levels', 'name', 'description'],
  },
  LocalisedText: {
    type: 'object',
    properties: { vi: { type: 'string' }, en: { type: 'string' } },
    required: ['vi'],
    description: 'Text in Vietnamese, with English where written.',
  },
  LoginRequest: {
    type: 'object',
    properties: {
      login: { type: 'string', description: 'A citizen ID number (12 digits) or a staff username.' },
      password: { type: 'string' },
    },
    required: ['login', 'password'],
  },
  MaterialKind: { type: 'string', enum: ['h5p', 'test'] },
  MaterialSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      kind: { $ref: '#/components/schemas/MaterialKind' },
      title: { $ref: '#/components/schemas/LocalisedText' },
      position: { type: 'number' },
      h5p: {
        type: 'object',
        properties: { packageId: { type: 'string' }, basePath: { type: 'string' }, mainLibrary: { type: 'string' } },
        required: ['packageId', 'basePath', 'mainLibrary'],
        description: 'For h5p materials: where the player finds the package.',
      },
      testId: { type: 'string', description: 'For test materials.' },
      itemCount: { type: 'number' },
    },
    required: ['id', 'kind', 'title', 'position'],
  },
  Me: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      fullName: { type: 'string' },
      citizenId: { type: 'string', nullable: true, description: 'Full number for its owner only.' },
      birthYear: { type: 'number', nullable: true },
      gender: { type: 'string', enum: ['other', 'female', 'male'], nullable: true },
      communeId: { type: 'string', nullable: true },
      communeName: { type: 'string', nullable: true },
      groupId: { type: 'string', nullable: true },
      populationGroup: { type: 'string', enum: ['farmers', 'workers', 'officials', 'other'], nullable: true },
      roles: { type: 'array', items: { $ref: '#/components/schemas/RoleGrant' } },
    },
    required: [
      'id',
      'fullName',
      'citizenId',
      'birthYear',
      'gender',
      'communeId',
      'communeName',
      'groupId',
      'populationGroup',
      'roles',
    ],
  },
  MyTestStanding: {
    type: 'object',
    properties: {
      open: {
        type: 'object',
        properties: { attemptId: { type: 'string' }, deadlineAt: { type: 'string' } },
        required: ['attemptId', 'deadlineAt'],
        nullable: true,
        description: "The attempt under way, whose clock is running: the intro's start continues it.",
      },
      last: {
        type: 'object',
        properties: {
          attemptId: { type: 'string' },
          submittedAt: { type: 'string' },
          score: { type: 'number' },
          maxScore: { type: 'number' },
          passed: { type: 'boolean' },
        },
        required: ['attemptId', 'submittedAt', 'score', 'maxScore', 'passed'],
        nullable: true,
        description: 'The latest submitted attempt, whose result stays readable.',
      },
      retakeAt: {
        type: 'string',
        nullable: true,
        description: 'When the test can be taken again, while the retake wait after the last attempt runs; else null.',
      },
    },
    required: ['open', 'last', 'retakeAt'],
    description: "A citizen's own attempts at a course's test, for its intro: what they can do next there.",
  },
  NewKpiTargets: {
    type: 'object',
    properties: {
      validFrom: { type: 'string' },
      source: { type: 'string', description: 'The plan or decision the figures come from.' },
      targets: {
        type: 'array',
        items: {
          type: 'object',
          properties: { code: { type: 'string' }, year: { type: 'number' }, target: { type: 'number' } },
          required: ['code', 'year', 'target'],
        },
      },
    },
    required: ['validFrom', 'source', 'targets'],
  },
  NewTestItem: {
    type: 'object',
    properties: {
      type: { type: 'string', enum: ['single_choice', 'multiple_choice'] },
      competence: { type: 'string' },
      level: { type: 'number' },
      stem: { type: 'string' },
      options: { type: 'array', items: { type: 'string' } },
      correct: {
        type: 'array',
        items: { type: 'number' },
        description: 'Indexes into options of the correct answers.',
      },
      explanation: { type: 'string' },
    },
    required: ['type', 'competence', 'level', 'stem', 'options', 'correct'],
  },
  Notice: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      kind: {
        type: 'string',
        enum: [
          'application_submitted',
          'application_returned',
          'application_verified',
          'application_recognised',
          'application_rejected',
          'application_revoked',
          'course_published',
          'course_returned',
        ],
      },
      subjectId: { type: 'string', description: 'The application or course that changed.' },
      subjectName: { $ref: '#/components/schemas/LocalisedText' },
      createdAt: { type: 'string' },
      read: { type: 'boolean' },
    },
    required: ['id', 'kind', 'subjectId', 'subjectName', 'createdAt', 'read'],
  },
  NoticeKind: {
    type: 'string',
    enum: [
      'application_submitted',
      'application_returned',
      'application_verified',
      'application_recognised',
      'application_rejected',
      'application_revoked',
      'course_published',
      'course_returned',
    ],
  },
  NoticeList: {
    type: 'object',
    properties: {
      unread: { type: 'number' },
      notices: {
        type: 'array',
        items: { $ref: '#/components/schemas/Notice' },
        description: 'The newest notices, at most 50.',
      },
    },
    required: ['unread', 'notices'],
  },
  NoticeSnapshot: {
    type: 'object',
    properties: {
      unread: { type: 'number' },
      latest: { oneOf: [{ $ref: '#/components/schemas/Notice' }], nullable: true },
    },
    required: ['unread', 'latest'],
    description:
      'What `GET /my/notices/stream` pushes (server-sent event `notices`): when the stream opens, and whenever a notice\nof the person is written. The client reloads the list when `latest` is one it has not seen.',
  },
  PasswordResetRequest: {
    type: 'object',
    properties: {
      method: { type: 'string', enum: ['reset_code', 'recovery_code'] },
      login: { type: 'string', description: 'The citizen ID number (or a staff username).' },
      code: { type: 'string' },
      newPassword: { type: 'string' },
    },
    required: ['method', 'login', 'code', 'newPassword'],
  },
  PopulationGroup: { type: 'string', enum: ['farmers', 'workers', 'officials', 'other'] },
  PopulationImportRequest: {
    type: 'object',
    properties: { csv: { type: 'string' }, xlsx: { type: 'string' } },
    description:
      'A CSV or XLSX of adults per commune and year: header `commune_code,year,adults`, one commune and year a line.',
  },
  PopulationImportResult: { type: 'object', properties: { imported: { type: 'number' } }, required: ['imported'] },
  ProblemReason: { type: 'string', enum: ['other', 'wrong_key', 'unclear', 'typo', 'outdated', 'offensive'] },
  ProblemReportReceipt: {
    type: 'object',
    properties: { received: { type: 'boolean' } },
    required: ['received'],
    description: 'All the reporter learns back: the report was received.',
  },
  ProblemReportRequest: {
    type: 'object',
    properties: {
      reason: { type: 'string', enum: ['other', 'wrong_key', 'unclear', 'typo', 'outdated', 'offensive'] },
      note: { type: 'string' },
    },
    required: ['reason'],
    description:
      'A citizen\'s "Báo lỗi câu hỏi": the item is named by the attempt, never by anything that reveals its key.',
  },
  ProblemReportView: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      reason: { type: 'string', enum: ['other', 'wrong_key', 'unclear', 'typo', 'outdated', 'offensive'] },
      note: { type: 'string', nullable: true },
      createdAt: { type: 'string' },
      item: { $ref: '#/components/schemas/ReviewedItem' },
    },
    required: ['id', 'reason', 'note', 'createdAt', 'item'],
    description: 'A report as reviewers see it, with the item it was made on (the version the citizen saw).',
  },
  ProposableType: {
    type: 'string',
    enum: ['single_choice', 'multiple_choice', 'true_false', 'short_answer', 'ordering', 'matching', 'hotspot'],
  },
  ProposalPair: {
    type: 'object',
    properties: {
      left: { $ref: '#/components/schemas/LocalisedText' },
      right: { $ref: '#/components/schemas/LocalisedText' },
    },
    required: ['left', 'right'],
    description: 'A matching pair as its author writes it; the right-hand column is shown shuffled.',
  },
  ProposalRegion: {
    type: 'object',
    properties: {
      x: { type: 'number' },
      y: { type: 'number' },
      width: { type: 'number' },
      height: { type: 'number' },
      label: { $ref: '#/components/schemas/LocalisedText' },
    },
    required: ['x', 'y', 'width', 'height', 'label'],
    description:
      "A hotspot region in the picture's own pixels, and the label of the list that answers without a pointer.",
  },
  PublishedCheckpoint: {
    type: 'object',
    properties: {
      statement: { $ref: '#/components/schemas/CheckpointStatement' },
      signature: {
        type: 'string',
        description: 'Ed25519 signature of the statement as canonical JSON (sorted keys), base64.',
      },
      publicKey: { type: 'string', description: "The signing key's public key, SPKI PEM." },
    },
    required: ['statement', 'signature', 'publicKey'],
    description: 'The latest checkpoint as published: anyone can check the signature with the public key.',
  },
  RecoveryCodeIssued: {
    type: 'object',
    properties: { recoveryCode: { type: 'string' } },
    required: ['recoveryCode'],
    description: 'A new recovery code, shown once: after a password reset, or when the signed-in person asks for one.',
  },
  RecoveryCodeStatus: {
    type: 'object',
    properties: {
      createdAt: {
        type: 'string',
        nullable: true,
        description: "When the person's current recovery code was made (ISO 8601), or null if they have none.",
      },
    },
    required: ['createdAt'],
  },
  RecoveryMethod: {
    type: 'string',
    enum: ['reset_code', 'recovery_code'],
    description:
      '`reset_code`: a one-time code from a commune officer who saw the chip ID card; `recovery_code`: their own.',
  },
  Registered: {
    type: 'object',
    properties: {
      recoveryCode: { type: 'string' },
      id: { type: 'string' },
      fullName: { type: 'string' },
      citizenId: { type: 'string', nullable: true, description: 'Full number for its owner only.' },
      birthYear: { type: 'number', nullable: true },
      gender: { type: 'string', enum: ['other', 'female', 'male'], nullable: true },
      communeId: { type: 'string', nullable: true },
      communeName: { type: 'string', nullable: true },
      groupId: { type: 'string', nullable: true },
      populationGroup: { type: 'string', enum: ['farmers', 'workers', 'officials', 'other'], nullable: true },
      roles: { type: 'array', items: { $ref: '#/components/schemas/RoleGrant' } },
    },
    required: [
      'recoveryCode',
      'id',
      'fullName',
      'citizenId',
      'birthYear',
      'gender',
      'communeId',
      'communeName',
      'groupId',
      'populationGroup',
      'roles',
    ],
    description: 'POST /auth/register answers the new person and, this once, their recovery code (docs/adr/0017).',
  },
  RegisterRequest: {
    type: 'object',
    properties: {
      fullName: { type: 'string' },
      citizenId: { type: 'string' },
      birthYear: { type: 'number' },
      gender: { type: 'string', enum: ['other', 'female', 'male'] },
      communeId: { type: 'string' },
      groupId: { type: 'string' },
      populationGroup: { type: 'string', enum: ['farmers', 'workers', 'officials', 'other'] },
      password: { type: 'string' },
    },
    required: ['fullName', 'citizenId', 'birthYear', 'gender', 'communeId', 'groupId', 'populationGroup', 'password'],
  },
  RejectRequest: { type: 'object', properties: { reason: { type: 'string' } }, required: ['reason'] },
  RenewRecoveryCodeRequest: {
    type: 'object',
    properties: {
      password: {
        type: 'string',
        description:
          'The current password: a borrowed phone that is signed in must not be enough to take the account over.',
      },
    },
    required: ['password'],
  },
  RetakeRule: {
    type: 'object',
    properties: {
      attemptsPerWindow: {
        type: 'number',
        description: 'At most this many attempts may start within any `windowDays` days.',
      },
      windowDays: { type: 'number' },
    },
    required: ['attemptsPerWindow', 'windowDays'],
  },
  ReturnCourseRequest: { type: 'object', properties: { reason: { type: 'string' } }, required: ['reason'] },
  ReturnRequest: {
    type: 'object',
    properties: {
      reason: { type: 'string' },
      itemReasons: { type: 'object', additionalProperties: { type: 'string' } },
    },
    required: ['reason'],
  },
  ReviewAction: { type: 'string', enum: ['publish', 'return', 'retire'] },
  ReviewDecisionRequest: {
    type: 'object',
    properties: {
      action: { type: 'string', enum: ['publish', 'return', 'retire'] },
      reasons: {
        type: 'array',
        items: { type: 'string' },
        description: 'Required when returning: what the author should change.',
      },
    },
    required: ['action'],
  },
  ReviewedItem: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      lineageId: { type: 'string', description: "The id of the item's first version; every version shares it." },
      version: { type: 'number' },
      status: { type: 'string', enum: ['returned', 'in_review', 'published', 'retired', 'superseded'] },
      type: { $ref: '#/components/schemas/ItemType' },
      competence: { type: 'string' },
      level: { type: 'number' },
      stem: { $ref: '#/components/schemas/LocalisedText' },
      options: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'string' }, text: { $ref: '#/components/schemas/LocalisedText' } },
          required: ['id', 'text'],
        },
      },
      correctOptionIds: {
        type: 'array',
        items: { type: 'string' },
        description: 'Ids of the right options (`true` or `false` for a true/false item).',
      },
      otherKey: {
        type: 'array',
        items: { type: 'string' },
        description: 'The key of other item types in words: accepted answers, the order, the pairs or the region.',
      },
      explanation: { oneOf: [{ $ref: '#/components/schemas/LocalisedText' }], nullable: true },
      image: { $ref: '#/components/schemas/ItemPicture' },
      proposal: { $ref: '#/components/schemas/ItemProposalRequest' },
      authorName: { type: 'string', nullable: true },
      reviewReasons: {
        type: 'array',
        items: { type: 'string' },
        description: 'Why a reviewer returned it, for its author.',
      },
      createdAt: { type: 'string' },
    },
    required: [
      'id',
      'lineageId',
      'version',
      'status',
      'type',
      'competence',
      'level',
      'stem',
      'options',
      'correctOptionIds',
      'otherKey',
      'explanation',
      'proposal',
      'authorName',
      'reviewReasons',
      'createdAt',
    ],
    description: 'An item as its author and the reviewers see it: with its key. Never sent to a citizen.',
  },
  RevokeRequest: { type: 'object', properties: { reason: { type: 'string' } }, required: ['reason'] },
  RevokeRoleGrantRequest: {
    type: 'object',
    properties: { reason: { type: 'string' } },
    required: ['reason'],
    description: 'A revoked role stays on record with who revoked it, when and why.',
  },
  Role: {
    type: 'string',
    enum: ['citizen', 'trainer', 'content_reviewer', 'verifier', 'approver', 'analyst', 'admin'],
  },
  RoleGrant: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      role: {
        type: 'string',
        enum: ['citizen', 'trainer', 'content_reviewer', 'verifier', 'approver', 'analyst', 'admin'],
      },
      areaId: { type: 'string' },
      areaName: { type: 'string' },
    },
    required: ['id', 'role', 'areaId', 'areaName'],
  },
  RosterImportArea: {
    type: 'object',
    properties: {
      areaId: { type: 'string' },
      areaName: { type: 'string' },
      year: { type: 'number' },
      members: { type: 'number' },
      before: {
        type: 'object',
        properties: { numerator: { type: 'number', nullable: true }, denominator: { type: 'number', nullable: true } },
        required: ['numerator', 'denominator'],
      },
      after: {
        type: 'object',
        properties: { numerator: { type: 'number', nullable: true }, denominator: { type: 'number', nullable: true } },
        required: ['numerator', 'denominator'],
      },
    },
    required: ['areaId', 'areaName', 'year', 'members', 'before', 'after'],
    description: "One area's roster after an import, with K2 or K0 before and after; counts under 10 withheld (null).",
  },
  RosterImportResult: {
    type: 'object',
    properties: {
      imported: { type: 'number' },
      areas: { type: 'array', items: { $ref: '#/components/schemas/RosterImportArea' } },
    },
    required: ['imported', 'areas'],
  },
  RosterKind: { type: 'string', enum: ['association', 'learning_unit'] },
  RosterKpiCode: {
    type: 'string',
    enum: ['K0', 'K2'],
    description:
      "The two targets counted over imported rosters (issue 10 §4): K0 the association's, K2 the learning units'.",
  },
  RosterKpiValue: {
    type: 'object',
    properties: {
      code: { $ref: '#/components/schemas/RosterKpiCode' },
      denominatorSource: { type: 'string', enum: ['roster', 'registered_officials', 'none'] },
      numerator: {
        type: 'number',
        description:
          "K3, K4 (and K4_OF_K3's denominator): expected counts, sums of level probabilities (docs/adr/0030).",
      },
      denominator: { type: 'number' },
      value: { type: 'number', nullable: true, description: '0..1, null when the denominator is 0.' },
      target2025: { type: 'number', nullable: true },
      target2030: { type: 'number', nullable: true },
      denominatorLabel: {
        type: 'object',
        properties: { vi: { type: 'string' }, en: { type: 'string' } },
        required: ['vi', 'en'],
        description: 'What the denominator counts, in words.',
      },
    },
    required: [
      'code',
      'denominatorSource',
      'numerator',
      'denominator',
      'value',
      'target2025',
      'target2030',
      'denominatorLabel',
    ],
    description:
      "K0 or K2 of an area: over the imported roster when there is one; K2 falls back to registered adults of the\nofficials' population group (`registered_officials`); K0 has no fallback (`none`, value null).",
  },
  SaveScoresRequest: {
    type: 'object',
    properties: { scores: { type: 'object', additionalProperties: { type: 'number' } } },
    required: ['scores'],
  },
  SetCommuneContactRequest: {
    type: 'object',
    properties: { contact: { type: 'string' } },
    required: ['contact'],
    description: 'An empty `contact` clears it.',
  },
  SetCriteriaCourseRequest: { type: 'object', properties: { courseId: { type: 'string' } }, required: ['courseId'] },
  SetH5pLibraryEnabledRequest: { type: 'object', properties: { enabled: { type: 'boolean' } }, required: ['enabled'] },
  SkillsAssessmentOverview: {
    type: 'object',
    properties: {
      domains: { type: 'array', items: { $ref: '#/components/schemas/SkillsDomain' } },
      maxQuestions: { type: 'number' },
      aboutMinutes: { type: 'number' },
      timeLimitMinutes: { type: 'number' },
      extraTimeMinutes: { type: 'number' },
      retake: { $ref: '#/components/schemas/RetakeRule' },
      openAttempt: {
        type: 'object',
        properties: { id: { type: 'string' }, answered: { type: 'number' }, deadlineAt: { type: 'string' } },
        required: ['id', 'answered', 'deadlineAt'],
        nullable: true,
      },
      nextStartAt: {
        type: 'string',
        nullable: true,
        description: 'When a new attempt may start; null when it may start now, or when one is open.',
      },
      results: {
        type: 'array',
        items: { $ref: '#/components/schemas/SkillsResultSummary' },
        description: 'Finished attempts, newest first.',
      },
    },
    required: [
      'domains',
      'maxQuestions',
      'aboutMinutes',
      'timeLimitMinutes',
      'extraTimeMinutes',
      'retake',
      'openAttempt',
      'nextStartAt',
      'results',
    ],
    description: 'What a citizen reads before anything starts, and where they stand.',
  },
  SkillsAttempt: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      status: { type: 'string', enum: ['open', 'finished'] },
      startedAt: { type: 'string' },
      deadlineAt: { type: 'string' },
      extraTime: { type: 'boolean' },
      maxQuestions: { type: 'number' },
      answered: { type: 'number', description: 'Answers the server has saved.' },
      domains: { type: 'array', items: { $ref: '#/components/schemas/SkillsDomainProgress' } },
      question: {
        oneOf: [{ $ref: '#/components/schemas/SkillsQuestion' }],
        nullable: true,
        description: 'The question to answer now; null once finished.',
      },
      result: { oneOf: [{ $ref: '#/components/schemas/SkillsResult' }], nullable: true },
    },
    required: [
      'id',
      'status',
      'startedAt',
      'deadlineAt',
      'extraTime',
      'maxQuestions',
      'answered',
      'domains',
      'question',
      'result',
    ],
  },
  SkillsCompetenceResult: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      name: { $ref: '#/components/schemas/LocalisedText' },
      items: { type: 'number' },
      strength: {
        type: 'string',
        enum: ['stronger', 'typical', 'weaker'],
        nullable: true,
        description: 'Null when too few items were seen to say.',
      },
    },
    required: ['code', 'name', 'items', 'strength'],
  },
  SkillsDomain: {
    type: 'object',
    properties: { code: { type: 'string' }, name: { $ref: '#/components/schemas/LocalisedText' } },
    required: ['code', 'name'],
  },
  SkillsDomainProgress: {
    type: 'object',
    properties: {
      answered: { type: 'number' },
      status: { type: 'string', enum: ['done', 'current', 'upcoming'] },
      code: { type: 'string' },
      name: { $ref: '#/components/schemas/LocalisedText' },
    },
    required: ['answered', 'status', 'code', 'name'],
  },
  SkillsDomainResult: {
    type: 'object',
    properties: {
      level: {
        type: 'number',
        nullable: true,
        description: 'Null when the domain was not finished (time ran out before it).',
      },
      standardError: { type: 'number', description: "Of the ability estimate, on the domain's scale." },
      band: {
        type: 'object',
        properties: { code: { type: 'string' }, name: { $ref: '#/components/schemas/LocalisedText' } },
        required: ['code', 'name'],
        nullable: true,
      },
      meaning: {
        oneOf: [{ $ref: '#/components/schemas/LocalisedText' }],
        nullable: true,
        description: 'What the level means, in plain words.',
      },
      levelProbabilities: {
        type: 'array',
        items: { type: 'number' },
        description: 'Posterior probability of levels 1–8 (index 0 is level 1).',
      },
      items: { type: 'number' },
      competences: { type: 'array', items: { $ref: '#/components/schemas/SkillsCompetenceResult' } },
      suggestedCourses: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'string' }, title: { $ref: '#/components/schemas/LocalisedText' } },
          required: ['id', 'title'],
        },
        description: "Published courses that would close the gap, when the level is below the policy's target.",
      },
      code: { type: 'string' },
      name: { $ref: '#/components/schemas/LocalisedText' },
    },
    required: [
      'level',
      'standardError',
      'band',
      'meaning',
      'levelProbabilities',
      'items',
      'competences',
      'suggestedCourses',
      'code',
      'name',
    ],
  },
  SkillsQuestion: {
    type: 'object',
    properties: {
      position: { type: 'number' },
      domain: { type: 'string' },
      type: { $ref: '#/components/schemas/ItemType' },
      stem: { $ref: '#/components/schemas/LocalisedText' },
      options: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'string' }, text: { $ref: '#/components/schemas/LocalisedText' } },
          required: ['id', 'text'],
        },
      },
      matches: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'string' }, text: { $ref: '#/components/schemas/LocalisedText' } },
          required: ['id', 'text'],
        },
        description: 'Matching: the right-hand column.',
      },
      image: { $ref: '#/components/schemas/ItemPicture' },
    },
    required: ['position', 'domain', 'type', 'stem', 'options'],
    description:
      'One question as the citizen sees it: no item id (bank ids name levels), no level and no key, since any of them\nwould tell whether the previous answer was right.',
  },
  SkillsResult: {
    type: 'object',
    properties: {
      finishedAt: { type: 'string' },
      endReason: { type: 'string', enum: ['done', 'expired'] },
      domains: { type: 'array', items: { $ref: '#/components/schemas/SkillsDomainResult' } },
      versions: {
        type: 'object',
        properties: {
          engine: { type: 'string' },
          calibration: { type: 'string' },
          cutScores: { type: 'string' },
          policy: { type: 'string' },
        },
        required: ['engine', 'calibration', 'cutScores', 'policy'],
        description: 'The versions it was scored with, so that it can be reproduced.',
      },
      recordId: { type: 'string' },
    },
    required: ['finishedAt', 'endReason', 'domains', 'versions', 'recordId'],
  },
  SkillsResultSummary: {
    type: 'object',
    properties: {
      attemptId: { type: 'string' },
      finishedAt: { type: 'string' },
      levels: {
        type: 'object',
        additionalProperties: { type: 'number', nullable: true },
        description: 'Level per domain code; null where the domain was not finished.',
      },
    },
    required: ['attemptId', 'finishedAt', 'levels'],
  },
  StartCalibrationRequest: {
    type: 'object',
    properties: {
      minResponses: {
        type: 'number',
        description: 'Items with fewer answers keep their previous parameters (default 200).',
      },
    },
  },
  StartSkillsAttemptRequest: {
    type: 'object',
    properties: { extraTime: { type: 'boolean', description: 'Accessibility: more time before the deadline.' } },
  },
  TestIntro: {
    type: 'object',
    properties: {
      testId: { type: 'string' },
      title: { $ref: '#/components/schemas/LocalisedText' },
      questionCount: { type: 'number' },
      timeLimitSeconds: { type: 'number', description: 'The clock starts when the citizen starts the attempt.' },
      passPercent: { type: 'number' },
      retakeCooldownMinutes: {
        type: 'number',
        description: 'How long after a submitted attempt the test can be taken again; 0 at once.',
      },
      course: {
        type: 'object',
        properties: { id: { type: 'string' }, title: { $ref: '#/components/schemas/LocalisedText' } },
        required: ['id', 'title'],
      },
    },
    required: [
      'testId',
      'title',
      'questionCount',
      'timeLimitSeconds',
      'passPercent',
      'retakeCooldownMinutes',
      'course',
    ],
    description: 'What a test is, before it is started: public for a test of a published course (its items are not).',
  },
  TestPreview: {
    type: 'object',
    properties: {
      testId: { type: 'string' },
      title: { $ref: '#/components/schemas/LocalisedText' },
      items: { type: 'array', items: { $ref: '#/components/schemas/DeliveredItem' } },
    },
    required: ['testId', 'title', 'items'],
    description:
      'A saved test as a learner receives its items, for its author and content reviewers: nothing is recorded.',
  },
  Transition: {
    type: 'object',
    properties: {
      from: {
        type: 'string',
        enum: ['draft', 'submitted', 'verified', 'recognised', 'returned', 'rejected', 'revoked'],
        nullable: true,
      },
      to: { $ref: '#/components/schemas/ApplicationStatus' },
      actorName: { type: 'string' },
      actorRole: { type: 'string' },
      reason: { type: 'string', nullable: true },
      at: { type: 'string' },
      evidenceProblem: {
        type: 'string',
        enum: ['modified', 'rehashed', 'truncated'],
        nullable: true,
        description: "What was wrong with the applicant's evidence chain when this step was taken, if anything.",
      },
      evidenceOverride: {
        type: 'string',
        nullable: true,
        description: 'Why the officer acted although the chain was broken.',
      },
    },
    required: ['from', 'to', 'actorName', 'actorRole', 'reason', 'at', 'evidenceProblem', 'evidenceOverride'],
  },
  Trust: { type: 'string', enum: ['verified', 'attested', 'reported', 'declared'] },
  UpdateCourseRequest: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      summary: { type: 'string' },
      competences: { type: 'array', items: { type: 'string' } },
      level: { type: 'number' },
      populationGroups: {
        type: 'array',
        items: { type: 'string', enum: ['farmers', 'workers', 'officials', 'other'] },
      },
      estimatedMinutes: { type: 'number' },
    },
    required: ['title', 'summary', 'competences', 'level', 'populationGroups', 'estimatedMinutes'],
    description:
      "A draft course's own fields, as its author edits them (the modules and materials change on their own).",
  },
  UserSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      fullName: { type: 'string' },
      username: { type: 'string', nullable: true },
      citizenIdMasked: { type: 'string', nullable: true, description: 'Masked, e.g. "********1234".' },
      communeName: { type: 'string', nullable: true },
      roles: { type: 'array', items: { $ref: '#/components/schemas/RoleGrant' } },
      disabledAt: {
        type: 'string',
        nullable: true,
        description: 'Set while an admin has disabled the account (ISO 8601), with the reason they gave.',
      },
      disableReason: { type: 'string', nullable: true },
    },
    required: ['id', 'fullName', 'username', 'citizenIdMasked', 'communeName', 'roles', 'disabledAt', 'disableReason'],
  },
  VerifyRequest: {
    type: 'object',
    properties: {
      scores: { type: 'object', additionalProperties: { type: 'number' } },
      reason: { type: 'string' },
      evidenceOverride: {
        type: 'string',
        description: "Required when the applicant's evidence chain is broken: why the verifier goes on anyway.",
      },
    },
    required: ['scores'],
  },
  XapiBatchResult: {
    type: 'object',
    properties: {
      recordIds: { type: 'array', items: { type: 'string' } },
      ignored: {
        type: 'number',
        description:
          'Statements that are not evidence (verbs other than experienced, answered, completed, passed, failed).',
      },
    },
    required: ['recordIds', 'ignored'],
    description:
      "A batch's answer, as an LRS answers with statement ids: the learning record of each kept statement (stored now\nor before), in the order sent. The records themselves are at GET /my/records.",
  },
  XapiStatementRequest: {
    type: 'object',
    properties: {
      statement: { type: 'object', additionalProperties: {} },
      statements: { type: 'array', items: { type: 'object', additionalProperties: {} } },
    },
    description: 'One statement, or a batch of up to 100 as an LRS takes them (one of the two).',
  },
};
