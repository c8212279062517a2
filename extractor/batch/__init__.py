"""Many inputs: readers, the process pool, Dask, writers and resume (``extractor.batch.run.run_batch``)."""
