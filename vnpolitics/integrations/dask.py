"""vnpolitics on a Dask cluster: annotate a bag or a dataframe partition by partition.

Each worker process builds the pipeline once (a per-process cache in
:func:`vnpolitics.runner.worker_pipeline`) and reuses it for every partition
it is given; only the pipeline's *name* travels with the tasks. Results are
the same records the ``annotate`` command writes, bad records included as
error records, so nothing is dropped on a cluster either.

Needs the extra ``vnpolitics[dask]``::

    from distributed import Client
    client = Client("tcp://scheduler:8786")      # or LocalCluster() on one machine
    records = annotate_bag(dask.bag.read_text("corpus/*.jsonl.gz"))
    records.map(json.dumps).to_textfiles("annotated/*.jsonl")
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..records import RecordKeys, annotate_line, annotate_or_error
from ..runner import PipelineSpec, worker_pipeline

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["annotate_bag", "annotate_dataframe"]

# Columns annotate_dataframe adds: the entities (a list of dicts) and, for a bad row, why.
ENTITIES_COLUMN = "entities"
ERROR_COLUMN = "error"


def annotate_bag(
    bag: "dask.bag.Bag",
    *,
    text_key: str = "text",
    id_key: str = "id",
    date_key: str = "doc_date",
    pipeline: PipelineSpec = None,
) -> "dask.bag.Bag":
    """Annotate a bag of records (dicts) or raw JSONL lines (str/bytes) into output records (dicts)."""
    keys = RecordKeys(text=text_key, id=id_key, date=date_key)
    return bag.map_partitions(_annotate_items, keys, pipeline)


def _annotate_items(items: Iterable[Any], keys: RecordKeys, spec: PipelineSpec) -> list[dict[str, Any]]:
    pipeline = worker_pipeline(spec)
    return [
        annotate_line(item, keys=keys, pipeline=pipeline)
        if isinstance(item, (str, bytes))
        else annotate_or_error(item, keys=keys, pipeline=pipeline)
        for item in items
    ]


def annotate_dataframe(
    frame: "dask.dataframe.DataFrame",
    *,
    text_key: str = "text",
    id_key: str = "id",
    date_key: str = "doc_date",
    pipeline: PipelineSpec = None,
) -> "dask.dataframe.DataFrame":
    """The same rows with two more columns: ``entities`` (list of entity dicts) and ``error`` (None when fine)."""
    import pandas as pd

    keys = RecordKeys(text=text_key, id=id_key, date=date_key)
    meta = frame._meta.assign(
        **{ENTITIES_COLUMN: pd.Series(dtype=object), ERROR_COLUMN: pd.Series(dtype=object)}
    )
    return frame.map_partitions(_annotate_partition, keys, pipeline, meta=meta)


def _annotate_partition(part: "pandas.DataFrame", keys: RecordKeys, spec: PipelineSpec) -> "pandas.DataFrame":
    import pandas as pd

    # Missing cells arrive as NaN, NA or NaT depending on the dtype; the record format says null.
    rows = part.astype(object).where(part.notna(), None).to_dict(orient="records")
    records = _annotate_items(rows, keys, spec)
    return part.assign(
        **{
            ENTITIES_COLUMN: pd.Series([r.get("entities", []) for r in records], index=part.index, dtype=object),
            ERROR_COLUMN: pd.Series([r.get("error") for r in records], index=part.index, dtype=object),
        }
    )
