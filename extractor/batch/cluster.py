"""``batch --scheduler ADDRESS``: the chunks run on a Dask cluster (``dask.distributed``).

The client (the batch) expands the inputs, parses JSON Lines and cuts chunks as locally; each
chunk is one Dask task. On a worker the task hands the chunk to an extraction process of that
worker thread (extractor.batch.pool, started once and kept: the model loads once per worker), so
the --article-timeout guard works there too. At most ``window`` chunks are in flight; results are
written on the client in input order as they arrive. A worker lost mid-run (kill -9) is Dask's
business: its tasks run again on another worker, and since only the client writes, each record
lands in OUT once. Before the first task every worker is asked for its tennis-extract version and
whether it has the model, so a mismatched worker is an error, not different output.

Dask is an optional extra: ``pip install 'tennis-extract[dask]'``."""

from __future__ import annotations

import dataclasses
import logging
import os
import threading
import uuid

from extractor.article import VERSION
from extractor.batch.inputs import is_url
from extractor.batch.output import BatchError
from extractor.batch.pool import Pool, PoolError

CONNECT_TIMEOUT = 10  # seconds to reach the scheduler, and to wait for a first worker
ENV_ADDRESS = "DASK_SCHEDULER_ADDRESS"

_local = threading.local()  # one extraction pool per worker thread
STARTS = {
    "pools": 0,
    "chunks": 0,
    "replaced": 0,
}  # pools started here (one model load each), chunks run, processes replaced


def _distributed():
    try:
        import distributed
    except ImportError:
        raise BatchError("--scheduler needs Dask: pip install 'tennis-extract[dask]'") from None
    return distributed


def worker_info(model: str | None) -> dict:
    """Runs on every worker before the batch: its version, and whether it has the model."""
    from extractor.pipeline import ModelNotFound, resolve_model

    try:
        resolve_model(model)
        problem = None
    except ModelNotFound as exc:
        problem = str(exc)
    return {"version": VERSION, "model": problem, **STARTS}


def run_chunk(units: list, config: tuple, version: str) -> list:
    """The Dask task: one chunk through this worker thread's extraction process."""
    if version != VERSION:
        raise PoolError(
            f"this worker runs tennis-extract {VERSION}, the client {version}: install the same version on every worker"
        )
    pool: Pool | None = getattr(_local, "pool", None)
    model, keep_text, max_chars, timeout, data_dir, min_confidence = config
    wanted = (model, keep_text, max_chars, data_dir, min_confidence)
    if pool is None or (pool.config, pool.timeout) != (wanted, timeout):
        if pool is not None:
            pool.close()
        pool = _local.pool = Pool(
            1,
            model,
            keep_text,
            max_chars,
            timeout=timeout,
            start="exec",
            data_dir=data_dir,
            min_confidence=min_confidence,
        )
        STARTS["pools"] += 1
    STARTS["chunks"] += 1
    before = pool.replaced
    try:
        return pool.submit(units).result()
    finally:
        STARTS["replaced"] += pool.replaced - before


def _absolute(unit):
    """A relative .txt/.html path, made absolute for workers whose working folder differs (the
    record still names it as given)."""
    if unit.kind in ("txt", "html") and not is_url(unit.source) and not os.path.isabs(unit.source):
        return dataclasses.replace(unit, path=os.path.abspath(unit.source))
    return unit


class _Job:
    """A Dask future whose failures are BatchErrors that say what to do."""

    def __init__(self, future, address: str) -> None:
        self.future, self.address = future, address

    def done(self) -> bool:
        return self.future.done()

    def result(self) -> list:
        try:
            return self.future.result()
        except PoolError:
            raise
        except Exception as exc:
            raise BatchError(
                f"a chunk failed on the Dask cluster at {self.address} "
                f"({type(exc).__name__}: {' '.join(str(exc).split())}); "
                "OUT keeps every record written so far: run again with --resume to continue"
            ) from None


class DaskEngine:
    def __init__(
        self,
        address: str,
        model: str | None,
        keep_text: bool,
        max_chars: int,
        *,
        timeout: float | None,
        jobs: int | None = None,
        data_dir: str | None = None,
        min_confidence: float | None = None,
    ) -> None:
        distributed = _distributed()
        self.cluster = None
        if address == "local":
            try:
                self.cluster = distributed.LocalCluster(
                    n_workers=jobs or len(os.sched_getaffinity(0)),
                    threads_per_worker=1,
                    processes=True,
                    # the scheduler's HTTP server on any free port: with the default, 8787, Dask warns
                    # on stderr whenever that port is taken (another cluster, a Jupyter proxy)
                    dashboard_address=":0",
                    silence_logs=logging.ERROR,
                )
            except Exception as exc:
                raise BatchError(f"cannot start a local Dask cluster ({type(exc).__name__}: {exc})") from None
            address = self.cluster.scheduler_address
        self.address = address
        self.config = (model, keep_text, max_chars, timeout, data_dir, min_confidence)  # data_dir: seen by the workers
        try:
            self.client = distributed.Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            self._close_cluster()
            raise BatchError(
                f"cannot reach the Dask scheduler at {address} ({' '.join(str(exc).split())}); is it "
                f"running, and is the address right?"
            ) from None
        try:
            self._check_workers(model)
        except BaseException:
            self.close(abort=True)
            raise
        self.threads = max(1, sum(self.client.nthreads().values()))
        self.completed = distributed.as_completed(loop=self.client.loop, raise_errors=False)
        self.window = 2 * self.threads  # chunks running or queued; the client submits as each one ends

    def _check_workers(self, model: str | None) -> None:
        try:
            self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except (TimeoutError, OSError):
            raise BatchError(
                f"no Dask worker joined the scheduler at {self.address} within {CONNECT_TIMEOUT} s; start "
                f"workers with `dask worker {self.address}`"
            ) from None
        problems = []
        for worker, info in sorted(self.client.run(worker_info, model).items()):
            if info["version"] != VERSION:
                problems.append(f"worker {worker} runs tennis-extract {info['version']}, this client {VERSION}")
            elif info["model"]:
                problems.append(f"worker {worker}: {info['model']}")
        if problems:
            raise BatchError("; ".join(problems) + ": install the same tennis-extract (and model) on every worker")

    def wait_any(self, jobs: list[_Job]) -> None:
        """Until a chunk finishes (any chunk: results are put back in order by the batch)."""
        try:
            next(self.completed)
        except StopIteration:
            pass

    def submit(self, units: list) -> _Job:
        key = f"tennis-extract-chunk-{uuid.uuid4().hex}"
        units = [_absolute(u) for u in units]
        future = self.client.submit(run_chunk, units, self.config, VERSION, key=key, pure=False, retries=0)
        self.completed.next_batch(block=False)  # forget finished ones nobody waited for (they hold results)
        self.completed.add(future)
        return _Job(future, self.address)

    def _close_cluster(self) -> None:
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    def close(self, *, abort: bool = False) -> None:
        try:
            self.client.close()
        finally:
            self._close_cluster()
