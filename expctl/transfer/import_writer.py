"""The thread that writes an import's batches into the store (transfer.runs.import_runs reads
and checks the lines, and hands it the batches), and when the store copies them into its main
file."""

from __future__ import annotations

from .runs import ImportReport, _merge_one

# Points (as _points counts them) written between two checkpoints of an import. SQLite's own
# automatic checkpoint comes at any commit past 1,000 pages of log, so at every batch (500 runs
# of 5 x 100 points write ~7 MB): each copied the log into the file with its fsyncs (65 for
# 10,000 runs) and read back pages that the next batch wrote again. The import defers them and
# checkpoints itself every this many points (~30 bytes of log a point: at most ~250 MB of log
# on disk beside the store) and once at the end. A killed import is no less safe: the log holds
# whole transactions, and the next opening of the store replays the committed ones.
CHECKPOINT_POINTS = 8_000_000


class ImportWriter:
    """Merges batches of decoded runs into the store on a thread of its own, so that writing
    one batch (SQLite leaves the GIL while it works) overlaps reading the next. The store is
    used by this thread alone while it runs. At most one batch waits: memory stays bounded.
    The store's own checkpoints are deferred meanwhile: this thread makes one every
    CHECKPOINT_POINTS and one at the end, so that the store file is whole on its own after
    the import. A store error stops the writing for good; the reading thread raises it on its
    next `put`, or at `close`."""

    def __init__(self, store, source: str, report: ImportReport):
        import queue
        import threading

        self.store, self.source, self.report = store, source, report
        self.queue: queue.Queue = queue.Queue(maxsize=1)
        self.error: BaseException | None = None
        self.raised = False
        self.thread = threading.Thread(target=self._run, name="expctl-import-writer", daemon=True)
        self.thread.start()

    def put(self, batch: list[tuple[int, dict]], points: int) -> None:
        """Queue `batch` (`points` points, as _points counts them) for writing."""
        self._raise_error()
        if batch:
            self._put((batch, points))

    def close(self) -> None:
        self._put(None)
        self.thread.join()
        self._raise_error()

    def _put(self, item) -> None:
        """Hand `item` to the thread; should it have died without a word (out of memory in the
        queue's own lock), its death is the error raised, never a wait for ever."""
        from . import queues

        try:
            queues.put(self.queue, item, self.thread)
        except queues.PartnerDied as exc:
            if self.error is None:
                self.error = exc
            self._raise_error()

    def _raise_error(self) -> None:
        if self.error is not None and not self.raised:
            self.raised = True
            raise self.error

    def _run(self) -> None:
        try:
            self._write_batches()
        except BaseException as exc:  # the queue's own failure (out of memory): kept, raised
            if self.error is None:  # by the reading thread, whose next hand-over stops
                self.error = exc  # waiting once this thread ended (`_put`)

    def _write_batches(self) -> None:
        unsaved = 0  # points written since the last checkpoint
        self._store_call(self.store.defer_checkpoints, True)
        while (item := self.queue.get()) is not None:
            batch, points = item
            if self._store_call(self._merge, batch):
                unsaved += points
                if unsaved >= CHECKPOINT_POINTS:
                    self._store_call(self.store.checkpoint)
                    unsaved = 0
        # after an error too: the batches written before it are kept
        self._store_call(self.store.defer_checkpoints, False, always=True)
        self._store_call(self.store.checkpoint, always=True)

    def _store_call(self, call, *args, always: bool = False) -> bool:
        """`call(*args)` unless an error stopped the writing (`always`: even then); an error
        it raises is kept for the reading thread, which raises it (the first one only).
        True when the call was made and returned."""
        if self.error is not None and not always:
            return False
        try:
            call(*args)
            return True
        except BaseException as exc:
            if self.error is None:
                self.error = exc
            return False

    def _merge(self, batch: list[tuple[int, dict]]) -> None:
        """Add the batch's new runs in one transaction. A uuid repeated within the batch is
        compared with the earlier run once that is stored (the runs before it are written first)."""
        pending: list[dict] = []
        uuids: set[str] = set()
        stored = self._stored([doc["uuid"] for _, doc in batch])
        for number, doc in batch:
            if doc["uuid"] in uuids:
                self.store.import_runs(pending)
                stored = None  # from here on, each run is looked up (classify)
                pending, uuids = [], set()
            if stored is not None and doc["uuid"] not in stored:
                self.report.added += 1  # as classify() finds it: a uuid no stored run has
                pending.append(doc)
                uuids.add(doc["uuid"])
            elif _merge_one(self.store, number, doc, self.source, self.report, {}, dry_run=False):
                pending.append(doc)
                uuids.add(doc["uuid"])
        self.store.import_runs(pending)

    def _stored(self, uuids: list[str]) -> set[str] | None:
        """Which of the batch's uuids the store has, in one query where the store answers
        that (SQLite); None: each run is looked up by classify()."""
        stored_uuids = getattr(self.store, "stored_uuids", None)
        return None if stored_uuids is None else stored_uuids(uuids)
