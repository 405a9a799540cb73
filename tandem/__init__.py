"""Tandem: an AI companion that works alongside mental-health professionals."""

import os as _os

# One BLAS/OpenMP thread per call unless the operator says otherwise. Tandem's numpy work is many
# small matrix products run concurrently by the web server's worker threads (the safety screen's
# sentence embeddings among them); OpenBLAS's own thread pool, sized to every core, only adds
# contention there (screening p99 went from ~30 ms to 100-800 ms on 2 cores). These variables are
# read once when numpy's BLAS loads, so they are set here, before any module imports numpy.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_name, "1")

__version__ = "0.1.0"
