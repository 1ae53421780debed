# This directory is a Python package (weft frozen stdlib).
#
# Only ``concurrent.futures`` is provided, and within it only the
# thread-based executor: weft has no processes, so there is no
# ``concurrent.futures.process`` / ``ProcessPoolExecutor``.
