import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import type { EvidenceCheckpointResult, EvidenceVerification } from '@lc/shared-contracts';
import { ChainVerifierService, EvidenceAnchorService } from '@lc/api-records';

export type EvidenceCommand = 'evidence-verify' | 'evidence-checkpoint';
export const EVIDENCE_COMMANDS: readonly string[] = ['evidence-verify', 'evidence-checkpoint'];

/** Warnings and errors to stderr, so that stdout holds the JSON report alone. */
export const commandLogger: LoggerService = {
  log: () => undefined,
  warn: (message: unknown, context?: string) => process.stderr.write(`${context ? `[${context}] ` : ''}${message}\n`),
  error: (message: unknown) => process.stderr.write(`${message}\n`),
};

/**
 * `main.js evidence-verify` checks every chain against its records and the signed checkpoints (exit 1 when anything
 * is broken); `main.js evidence-checkpoint` signs one now. The report names people by id only (docs/adr/0013).
 */
export async function runEvidenceCommand(
  app: INestApplicationContext,
  command: EvidenceCommand,
): Promise<{ exitCode: number; report: EvidenceVerification | EvidenceCheckpointResult }> {
  if (command === 'evidence-checkpoint')
    return { exitCode: 0, report: await app.get(EvidenceAnchorService).checkpoint() };
  const report = await app.get(ChainVerifierService).verifyAll();
  return { exitCode: report.intact ? 0 : 1, report };
}
