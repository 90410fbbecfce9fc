# pyarrow ships no types: pyright strict, less its unknown-type reports.
# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownParameterType=false
"""Scoring a Spark DataFrame of signals with steun, through Arrow (``mapInArrow``): each
executor's Python worker scores its batches with ``steun.assess_urgency_table``; nothing is
reshaped into dicts. Needs pyspark (and Java); runs in local mode here:

    python examples/python/spark_urgency.py

On a cluster, install the steun wheel on every executor (``--py-files`` does not carry a
native module: use ``spark.archives`` with a packed virtualenv, or the cluster's library
installer) and run the same ``mapInArrow``.
"""

from __future__ import annotations

import os
import sys

from typing import TYPE_CHECKING, Iterator

import pyarrow as pa  # type: ignore[import-untyped]

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

import steun

INPUT = ["safety", "health", "wellbeing", "persons", "minors_involved", "over_75_involved", "duration"]
# Spark has no unsigned or dictionary types: the result is cast to these.
RESULT = pa.schema(
    [
        ("score", pa.int8()),
        ("score_min", pa.int8()),
        ("score_max", pa.int8()),
        ("band", pa.string()),
        ("worst_band", pa.string()),
        ("needs_consultation", pa.bool_()),
        ("report_action", pa.string()),
        ("reporter_action", pa.string()),
        ("instrument", pa.string()),
        ("instrument_version", pa.string()),
        ("error", pa.string()),
    ]
)
RESULT_DDL = (
    "score tinyint, score_min tinyint, score_max tinyint, band string, worst_band string, "
    "needs_consultation boolean, report_action string, reporter_action string, "
    "instrument string, instrument_version string, error string"
)


def score_batches(batches: Iterator["pa.RecordBatch"]) -> Iterator["pa.RecordBatch"]:
    """The function Spark runs on each partition."""
    for batch in batches:
        yield from pa.table(steun.assess_urgency_table(batch)).cast(RESULT).to_batches()


def score(df: "DataFrame") -> "DataFrame":
    """A Spark DataFrame of signals -> a Spark DataFrame of results (the same order)."""
    return df.select(*INPUT).mapInArrow(score_batches, RESULT_DDL)


def main() -> None:
    from pyspark.sql import SparkSession

    # The workers run this Python (with steun and pyarrow), not the first python3 on PATH.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.master("local[2]").appName("steun").getOrCreate()
    rows = [
        ("severe", "none", "unknown", 1, False, True, "incidental"),
        ("none", "moderate", "none", 2, True, False, "structural_over_half_year"),
        ("Jansen", "none", "none", 0, False, False, "incidental"),
    ]
    df = spark.createDataFrame(rows, INPUT)
    for r in score(df).collect():
        print(r["score"], r["band"], r["worst_band"], r["error"])
    spark.stop()


if __name__ == "__main__":
    main()
