/** Sound item proposals of every type, for the API's tests. */
export { PNG_1X1, sampleProposal } from './lib/bank/proposal-samples';
/** The assessment's bank, to show what it would serve. */
export { ServingBanks } from './lib/skills/serving-bank';
