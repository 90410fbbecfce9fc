//! Instruments over Arrow tables (the PyCapsule interface): columns in, columns out. The
//! column names, kinds and messages are the core's (`steun::columns`, `urgency::columns`,
//! `isolation::columns`); this file only moves cells between Arrow and the core's types.
//! A bad row gets nulls and its error; it never stops the batch.

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Int16Type, Int32Type, Int64Type, Int8Type, UInt16Type, UInt32Type, UInt64Type, UInt8Type};
use arrow_array::{
    Array, ArrayRef, BooleanArray, DictionaryArray, Int8Array, ListArray, RecordBatch, StringArray, StringViewArray,
    UInt8Array,
};
use arrow_buffer::NullBuffer;
use arrow_schema::{ArrowError, DataType, Field, Schema, SchemaRef};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyCapsule;
use pyo3_arrow::input::AnyRecordBatch;
use steun::columns::{check_names, not_a_table, Column, ColumnKind, ERROR_COLUMN};
use steun::isolation::{self, IsolationType, Persistence};
use steun::lang::{EnumInfo, Labelled, Lang};
use steun::urgency::{self, BandTable, UrgencyDuration, UrgencyRisk};
use steun::Error;

use crate::errors;

/// A cell of a code column: the member's position, or one of these.
const NULL: u8 = 254;
const UNKNOWN: u8 = 255;

/// An instrument's result as an Arrow table: `pyarrow.table(t)`, `polars.DataFrame(t)` and
/// other PyCapsule readers take it without a copy. One row per input row.
#[pyclass(module = "steun", name = "Table", frozen)]
pub struct Table {
    schema: SchemaRef,
    batches: Vec<RecordBatch>,
}

#[pymethods]
impl Table {
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyCapsule>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let table = pyo3_arrow::PyTable::try_new(self.batches.clone(), self.schema.clone())?;
        let stream = Bound::new(py, table)?;
        let capsule = stream.call_method1("__arrow_c_stream__", (requested_schema,))?;
        Ok(capsule.cast_into::<PyCapsule>()?)
    }

    fn __arrow_c_schema__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyCapsule>> {
        Ok(pyo3_arrow::ffi::to_schema_pycapsule(py, self.schema.as_ref())?)
    }

    fn __len__(&self) -> usize {
        self.batches.iter().map(RecordBatch::num_rows).sum()
    }

    /// The column names, in order.
    #[getter]
    fn column_names(&self) -> Vec<String> {
        self.schema.fields().iter().map(|f| f.name().clone()).collect()
    }

    /// The number of rows whose `error` is not null.
    #[getter]
    fn error_count(&self) -> usize {
        self.batches.iter().filter_map(|b| b.column_by_name(ERROR_COLUMN)).map(|c| c.len() - c.null_count()).sum()
    }

    fn __repr__(&self) -> String {
        format!("steun.Table({} rows; {})", self.__len__(), self.column_names().join(", "))
    }
}

fn arrow_err(e: ArrowError) -> PyErr {
    // Arrow's messages name types and lengths, not cell values.
    PyValueError::new_err(format!("Arrow: {e}"))
}

/// Finds a cell's code among an enum's members without a string comparison for codes that
/// fit in a string view's 12 inline bytes (the common case), and with one otherwise.
struct Codes<'a> {
    info: &'a EnumInfo,
    /// Per member: its whole Utf8View view when inline, else its length and 4-byte prefix.
    views: Vec<u128>,
}

impl<'a> Codes<'a> {
    fn new(info: &'a EnumInfo) -> Self {
        let views = info.members.iter().map(|m| view_of(m.code.as_bytes())).collect();
        Codes { info, views }
    }

    fn of_str(&self, s: &str) -> u8 {
        self.info.members.iter().position(|m| m.code == s).map_or(UNKNOWN, |p| p as u8)
    }

    fn of_view(&self, view: u128, a: &StringViewArray, i: usize) -> u8 {
        let len = view as u32;
        if len <= 12 {
            // A writer that leaves junk in the padding still gets the exact answer.
            return self.views.iter().position(|v| *v == view).map_or_else(|| self.of_str(a.value(i)), |p| p as u8);
        }
        // Long: length and prefix pick the one candidate; the bytes decide.
        match self.views.iter().position(|v| *v as u64 == view as u64) {
            Some(p) if self.info.members[p].code == a.value(i) => p as u8,
            _ => self.of_str(a.value(i)),
        }
    }
}

/// The Arrow string view of `b`: length, then the bytes inline (up to 12) or a 4-byte prefix.
fn view_of(b: &[u8]) -> u128 {
    let mut bytes = [0u8; 16];
    bytes[..4].copy_from_slice(&(b.len() as u32).to_le_bytes());
    let k = b.len().min(if b.len() <= 12 { 12 } else { 4 });
    bytes[4..4 + k].copy_from_slice(&b[..k]);
    u128::from_le_bytes(bytes)
}

/// The positions of a code column's cells in `info`'s members.
fn code_cells(col: &Column, info: &EnumInfo, a: &dyn Array) -> Result<Vec<u8>, Error> {
    let codes = Codes::new(info);
    let strings =
        |it: &mut dyn Iterator<Item = Option<&str>>| it.map(|c| c.map_or(NULL, |s| codes.of_str(s))).collect();
    Ok(match a.data_type() {
        DataType::Utf8 => strings(&mut a.as_string::<i32>().iter()),
        DataType::LargeUtf8 => strings(&mut a.as_string::<i64>().iter()),
        DataType::Utf8View => {
            let v = a.as_string_view();
            let views = v.views();
            (0..v.len()).map(|i| if v.is_null(i) { NULL } else { codes.of_view(views[i], v, i) }).collect()
        }
        DataType::Dictionary(_, _) => {
            let d = a.as_any_dictionary();
            let values = code_cells(col, info, d.values().as_ref())?;
            let keys = d.normalized_keys();
            (0..a.len())
                .map(|i| if a.is_null(i) { NULL } else { values.get(keys[i]).copied().unwrap_or(NULL) })
                .collect()
        }
        t => return Err(col.wrong_type(&t.to_string())),
    })
}

/// A count cell that is null.
const NO_COUNT: i64 = i64::MIN;

fn count_cells(col: &Column, a: &dyn Array) -> Result<Vec<i64>, Error> {
    macro_rules! ints {
        ($t:ty) => {{
            let p = a.as_primitive::<$t>();
            p.values()
                .iter()
                .enumerate()
                .map(|(i, v)| if p.is_null(i) { NO_COUNT } else { i64::try_from(*v).unwrap_or(i64::MAX) })
                .collect()
        }};
    }
    Ok(match a.data_type() {
        DataType::Int8 => ints!(Int8Type),
        DataType::Int16 => ints!(Int16Type),
        DataType::Int32 => ints!(Int32Type),
        DataType::Int64 => ints!(Int64Type),
        DataType::UInt8 => ints!(UInt8Type),
        DataType::UInt16 => ints!(UInt16Type),
        DataType::UInt32 => ints!(UInt32Type),
        // Above i64::MAX is out of range for every count anyway.
        DataType::UInt64 => ints!(UInt64Type),
        t => return Err(col.wrong_type(&t.to_string())),
    })
}

fn flag_cells<'a>(col: &Column, a: &'a dyn Array) -> Result<&'a BooleanArray, Error> {
    match a.data_type() {
        DataType::Boolean => Ok(a.as_boolean()),
        t => Err(col.wrong_type(&t.to_string())),
    }
}

/// The value of a code cell, or the row's error for it.
fn member<T: Labelled>(col: &Column, cell: u8) -> Result<T, Error> {
    match cell {
        NULL => Err(col.missing()),
        UNKNOWN => Err(col.unknown_code()),
        p => Ok(T::ALL[p as usize]),
    }
}

fn count(col: &Column, cell: i64) -> Result<i64, Error> {
    if cell == NO_COUNT {
        Err(col.missing())
    } else {
        Ok(cell)
    }
}

fn flag(col: &Column, a: &BooleanArray, i: usize) -> Result<bool, Error> {
    if a.is_null(i) {
        Err(col.missing())
    } else {
        Ok(a.value(i))
    }
}

/// One message for all of a row's problems.
fn row_error(problems: Vec<Error>) -> String {
    problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

/// The rows of a result: which are good (the others are null in every result column) and
/// the bad rows' messages.
struct Rows {
    n: usize,
    nulls: Option<NullBuffer>,
    errors: Vec<(usize, String)>,
}

impl Rows {
    fn new(n: usize, errors: Vec<(usize, String)>) -> Self {
        let nulls = (!errors.is_empty()).then(|| {
            let mut good = vec![true; n];
            for (i, _) in &errors {
                good[*i] = false;
            }
            NullBuffer::from(good)
        });
        Rows { n, nulls, errors }
    }

    fn counts(&self, values: Vec<u8>) -> ArrayRef {
        Arc::new(UInt8Array::new(values.into(), self.nulls.clone()))
    }

    fn flags(&self, values: Vec<bool>) -> ArrayRef {
        Arc::new(BooleanArray::new(values.into(), self.nulls.clone()))
    }

    /// A dictionary-encoded column of `info`'s codes.
    fn codes(&self, info: &EnumInfo, keys: Vec<i8>) -> Result<ArrayRef, ArrowError> {
        let values = StringArray::from_iter_values(info.members.iter().map(|m| m.code));
        let keys = Int8Array::new(keys.into(), self.nulls.clone());
        Ok(Arc::new(DictionaryArray::try_new(keys, Arc::new(values))?))
    }

    /// A column holding `text` on good rows (dictionary-encoded: one value).
    fn constant(&self, text: &str) -> Result<ArrayRef, ArrowError> {
        let keys = Int8Array::new(vec![0i8; self.n].into(), self.nulls.clone());
        Ok(Arc::new(DictionaryArray::try_new(keys, Arc::new(StringArray::from(vec![text])))?))
    }

    fn error(&self) -> ArrayRef {
        if self.errors.is_empty() {
            return Arc::new(StringArray::new_null(self.n));
        }
        let mut cells: Vec<Option<&str>> = vec![None; self.n];
        for (i, e) in &self.errors {
            cells[*i] = Some(e);
        }
        Arc::new(StringArray::from(cells))
    }
}

fn dict_field(name: &str) -> Field {
    Field::new(name, DataType::Dictionary(Box::new(DataType::Int8), Box::new(DataType::Utf8)), true)
}

fn field_of(col: &Column) -> Field {
    match col.kind {
        ColumnKind::Code(_) | ColumnKind::Text => dict_field(col.name),
        ColumnKind::Count => Field::new(col.name, DataType::UInt8, true),
        ColumnKind::Flag => Field::new(col.name, DataType::Boolean, true),
        ColumnKind::Codes(_) => {
            Field::new(col.name, DataType::List(Arc::new(dict_field("item").with_nullable(false))), true)
        }
    }
}

fn schema_of(columns: &[Column], explanation: bool) -> SchemaRef {
    let mut fields: Vec<Field> = columns.iter().map(field_of).collect();
    if explanation {
        fields.push(Field::new("explanation", DataType::Utf8, true));
    }
    fields.push(Field::new(ERROR_COLUMN, DataType::Utf8, true));
    Arc::new(Schema::new(fields))
}

/// Reads every batch of `table`, checking its column names against `columns` first.
fn batches(py: Python<'_>, table: &Bound<'_, PyAny>, columns: &[Column]) -> PyResult<(Vec<RecordBatch>, Vec<usize>)> {
    let table: AnyRecordBatch = table.extract().map_err(|_| errors::to_py(py, &not_a_table()))?;
    let reader = table.into_reader()?;
    let schema = reader.schema();
    let at =
        check_names(columns, schema.fields().iter().map(|f| f.name().as_str())).map_err(|e| errors::to_py(py, &e))?;
    let batches = reader.collect::<Result<Vec<_>, _>>().map_err(arrow_err)?;
    Ok((batches, at))
}

/// Scores every row of an Arrow table of urgency inputs (columns `urgency::columns::INPUT_COLUMNS`).
#[pyfunction]
#[pyo3(signature = (table, bands_json=None, explain=None))]
pub fn assess_urgency_table(
    py: Python<'_>,
    table: &Bound<'_, PyAny>,
    bands_json: Option<&str>,
    explain: Option<&str>,
) -> PyResult<Table> {
    errors::no_panic(py, || urgency_table(py, table, bands_json, explain))
}

fn urgency_table(
    py: Python<'_>,
    table: &Bound<'_, PyAny>,
    bands_json: Option<&str>,
    explain: Option<&str>,
) -> PyResult<Table> {
    let to_py = |e: Error| errors::to_py(py, &e);
    let bands = match bands_json {
        Some(text) => BandTable::from_json(text).map_err(|e| to_py(e.under("bands")))?,
        None => BandTable::DEFAULT,
    };
    let lang = explain
        .map(|l| {
            l.parse::<Lang>().map_err(|_| {
                let allowed: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
                to_py(Error::invalid(
                    steun::Path::root().key("explain"),
                    format!("unknown code; allowed: {}", allowed.join(", ")),
                ))
            })
        })
        .transpose()?;
    let (input, at) = batches(py, table, &urgency::columns::INPUT_COLUMNS)?;
    let schema = schema_of(&urgency::columns::RESULT_COLUMNS, lang.is_some());
    let out = py
        .detach(|| {
            input.iter().map(|b| urgency_batch(b, &at, &bands, lang, &schema)).collect::<Result<Vec<_>, Error>>()
        })
        .map_err(to_py)?;
    Ok(Table { schema, batches: out })
}

fn urgency_batch(
    batch: &RecordBatch,
    at: &[usize],
    bands: &BandTable,
    lang: Option<Lang>,
    schema: &SchemaRef,
) -> Result<RecordBatch, Error> {
    use urgency::columns::{input_of_row, persons as persons_of, INPUT_COLUMNS as C};
    use urgency::{UrgencyBand, UrgencyReportAction, UrgencyReporterAction};
    let col = |i: usize| batch.column(at[i]).as_ref();
    let risk = |i: usize| code_cells(&C[i], &UrgencyRisk::INFO, col(i));
    let (safety, health, wellbeing) = (risk(0)?, risk(1)?, risk(2)?);
    let persons = count_cells(&C[3], col(3))?;
    let minors = flag_cells(&C[4], col(4))?;
    let over_75 = flag_cells(&C[5], col(5))?;
    let duration = code_cells(&C[6], &UrgencyDuration::INFO, col(6))?;

    let n = batch.num_rows();
    // Bad rows keep zeros here; the shared null buffer hides them.
    let (mut score, mut score_min, mut score_max) = (vec![0u8; n], vec![0u8; n], vec![0u8; n]);
    let (mut band, mut worst, mut report, mut reporter) = (vec![0i8; n], vec![0i8; n], vec![0i8; n], vec![0i8; n]);
    let mut consult = vec![false; n];
    let mut explanation: Vec<Option<String>> = Vec::new();
    let mut errors = Vec::new();
    for i in 0..n {
        let cells = (
            member::<UrgencyRisk>(&C[0], safety[i]),
            member::<UrgencyRisk>(&C[1], health[i]),
            member::<UrgencyRisk>(&C[2], wellbeing[i]),
            count(&C[3], persons[i]).and_then(persons_of),
            flag(&C[4], minors, i),
            flag(&C[5], over_75, i),
            member::<UrgencyDuration>(&C[6], duration[i]),
        );
        match cells {
            (Ok(s), Ok(h), Ok(w), Ok(p), Ok(m), Ok(o), Ok(d)) => {
                let r = urgency::assess_with(&input_of_row(s, h, w, p, m, o, d), bands);
                (score[i], score_min[i], score_max[i]) = (r.score, r.score_min, r.score_max);
                band[i] = r.band().position() as i8;
                worst[i] = r.worst().position() as i8;
                consult[i] = r.needs_consultation;
                report[i] = r.report_action().position() as i8;
                reporter[i] = r.reporter_action().position() as i8;
                if let Some(lang) = lang {
                    explanation.push(Some(r.explanation(lang)));
                }
            }
            (s, h, w, p, m, o, d) => {
                let problems = [s.err(), h.err(), w.err(), p.err(), m.err(), o.err(), d.err()];
                errors.push((i, row_error(problems.into_iter().flatten().collect())));
                if lang.is_some() {
                    explanation.push(None);
                }
            }
        }
    }
    let rows = Rows::new(n, errors);
    let build = || -> Result<RecordBatch, ArrowError> {
        let mut columns: Vec<ArrayRef> = vec![
            rows.counts(score),
            rows.counts(score_min),
            rows.counts(score_max),
            rows.codes(&UrgencyBand::INFO, band)?,
            rows.codes(&UrgencyBand::INFO, worst)?,
            rows.flags(consult),
            rows.codes(&UrgencyReportAction::INFO, report)?,
            rows.codes(&UrgencyReporterAction::INFO, reporter)?,
            rows.constant(urgency::INSTRUMENT)?,
            rows.constant(urgency::INSTRUMENT_VERSION)?,
        ];
        if lang.is_some() {
            columns.push(Arc::new(StringArray::from(explanation)));
        }
        columns.push(rows.error());
        RecordBatch::try_new(schema.clone(), columns)
    };
    build().map_err(|e| Error::invalid(steun::Path::root(), format!("building the result: {e}")))
}

/// Classifies every row of an Arrow table of isolation inputs (columns
/// `isolation::columns::INPUT_COLUMNS`).
#[pyfunction]
pub fn classify_isolation_table(py: Python<'_>, table: &Bound<'_, PyAny>) -> PyResult<Table> {
    errors::no_panic(py, || isolation_table(py, table))
}

fn isolation_table(py: Python<'_>, table: &Bound<'_, PyAny>) -> PyResult<Table> {
    let (input, at) = batches(py, table, &isolation::columns::INPUT_COLUMNS)?;
    let schema = schema_of(&isolation::columns::RESULT_COLUMNS, false);
    let out = py
        .detach(|| input.iter().map(|b| isolation_batch(b, &at, &schema)).collect::<Result<Vec<_>, Error>>())
        .map_err(|e| errors::to_py(py, &e))?;
    Ok(Table { schema, batches: out })
}

fn isolation_batch(batch: &RecordBatch, at: &[usize], schema: &SchemaRef) -> Result<RecordBatch, Error> {
    use isolation::columns::{input_of_row, INPUT_COLUMNS as C};
    use isolation::{Intervention, TrajectoryIntensity, TrajectoryLength, Volunteer};
    let persistence = code_cells(&C[0], &Persistence::INFO, batch.column(at[0]).as_ref())?;
    let oriented = flag_cells(&C[1], batch.column(at[1]).as_ref())?;
    let n = batch.num_rows();
    let (mut kind, mut category) = (vec![0i8; n], vec![0u8; n]);
    let mut offsets: Vec<i32> = Vec::with_capacity(n + 1);
    offsets.push(0);
    let mut items: Vec<i8> = Vec::new();
    let (mut length, mut intensity, mut volunteer) = (vec![0i8; n], vec![0i8; n], vec![0i8; n]);
    let (mut realistic, mut network) = (vec![false; n], vec![false; n]);
    let mut errors = Vec::new();
    for i in 0..n {
        match (member::<Persistence>(&C[0], persistence[i]), flag(&C[1], oriented, i)) {
            (Ok(p), Ok(o)) => {
                let input = input_of_row(p, o);
                let t = IsolationType::of(input.persistence, input.participation_oriented);
                let p = t.persistence();
                kind[i] = t.position() as i8;
                category[i] = p.category();
                items.extend(p.interventions().iter().map(|v| v.position() as i8));
                length[i] = p.trajectory().length.position() as i8;
                intensity[i] = p.trajectory().intensity.position() as i8;
                volunteer[i] = p.volunteer().position() as i8;
                realistic[i] = p.participation_interventions_realistic();
                network[i] = p.network_case();
            }
            (p, o) => errors.push((i, row_error([p.err(), o.err()].into_iter().flatten().collect()))),
        }
        offsets.push(i32::try_from(items.len()).unwrap_or(i32::MAX));
    }
    let rows = Rows::new(n, errors);
    let build = || -> Result<RecordBatch, ArrowError> {
        let item_field = Arc::new(dict_field("item").with_nullable(false));
        let values = Rows::new(items.len(), Vec::new()).codes(&Intervention::INFO, items)?;
        let offsets = arrow_buffer::OffsetBuffer::new(arrow_buffer::ScalarBuffer::from(offsets));
        let list = ListArray::try_new(item_field, offsets, values, rows.nulls.clone())?;
        RecordBatch::try_new(
            schema.clone(),
            vec![
                rows.codes(&IsolationType::INFO, kind)?,
                rows.counts(category),
                Arc::new(list),
                rows.codes(&TrajectoryLength::INFO, length)?,
                rows.codes(&TrajectoryIntensity::INFO, intensity)?,
                rows.codes(&Volunteer::INFO, volunteer)?,
                rows.flags(realistic),
                rows.flags(network),
                rows.constant(isolation::TYPOLOGY)?,
                rows.constant(isolation::TYPOLOGY_VERSION)?,
                rows.error(),
            ],
        )
    };
    build().map_err(|e| Error::invalid(steun::Path::root(), format!("building the result: {e}")))
}
