"""Instruments over Arrow tables: any object with ``__arrow_c_stream__`` or
``__arrow_c_array__`` (pyarrow, polars, pandas through pyarrow, DuckDB results) in, a
:class:`Table` out that ``pyarrow.table(t)`` and ``polars.DataFrame(t)`` take without a copy.
The columns are named as the JSON fields; a bad row gets nulls and its message in ``error``
(the field, never the value) and does not stop the others. A table with a column missing,
of the wrong type, or with a column the operation does not read raises ValidationError.
"""

from __future__ import annotations

from typing import Any, Literal, Optional

from . import _steun
from ._steun import Table

__all__ = ["Table", "assess_urgency_table", "classify_isolation_table"]


def assess_urgency_table(
    table: Any, bands: Any = None, *, explain: Optional[Literal["nl", "en"]] = None
) -> Table:
    """Scores every row (``urgency.assess`` per row; with ``bands``, a band table as
    document, dict or JSON, ``urgency.assess_with_bands``). Input columns: ``safety``,
    ``health``, ``wellbeing``, ``duration`` (codes: strings or dictionary-encoded),
    ``persons`` (integers), ``minors_involved``, ``over_75_involved`` (booleans). Result
    columns: ``score``, ``score_min``, ``score_max``, ``band``, ``worst_band``,
    ``needs_consultation``, ``report_action``, ``reporter_action``, ``instrument``,
    ``instrument_version``, ``explanation`` (only with ``explain="nl"`` or ``"en"``) and
    ``error``.

    >>> import pyarrow as pa
    >>> t = pa.table({"safety": ["severe"], "health": ["none"], "wellbeing": ["unknown"],
    ...     "persons": [1], "minors_involved": [False], "over_75_involved": [True],
    ...     "duration": ["incidental"]})
    >>> pa.table(steun.assess_urgency_table(t)).select(["score", "band", "worst_band"]).to_pylist()
    [{'score': 4, 'band': 'information_advice', 'worst_band': 'consultation'}]
    """
    return _steun.assess_urgency_table(table, _bands_json(bands), explain)


def classify_isolation_table(table: Any) -> Table:
    """Classifies every row (``isolation.classify`` per row). Input columns:
    ``persistence`` (codes), ``participation_oriented`` (booleans). Result columns:
    ``type``, ``category``, ``interventions`` (a list of codes), ``trajectory_length``,
    ``trajectory_intensity``, ``volunteer``, ``participation_interventions_realistic``,
    ``network_case``, ``instrument``, ``instrument_version`` and ``error``.

    >>> import pyarrow as pa
    >>> t = pa.table({"persistence": ["situational"], "participation_oriented": [False]})
    >>> pa.table(steun.classify_isolation_table(t)).column("type").to_pylist()
    ['dependents']
    """
    return _steun.classify_isolation_table(table)


def _bands_json(bands: Any) -> Optional[str]:
    if bands is None:
        return None
    if isinstance(bands, (str, bytes, bytearray)):
        return bands.decode("utf-8") if isinstance(bands, (bytes, bytearray)) else bands
    if hasattr(bands, "to_json"):
        text: str = bands.to_json()
        return text
    from ._models import UrgencyBandTable

    return UrgencyBandTable.from_dict(bands).to_json()
