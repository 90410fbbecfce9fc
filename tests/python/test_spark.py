"""Spark (local mode) scores a DataFrame through the Arrow path with the same results as a
serial loop over the single operation (examples/python/spark_urgency.py)."""

from __future__ import annotations

import importlib.util
import os
import random
import shutil
import sys
from pathlib import Path

import pytest

import steun

if importlib.util.find_spec("pyspark") is None or shutil.which("java") is None:
    pytest.skip("Spark test needs pyspark (pip install pyspark) and Java on PATH", allow_module_level=True)

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "python" / "spark_urgency.py"
sys.path.insert(0, str(EXAMPLE.parent))
import spark_urgency  # noqa: E402

RISKS = ["none", "moderate", "severe", "unknown"]
DURATIONS = ["incidental", "structural_under_half_year", "structural_over_half_year", "unknown"]


def test_spark_map_in_arrow_matches_a_serial_loop() -> None:
    from pyspark.sql import SparkSession

    rnd = random.Random(4)
    rows = [
        (rnd.choice(RISKS), rnd.choice(RISKS), rnd.choice(RISKS), rnd.randint(0, 3),
         rnd.random() < 0.3, rnd.random() < 0.3, rnd.choice(DURATIONS))
        for _ in range(2000)
    ]
    # The workers run this Python (with steun and pyarrow), not the first python3 on PATH.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.master("local[2]").appName("steun-test").getOrCreate()
    try:
        spark.sparkContext.addPyFile(str(EXAMPLE))  # the workers import the example too
        # A local list keeps its order through the partitions and mapInArrow.
        df = spark.createDataFrame(rows, spark_urgency.INPUT)
        df = df.withColumn("n", df["persons"])  # an extra column: the example selects its own
        assert df.rdd.getNumPartitions() >= 2
        got = spark_urgency.score(df).collect()
        inputs = rows
    finally:
        spark.stop()
    assert len(got) == len(rows)
    bad = 0
    for inp, out in zip(inputs, got):
        req = {"risks": {"safety": inp[0], "health": inp[1], "wellbeing": inp[2]},
               "scope": {"persons": inp[3], "minors_involved": inp[4], "over_75_involved": inp[5]},
               "duration": inp[6]}
        if inp[3] == 0:
            bad += 1
            assert out["score"] is None and out["error"].startswith("persons: expected an integer >= 1")
            continue
        r = steun.call("urgency.assess", req)
        assert (out["score"], out["score_max"], out["band"], out["worst_band"], out["needs_consultation"], out["error"]) == (
            r["score"], r["score_max"], r["band"], r["worst_band"], r["needs_consultation"], None)
    assert bad > 0
