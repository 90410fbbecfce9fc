"""Signals through Python: client codes against Python's own hmac module, the eleven-test,
reports with attached urgency, the process cycle, listings, retention and minimisation, no
identifier in any output, and the same results as the C library and the CLI."""

from __future__ import annotations

import base64
import ctypes
import hashlib
import hmac
import json
import pathlib
import subprocess

import pytest

import steun

ROOT = pathlib.Path(__file__).resolve().parents[2]
KEY = b"steun-test-key-0123456789"
FORM_TEXTS = [
    "Mevrouw zegt dat niemand meer langskomt",
    "Ziet er verwaarloosd uit, eet slecht",
    "Huisarts gebeld; dochter ingelicht, zonder resultaat",
]


def python_code(key: bytes, kind: str, identifier: str) -> str:
    """The documented scheme hmac-sha256-v1, written here independently of the library."""
    mac = hmac.new(key, b"steun/client-code/v1\0" + kind.encode() + b"\0" + identifier.encode(), hashlib.sha256)
    b32 = base64.b32encode(mac.digest()[:10]).decode()
    crockford = b32.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
    return "ID-" + "-".join(crockford[i : i + 4] for i in range(0, 16, 4))


@pytest.mark.parametrize(
    "kind, identifier, hard_coded",
    [
        # The same vectors are hard-coded in the Rust, C and CLI tests.
        ("bsn", "111222333", "ID-ZG43-9PSD-QSXB-KJVQ"),
        ("bsn", "123456782", "ID-KW7B-8JF4-MS92-QXMG"),
        ("client_number", "VNDL-2012-0042", "ID-M9KH-1N55-JKWG-PKB2"),
    ],
)
def test_client_codes_match_pythons_hmac(kind: str, identifier: str, hard_coded: str) -> None:
    assert python_code(KEY, kind, identifier) == hard_coded
    assert steun.client_code(identifier, KEY, kind=kind) == hard_coded
    assert steun.client_code(identifier, KEY.decode(), kind=kind) == hard_coded


def test_more_codes_match_pythons_hmac() -> None:
    key = bytes(range(32))
    for bsn in ["999999990", "111222333", "123456782", "100000009"]:
        assert steun.bsn_is_valid(bsn), bsn
        assert steun.client_code(bsn, key) == python_code(key, "bsn", bsn)
    for number in ["1", "K-2012/04", "cliënt 42"]:
        assert steun.client_code(number, key, kind="client_number") == python_code(key, "client_number", number)


def eleven_test(number: str) -> bool:
    """An independent eleven-test: 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11."""
    if len(number) != 9 or not number.isascii() or not number.isdigit() or set(number) == {"0"}:
        return False
    digits = [int(c) for c in number]
    return (sum(d * w for d, w in zip(digits, range(9, 1, -1))) - digits[8]) % 11 == 0


def test_the_eleven_test() -> None:
    assert steun.bsn_is_valid("111222333") and steun.bsn_is_valid("123456782")
    for bad in ["111222334", "123456789", "000000000", "12345678", "1234567820", "11122233a", "", "١١١٢٢٢٣٣٣"]:
        assert not steun.bsn_is_valid(bad), bad
    for n in range(100000000, 100000000 + 3000, 7):
        assert steun.bsn_is_valid(str(n)) == eleven_test(str(n)), n


@pytest.mark.parametrize(
    "identifier, key, kind, needle, loc",
    [
        ("111222334", KEY, "bsn", "eleven-test", ("identifier",)),
        ("11122233", KEY, "bsn", "9 digits", ("identifier",)),
        ("111 222 333", KEY, "bsn", "9 digits", ("identifier",)),
        # The core names the request's field.
        ("111222333", b"", "bsn", "the key is empty", ("key_hex",)),
        ("111222333", b"0123456789abcde", "bsn", "15 bytes; at least 16", ("key_hex",)),
    ],
)
def test_bad_input_gives_clear_errors_without_the_identifier(
    identifier: str, key: bytes, kind: str, needle: str, loc: tuple
) -> None:
    with pytest.raises(steun.ValidationError) as info:
        steun.client_code(identifier, key, kind=kind)
    e = info.value
    assert needle in str(e)
    assert e.loc == loc
    shown = " ".join([str(e), repr(e), repr(e.errors())])
    assert identifier.strip() not in shown


def test_unknown_kind_and_wrong_key_type() -> None:
    with pytest.raises(steun.ValidationError) as info:
        steun.client_code("111222333", KEY, kind="burgerservicenummer")
    assert "bsn, client_number" in str(info.value) and info.value.loc == ("kind",)
    with pytest.raises(TypeError):
        steun.client_code("111222333", 12345)  # type: ignore[arg-type]


def test_report_gets_the_library_urgency(data_dir: pathlib.Path) -> None:
    text = (data_dir / "signals_report.json").read_text(encoding="utf-8")
    a = steun.attach_urgency(text)
    # 0 + 1 + 1 (risks) + 2 (one person over 75) + 2 (over half a year) = 6: 5-6 band.
    assert a.urgency.score == 6
    assert a.urgency.band.code == "consultation"
    assert a.route == steun.ReportRoute.NETWORK
    assert a == steun.attach_urgency(steun.Report.from_json(text))
    assert steun.AssessedReport.from_json(a.to_json()) == a
    # The report has no result field; an edited result is refused.
    doc = json.loads(text)
    with pytest.raises(steun.ValidationError) as info:
        steun.attach_urgency({**doc, "urgency_result": {"band": "crisis"}})
    assert info.value.loc == () and info.value.errors()[0]["kind"] == "unknown_field"
    edited = json.loads(a.to_json())
    edited["urgency"]["band"] = "crisis"
    with pytest.raises(steun.ValidationError) as info:
        steun.AssessedReport.from_dict(edited)
    assert info.value.loc == ("urgency",)
    with pytest.raises(steun.ValidationError):
        steun.attach_urgency('{"reported_on": ')
    with pytest.raises(steun.ValidationError) as info:
        steun.attach_urgency({**doc, "signals": [{"kind": "eenzaamheid"}]})
    assert info.value.loc == ("signals", 0, "kind") and "eenzaamheid" not in str(info.value)


def test_repr_keeps_report_text_out(data_dir: pathlib.Path) -> None:
    r = steun.Report.from_json((data_dir / "signals_report.json").read_text(encoding="utf-8"))
    for t in FORM_TEXTS:
        assert t not in repr(r)


def test_the_process_cycle(data_dir: pathlib.Path) -> None:
    cases = steun.CaseList.from_json((data_dir / "signals_cases.json").read_text(encoding="utf-8"))
    case = cases.cases[0]
    with pytest.raises(steun.TransitionError) as info:
        steun.record_step(case, "evaluate", "2012-03-20")
    assert str(info.value) == "cannot go from decide to evaluate; allowed from decide: act"
    case = steun.record_step(case, steun.SignalStep.ACT, "2012-03-20", note="Huisbezoek")
    case = steun.record_step(case, "evaluate", "2012-04-24")
    case = steun.record_step(case, "notice", "2012-05-01")
    assert [e.step.code for e in case.process] == [
        "notice", "assess", "analyse", "decide", "act", "evaluate", "notice",
    ]
    with pytest.raises(steun.ValidationError) as info2:
        steun.record_step(case, "assess", "2012-04-30")
    assert info2.value.loc == ("case", "process", 7, "date")


def test_listings(data_dir: pathlib.Path) -> None:
    text = (data_dir / "signals_cases.json").read_text(encoding="utf-8")
    ids = lambda listing: [c.id for c in listing.cases]  # noqa: E731
    assert ids(steun.list_cases(text)) == ["VNDL-2012-01", "VNDL-2012-02", "VNDL-2012-03"]
    assert ids(steun.list_cases(text, status="closed")) == ["VNDL-2012-03"]
    assert ids(steun.list_cases(text, band=steun.UrgencyBand.PROFESSIONAL_SERVICES)) == ["VNDL-2012-02"]
    import datetime

    overdue = steun.list_cases(text, overdue_on=datetime.date(2012, 3, 21))
    assert [(c.id, a.action, a.due.isoformat()) for c in overdue.cases for a in c.overdue_actions] == [
        ("VNDL-2012-01", 0, "2012-03-20"),
        ("VNDL-2012-02", 0, "2012-03-01"),
    ]
    assert ids(steun.list_cases(text, overdue_on="2012-03-01")) == []
    with pytest.raises(steun.ValidationError) as info:
        steun.list_cases(text, status="open")
    assert info.value.loc == ("query", "status")


def test_no_destroyed_form_text_survives(data_dir: pathlib.Path) -> None:
    cases = json.loads((data_dir / "signals_cases.json").read_text(encoding="utf-8"))
    report = json.loads((data_dir / "signals_report.json").read_text(encoding="utf-8"))
    assessed = steun.attach_urgency(report)
    cases["cases"][0]["reports"] = [assessed.to_dict()]
    full = steun.CaseList.from_dict(cases)
    assert all(t in full.to_json() for t in FORM_TEXTS)
    assert steun.apply_retention(full, "2012-03-12") == full
    kept = steun.apply_retention(full, "2012-03-13").to_json()
    minimised = steun.minimise(full).to_json()
    for t in FORM_TEXTS + ["Mevrouw eet slecht", "Huisarts gebeld", "thermometer"]:
        assert t not in minimised, t
    for t in FORM_TEXTS:
        assert t not in kept, t
    assert "Ouderenadviseur legt huisbezoek af" in minimised


def test_no_identifier_in_any_output(data_dir: pathlib.Path) -> None:
    bsn = "111222333"
    code = steun.client_code(bsn, KEY)
    cases = json.loads((data_dir / "signals_cases.json").read_text(encoding="utf-8"))
    cases["cases"][0]["client"] = code
    lst = steun.CaseList.from_dict(cases)
    outputs = [code, repr(lst), lst.to_json(), steun.list_cases(lst).to_json(), steun.minimise(lst).to_json()]
    assert all(bsn not in o for o in outputs)


def test_same_results_as_the_cli_and_the_c_library(data_dir: pathlib.Path, tmp_path: pathlib.Path) -> None:
    """Cross-checks against the built CLI and C library; the hard-coded vectors above are
    also asserted by the CLI and C tests, so the three agree even where one is not built."""
    report = (data_dir / "signals_report.json").read_text(encoding="utf-8")
    cases = data_dir / "signals_cases.json"
    checked = 0
    cli = ROOT / "target" / "debug" / "steun"
    if cli.exists():
        out = subprocess.run([str(cli), "signal", "report", "-"], input=report.encode(), capture_output=True, check=True)
        assert json.loads(out.stdout) == json.loads(steun.attach_urgency(report).to_json())
        out = subprocess.run(
            [str(cli), "case", "list", str(cases), "--overdue", "2012-03-21"], capture_output=True, check=True
        )
        assert json.loads(out.stdout) == steun.list_cases(cases.read_text(), overdue_on="2012-03-21").to_dict()
        (tmp_path / "key").write_bytes(KEY)
        (tmp_path / "key").chmod(0o600)
        out = subprocess.run(
            [str(cli), "client-code", "--key-file", str(tmp_path / "key")],
            input=b"111222333\n123456782\n",
            capture_output=True,
            check=True,
        )
        assert out.stdout.decode().split() == [steun.client_code("111222333", KEY), steun.client_code("123456782", KEY)]
        checked += 1
    lib = ROOT / "target" / "release" / "libsteun.so"
    if lib.exists():
        c = ctypes.CDLL(str(lib))
        c.steun_client_code.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_size_t,
                                        ctypes.POINTER(ctypes.c_void_p)]
        c.steun_string_free.argtypes = [ctypes.c_void_p]
        out_ptr = ctypes.c_void_p()
        assert c.steun_client_code(b"bsn", b"111222333", KEY, len(KEY), ctypes.byref(out_ptr)) == 0
        assert ctypes.string_at(out_ptr.value).decode() == steun.client_code("111222333", KEY)
        c.steun_string_free(out_ptr)
        checked += 1
    if not checked:
        pytest.skip("neither the CLI nor the C library is built")
