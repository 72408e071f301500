/**
 * One run as a page holds it, and the one way the runner's parts change it: `apply` records an
 * event, tells every listener, and saves. The session also owns the store (loaded lazily: only
 * when the device holds a run or one starts), merging what other tabs write, and what to do when
 * another tab clears the run. Parts never talk to each other: they read the state the session
 * hands them and send it events.
 */
import {
	handedOverFrom,
	mergeRuns,
	missingEvents,
	record,
	runState,
	type ChecklistRun,
	type ChecklistSnapshot,
	type NewEvent,
	type RunState,
} from '../../domain/run/model.ts';
import { completeSnapshot } from '../../domain/run/frozen.ts';
import type { RunStore, SaveOutcome } from '../../domain/run/store.ts';
import { deviceId, EPOCH_KEY, openStorage, RUN_KEY_PREFIX, storedDevice, storedOperator } from '../../domain/run/keys.ts';
import { guardUnsaved } from './storage-notices.ts';

/** sessionStorage flag: the page was reloaded because another tab cleared the run it showed. */
export const CLEARED_NOTICE_KEY = 'manual.cleared-notice';

export interface SessionListener {
	/** The run or what the device knows of it changed: draw it again (touching only what changed). */
	changed(): void;
	/** A sentence for the page's live region. */
	announce(message: string): void;
}

export class RunSession {
	readonly checklist: ChecklistSnapshot;
	readonly storage = openStorage();
	/** The store, once loaded. */
	store: RunStore | undefined;
	/** The store's chunk could not be loaded (offline before it was ever cached): the run is only in this page. */
	storeFailed = false;
	private current: ChecklistRun | undefined;
	private storeLoading: Promise<RunStore> | undefined;
	private readonly listener: SessionListener;
	/** The name given on this page, in force before the store has written it. */
	private named: string | undefined;

	constructor(checklist: ChecklistSnapshot, listener: SessionListener) {
		this.checklist = checklist;
		this.listener = listener;
		window.addEventListener('storage', (event) => this.onStorage(event));
		window.addEventListener('online', () => this.run && this.storeFailed && void this.persist(this.run));
	}

	/**
	 * The run the page shows. Every copy it takes (started, opened, merged from another tab or a
	 * hand-over) keeps its own frozen checklist; a copy frozen before every field was (2026-12) is
	 * completed from the page's when the page is that very edition (src/domain/run/frozen.ts).
	 */
	get run(): ChecklistRun | undefined {
		return this.current;
	}

	set run(run: ChecklistRun | undefined) {
		const checklist = run && completeSnapshot(run.checklist, this.checklist);
		this.current = run && checklist !== run.checklist ? { ...run, checklist: checklist! } : run;
	}

	/** The run's state now, when there is a run. */
	state(now = new Date()): RunState | undefined {
		return this.run && runState(this.run, now);
	}

	/** Loads the store (and its validation) once; retries of pending saves start with it. A failed load is tried again next time. */
	loadStore(): Promise<RunStore> {
		this.storeLoading ??= import('../../domain/run/store.ts').then(
			({ openRunStore }) => {
				const store = openRunStore();
				[this.store, this.storeFailed] = [store, false];
				guardUnsaved(store, () => this.run && this.listener.changed());
				return store;
			},
			(error: unknown) => {
				[this.storeLoading, this.storeFailed] = [undefined, true];
				throw error;
			},
		);
		return this.storeLoading;
	}

	get operator(): string {
		return this.named ?? this.store?.operator ?? storedOperator(this.storage);
	}

	set operator(name: string) {
		this.named = name;
		void this.loadStore().then((store) => (store.operator = name));
	}

	/** The hand-over this device made and has not taken back: while it stands the page only reads the run. */
	handedOver(state: RunState): RunState['handedOver'] {
		return handedOverFrom(state, storedDevice(this.storage));
	}

	/** 交给他人: records that this device hands the run to `to`, before the record leaves it. */
	handOver(to: string): void {
		this.apply({ type: 'handover', to, device: deviceId(this.storage), by: this.operator }, `已交给 ${to}：本设备上的这次运行只能查看`);
	}

	/** Records an event on the run, redraws, announces and saves. */
	apply(event: NewEvent, message: string): void {
		if (!this.run) return;
		this.run = record(this.run, event);
		this.listener.changed();
		this.listener.announce(message);
		void this.persist(this.run);
	}

	/** Another copy of this run (a hand-over, another tab) merged into the page's. */
	merge(run: ChecklistRun): void {
		this.run = this.run ? mergeRuns(run, this.run) : run;
		this.listener.changed();
	}

	/** Saves the run (merged with other tabs' copies); resolves once written, kept pending, or the store could not load. */
	persist(run: ChecklistRun): Promise<void> {
		return this.loadStore()
			.then((store) => store.save(run))
			.then(
				(outcome) => this.saved(outcome),
				() => this.listener.changed(),
			);
	}

	/** What a save came back with: other tabs' events merged in, or a clear that dropped the run. */
	private saved(outcome: SaveOutcome): void {
		if (!this.run) return;
		if (outcome.status === 'cleared') return this.dropCleared();
		if (outcome.run.id !== this.run.id) return;
		if (missingEvents(this.run, outcome.run).length > 0) this.run = mergeRuns(outcome.run, this.run);
		this.listener.changed();
	}

	private onStorage(event: StorageEvent): void {
		const run = this.run;
		const store = this.store;
		if (!run || !store) return;
		if (event.key === null || event.key === EPOCH_KEY || (event.key === RUN_KEY_PREFIX + run.id && event.newValue === null)) {
			if (store.isCleared(run.id) || !store.get(run.id)) this.dropCleared();
			return;
		}
		if (event.key !== RUN_KEY_PREFIX + run.id) return;
		// Another tab recorded on this run: merge its events, and write the union back if this tab
		// holds events the stored copy lacks (its write may have crossed ours).
		const latest = store.get(run.id);
		if (!latest) return;
		const ours = missingEvents(latest, run).length > 0;
		this.run = mergeRuns(latest, run);
		this.listener.changed();
		if (ours) void this.persist(this.run);
	}

	/** Another tab cleared this device's runs: this tab must not write the run back. */
	private dropCleared(): void {
		this.run = undefined;
		// The upgraded rows hold the cleared run: the page goes back to the checklist as served.
		try {
			sessionStorage.setItem(CLEARED_NOTICE_KEY, '1');
		} catch {
			// without the notice the start form still shows; nothing is written back either way
		}
		location.replace(location.pathname);
	}
}
