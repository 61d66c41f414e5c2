"""Running the batch's per-chunk function on Dask, for crawls too big for one machine.

``--dask local[N]`` starts a local cluster of N single-threaded worker processes; any other value is the
address of a running scheduler (``tcp://scheduler:8786``). The function and its arguments are the ones the
local pool gets, so the results are the same, byte for byte after sorting.
"""

from __future__ import annotations

import re

_LOCAL = re.compile(r"local\[(\d+)\]")


class DaskPool:
    def __init__(self, address: str):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            from ..config import ConfigError

            raise ConfigError("--dask needs Dask: pip install 'a11ylint[dask]'") from None
        local = _LOCAL.fullmatch(address)
        self._cluster = None
        if local:
            self._cluster = LocalCluster(n_workers=int(local.group(1)), threads_per_worker=1, processes=True,
                                         dashboard_address=None)
            self._client = Client(self._cluster)
        else:
            self._client = Client(address)

    def submit(self, function, *args):
        return self._client.submit(function, *args, pure=False)

    def wait_first(self, futures):
        from dask.distributed import wait

        return wait(list(futures), return_when="FIRST_COMPLETED").done

    def restart(self) -> None:  # Dask reschedules the work of a lost worker itself
        pass

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
