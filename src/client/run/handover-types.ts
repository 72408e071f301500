/** What the hand-over modules pass each other: outcomes and options, with no code, so that none of them imports another's. */
import type { ImportScope } from '../../domain/run/handover.ts';
import type { ChecklistRun, ChecklistSnapshot } from '../../domain/run/model.ts';
import type { RunStore } from '../../domain/run/store.ts';

/** What taking in a hand-over did: the run to show and a sentence saying so, or why nothing was taken. */
/** `fresh`: the device did not hold the (first) run before. */
export type HandoverOutcome = { run: ChecklistRun; runs: ChecklistRun[]; message: string; fresh: boolean } | { problem: string };
export type Imported = Extract<HandoverOutcome, { run: ChecklistRun }>;

export interface ImportControlOptions {
	/** The visible label of the file input. */
	label: string;
	scope?: ImportScope;
	store: RunStore;
	/** Called after the runs were merged and saved; the control has already shown the message. */
	onImported(outcome: Imported): void;
}

export interface HandoverPanelOptions {
	checklist: ChecklistSnapshot;
	store: RunStore;
	/** The run as the page holds it now. */
	run(): ChecklistRun | undefined;
	/** Saves the run as the runner's JSON export (the file name is the runner's). */
	download(): void;
	/** Records on this device that the run is handed to `to` (the record then leaves with that event). */
	handOver(to: string): void;
	/** The hand-over this device made and has not taken back, if any. */
	handedOver(): { to: string; at: string } | undefined;
	onImported(outcome: Imported): void;
}
