//! Instruments over Arrow tables (the PyCapsule interface): columns in, columns out. The
//! column names, kinds and messages are the core's (`steun::columns`, `urgency::columns`,
//! `isolation::columns`); this file only moves cells between Arrow and the core's types.
//! A bad row gets nulls and its error; it never stops the batch.

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Int16Type, Int32Type, Int64Type, Int8Type, UInt16Type, UInt32Type, UInt64Type, UInt8Type};
use arrow_array::{
    Array, ArrayRef, BooleanArray, DictionaryArray, Int8Array, ListArray, RecordBatch, StringArray, UInt8Array,
};
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

/// The positions of a code column's cells in `info`'s members.
fn code_cells(col: &Column, info: &EnumInfo, a: &dyn Array) -> Result<Vec<u8>, Error> {
    let pos = |s: &str| info.members.iter().position(|m| m.code == s).map_or(UNKNOWN, |p| p as u8);
    let strings = |it: &mut dyn Iterator<Item = Option<&str>>| it.map(|c| c.map_or(NULL, pos)).collect();
    Ok(match a.data_type() {
        DataType::Utf8 => strings(&mut a.as_string::<i32>().iter()),
        DataType::LargeUtf8 => strings(&mut a.as_string::<i64>().iter()),
        DataType::Utf8View => strings(&mut a.as_string_view().iter()),
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

fn count_cells(col: &Column, a: &dyn Array) -> Result<Vec<Option<i64>>, Error> {
    macro_rules! ints {
        ($t:ty) => {
            a.as_primitive::<$t>().iter().map(|v| v.map(|v| i64::try_from(v).unwrap_or(i64::MAX))).collect()
        };
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

fn flag_cells(col: &Column, a: &dyn Array) -> Result<Vec<Option<bool>>, Error> {
    match a.data_type() {
        DataType::Boolean => Ok(a.as_boolean().iter().collect()),
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

fn required<T>(col: &Column, cell: Option<T>) -> Result<T, Error> {
    cell.ok_or_else(|| col.missing())
}

/// One message for all of a row's problems.
fn row_error(problems: Vec<Error>) -> Option<String> {
    if problems.is_empty() {
        return None;
    }
    Some(problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))
}

/// A dictionary-encoded column of `info`'s codes.
fn codes_column(info: &EnumInfo, keys: Vec<Option<i8>>) -> Result<ArrayRef, ArrowError> {
    let values = StringArray::from_iter_values(info.members.iter().map(|m| m.code));
    Ok(Arc::new(DictionaryArray::try_new(Int8Array::from(keys), Arc::new(values))?))
}

/// A column holding `text` on good rows, null on bad ones (dictionary-encoded: one value).
fn constant_column(text: &str, good: &[bool]) -> Result<ArrayRef, ArrowError> {
    let keys = good.iter().map(|g| g.then_some(0)).collect::<Vec<_>>();
    Ok(Arc::new(DictionaryArray::try_new(Int8Array::from(keys), Arc::new(StringArray::from(vec![text])))?))
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
    let col = |i: usize| batch.column(at[i]).as_ref();
    let risk = |i: usize| code_cells(&C[i], &UrgencyRisk::INFO, col(i));
    let (safety, health, wellbeing) = (risk(0)?, risk(1)?, risk(2)?);
    let persons = count_cells(&C[3], col(3))?;
    let minors = flag_cells(&C[4], col(4))?;
    let over_75 = flag_cells(&C[5], col(5))?;
    let duration = code_cells(&C[6], &UrgencyDuration::INFO, col(6))?;

    let n = batch.num_rows();
    let mut score = Vec::with_capacity(n);
    let mut score_min = Vec::with_capacity(n);
    let mut score_max = Vec::with_capacity(n);
    let mut band = Vec::with_capacity(n);
    let mut worst = Vec::with_capacity(n);
    let mut consult = Vec::with_capacity(n);
    let mut report = Vec::with_capacity(n);
    let mut reporter = Vec::with_capacity(n);
    let mut good = Vec::with_capacity(n);
    let mut explanation: Vec<Option<String>> = Vec::new();
    let mut error = Vec::with_capacity(n);
    for i in 0..n {
        let cells = (
            member::<UrgencyRisk>(&C[0], safety[i]),
            member::<UrgencyRisk>(&C[1], health[i]),
            member::<UrgencyRisk>(&C[2], wellbeing[i]),
            required(&C[3], persons[i]).and_then(persons_of),
            required(&C[4], minors[i]),
            required(&C[5], over_75[i]),
            member::<UrgencyDuration>(&C[6], duration[i]),
        );
        let input = match cells {
            (Ok(s), Ok(h), Ok(w), Ok(p), Ok(m), Ok(o), Ok(d)) => Ok(input_of_row(s, h, w, p, m, o, d)),
            (s, h, w, p, m, o, d) => Err([s.err(), h.err(), w.err(), p.err(), m.err(), o.err(), d.err()]),
        };
        match input {
            Ok(input) => {
                let r = urgency::assess_with(&input, bands);
                score.push(Some(r.score));
                score_min.push(Some(r.score_min));
                score_max.push(Some(r.score_max));
                band.push(Some(r.band().position() as i8));
                worst.push(Some(r.worst().position() as i8));
                consult.push(Some(r.needs_consultation));
                report.push(Some(r.report_action().position() as i8));
                reporter.push(Some(r.reporter_action().position() as i8));
                if let Some(lang) = lang {
                    explanation.push(Some(r.explanation(lang)));
                }
                good.push(true);
                error.push(None);
            }
            Err(e) => {
                score.push(None);
                score_min.push(None);
                score_max.push(None);
                band.push(None);
                worst.push(None);
                consult.push(None);
                report.push(None);
                reporter.push(None);
                if lang.is_some() {
                    explanation.push(None);
                }
                good.push(false);
                error.push(row_error(e.into_iter().flatten().collect()));
            }
        }
    }
    let build = || -> Result<RecordBatch, ArrowError> {
        use urgency::{UrgencyBand, UrgencyReportAction, UrgencyReporterAction};
        let mut columns: Vec<ArrayRef> = vec![
            Arc::new(UInt8Array::from(score)),
            Arc::new(UInt8Array::from(score_min)),
            Arc::new(UInt8Array::from(score_max)),
            codes_column(&UrgencyBand::INFO, band)?,
            codes_column(&UrgencyBand::INFO, worst)?,
            Arc::new(BooleanArray::from(consult)),
            codes_column(&UrgencyReportAction::INFO, report)?,
            codes_column(&UrgencyReporterAction::INFO, reporter)?,
            constant_column(urgency::INSTRUMENT, &good)?,
            constant_column(urgency::INSTRUMENT_VERSION, &good)?,
        ];
        if lang.is_some() {
            columns.push(Arc::new(StringArray::from(explanation)));
        }
        columns.push(Arc::new(StringArray::from(error)));
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
    let mut kind = Vec::with_capacity(n);
    let mut category = Vec::with_capacity(n);
    let mut offsets: Vec<i32> = Vec::with_capacity(n + 1);
    offsets.push(0);
    let mut items: Vec<i8> = Vec::new();
    let mut list_valid = Vec::with_capacity(n);
    let (mut length, mut intensity, mut volunteer) = (Vec::new(), Vec::new(), Vec::new());
    let (mut realistic, mut network) = (Vec::new(), Vec::new());
    let mut good = Vec::with_capacity(n);
    let mut error = Vec::with_capacity(n);
    for i in 0..n {
        let p = member::<Persistence>(&C[0], persistence[i]);
        let o = required(&C[1], oriented[i]);
        match (p, o) {
            (Ok(p), Ok(o)) => {
                let input = input_of_row(p, o);
                let t = IsolationType::of(input.persistence, input.participation_oriented);
                let p = t.persistence();
                kind.push(Some(t.position() as i8));
                category.push(Some(p.category()));
                items.extend(p.interventions().iter().map(|v| v.position() as i8));
                list_valid.push(true);
                length.push(Some(p.trajectory().length.position() as i8));
                intensity.push(Some(p.trajectory().intensity.position() as i8));
                volunteer.push(Some(p.volunteer().position() as i8));
                realistic.push(Some(p.participation_interventions_realistic()));
                network.push(Some(p.network_case()));
                good.push(true);
                error.push(None);
            }
            (p, o) => {
                kind.push(None);
                category.push(None);
                list_valid.push(false);
                length.push(None);
                intensity.push(None);
                volunteer.push(None);
                realistic.push(None);
                network.push(None);
                good.push(false);
                error.push(row_error([p.err(), o.err()].into_iter().flatten().collect()));
            }
        }
        offsets.push(i32::try_from(items.len()).unwrap_or(i32::MAX));
    }
    let build = || -> Result<RecordBatch, ArrowError> {
        let item_field = Arc::new(dict_field("item").with_nullable(false));
        let values = codes_column(&Intervention::INFO, items.into_iter().map(Some).collect())?;
        let offsets = arrow_buffer::OffsetBuffer::new(arrow_buffer::ScalarBuffer::from(offsets));
        let list = ListArray::try_new(item_field, offsets, values, Some(list_valid.into()))?;
        RecordBatch::try_new(
            schema.clone(),
            vec![
                codes_column(&IsolationType::INFO, kind)?,
                Arc::new(UInt8Array::from(category)),
                Arc::new(list),
                codes_column(&TrajectoryLength::INFO, length)?,
                codes_column(&TrajectoryIntensity::INFO, intensity)?,
                codes_column(&Volunteer::INFO, volunteer)?,
                Arc::new(BooleanArray::from(realistic)),
                Arc::new(BooleanArray::from(network)),
                constant_column(isolation::TYPOLOGY, &good)?,
                constant_column(isolation::TYPOLOGY_VERSION, &good)?,
                Arc::new(StringArray::from(error)),
            ],
        )
    };
    build().map_err(|e| Error::invalid(steun::Path::root(), format!("building the result: {e}")))
}
