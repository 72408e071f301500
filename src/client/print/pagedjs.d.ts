// The parts of Paged.js (which ships no types) the bound manual uses.
declare module 'pagedjs' {
	export class Polisher {
		inserted: { remove(): void }[];
		insert(text: string): { remove(): void };
	}
	/** The handler classes Paged.js instantiates for every layout; `getMediaName` is PrintMedia's. */
	export const registeredHandlers: { prototype: { getMediaName?: (node: unknown) => string[] | undefined } }[];
	/** A layout hook holder: Paged.js calls the methods named after its hooks (`afterPageLayout`, …). */
	export class Handler {
		constructor(chunker: unknown, polisher: unknown, caller: unknown);
	}
	export function registerHandlers(...handlers: (typeof Handler)[]): void;
	export interface Flow {
		total: number;
		performance: number;
	}
	export class Previewer {
		constructor(options?: Record<string, unknown>);
		preview(content?: Node, stylesheets?: (string | Record<string, string>)[], renderTo?: Element): Promise<Flow>;
	}
}
