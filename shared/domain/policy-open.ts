import { z } from 'zod';
import { policyDetail } from './policy';
import { policyCheckResult } from './policy-check';

/** The editor's open: the policy and the check of the version it shows, its sections read once for both. */
export const policyOpen = z.object({ policy: policyDetail, check: policyCheckResult });
export type PolicyOpen = z.output<typeof policyOpen>;
