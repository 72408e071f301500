import { z } from 'zod';
import { RoleIdSchema } from './ids.ts';

/** A role in the directory; steps and chapters name roles, never people. */
export const RoleSchema = z.strictObject({
	/** Stable id used by steps and chapters. */
	id: RoleIdSchema.describe('岗位 id'),
	/** Chinese name shown to staff. */
	name: z.string().min(2).describe('岗位中文名称'),
	/** What the role does. */
	duties: z.array(z.string().min(2)).min(1).describe('职责'),
	/** Role that acts when this one is absent. */
	standIn: RoleIdSchema.describe('本岗位不在时的代行岗位 id'),
});

export const RolesSchema = z.array(RoleSchema).min(1).describe('岗位名录，至少一个岗位');

export type Role = z.output<typeof RoleSchema>;
