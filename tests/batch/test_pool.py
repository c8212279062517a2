"""The pool's scheduling, without processes: which part of the queue an idle process gets."""

from collections import deque

from extractor.batch.pool import MIN_PIECE, ChunkJob, Pool


def pool_of(procs: int) -> Pool:
    pool = object.__new__(Pool)
    pool.procs, pool.queue = [object()] * procs, deque()
    return pool


def queue(pool: Pool, *sizes: int) -> list[ChunkJob]:
    jobs = [ChunkJob(pool, [None] * n) for n in sizes]
    pool.queue.extend((job, list(range(len(job.units)))) for job in jobs)
    return jobs


def test_a_chunk_with_others_behind_it_goes_whole():
    pool = pool_of(2)
    first, _ = queue(pool, 32, 32)
    assert pool._next_piece() == (first, list(range(32)))
    assert len(pool.queue) == 1


def test_the_last_chunk_is_shared_out_until_every_part_is_small():
    pool = pool_of(2)
    (job,) = queue(pool, 18)
    sent = [pool._next_piece()[1] for _ in range(3)]
    assert sent == [list(range(9)), list(range(9, 14)), list(range(14, 18))]
    assert not pool.queue
    assert all(len(part) >= MIN_PIECE for part in sent)


def test_one_process_takes_every_chunk_whole():
    pool = pool_of(1)
    (job,) = queue(pool, 18)
    assert pool._next_piece() == (job, list(range(18)))
    assert not pool.queue


def test_a_small_last_chunk_is_not_cut():
    pool = pool_of(2)
    (job,) = queue(pool, MIN_PIECE + 1)
    assert pool._next_piece() == (job, list(range(MIN_PIECE + 1)))
