//! The difference between two versions of a plan: a revised plan is a new version that
//! keeps the old one (002:1826-1838), and what changed can be listed — in Bram's case the
//! friend who stops helping with the groceries and the team-mate who takes over.

use serde::Serialize;
use serde_json::Value;

use super::labels::ChangeKind;
use super::plan::Plan;
use crate::Path;

/// The changes from one plan version to another.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanDiff {
    /// The instrument that produced this document.
    pub instrument: String,
    /// The version of the instrument's rules that produced it.
    pub instrument_version: String,
    /// The older version.
    pub from_version: u32,
    /// The newer version.
    pub to_version: u32,
    /// The changes, in document order.
    pub changes: Vec<PlanChange>,
}

/// One change. `path` is in the newer plan for added and changed items and in the older
/// plan for removed ones. `before`/`after` hold the JSON of the item (personal text: show it
/// only to the people it belongs to).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanChange {
    /// Added, removed or changed.
    pub kind: ChangeKind,
    /// Where, e.g. `steps[2].others[0]`.
    pub path: String,
    /// The old value (removed, changed).
    #[serde(default)]
    pub before: Option<Value>,
    /// The new value (added, changed).
    #[serde(default)]
    pub after: Option<Value>,
}

fn json<T: Serialize>(v: &T) -> Value {
    // Plan types serialise to JSON without failing (string keys, no custom errors).
    serde_json::to_value(v).unwrap_or(Value::Null)
}

struct Changes(Vec<PlanChange>);

impl Changes {
    fn push(&mut self, kind: ChangeKind, path: &Path, before: Option<Value>, after: Option<Value>) {
        self.0.push(PlanChange { kind, path: path.to_string(), before, after });
    }

    fn value<T: Serialize + PartialEq>(&mut self, path: Path, old: &T, new: &T) {
        if old != new {
            self.push(ChangeKind::Changed, &path, Some(json(old)), Some(json(new)));
        }
    }

    /// Items of `old` not in `new` are removed, items of `new` not in `old` are added.
    fn list<T: Serialize + PartialEq>(&mut self, path: Path, old: &[T], new: &[T]) {
        for (i, o) in old.iter().enumerate() {
            if !new.contains(o) {
                self.push(ChangeKind::Removed, &path.clone().index(i), Some(json(o)), None);
            }
        }
        for (i, n) in new.iter().enumerate() {
            if !old.contains(n) {
                self.push(ChangeKind::Added, &path.clone().index(i), None, Some(json(n)));
            }
        }
    }
}

/// Lists what changed from `old` to `new`. Goals are matched by id, worksheets by goal,
/// steps by number; within a step, each list is compared item by item.
pub fn diff(old: &Plan, new: &Plan) -> PlanDiff {
    let mut c = Changes(Vec::new());
    let root = Path::root();
    c.value(root.clone().key("drawn_up"), &old.drawn_up, &new.drawn_up);
    c.value(root.clone().key("evaluation_date"), &old.evaluation_date, &new.evaluation_date);
    for (i, g) in old.goals.iter().enumerate() {
        if new.goal(&g.id).is_none() {
            c.push(ChangeKind::Removed, &root.clone().key("goals").index(i), Some(json(g)), None);
        }
    }
    for (i, g) in new.goals.iter().enumerate() {
        match old.goal(&g.id) {
            None => c.push(ChangeKind::Added, &root.clone().key("goals").index(i), None, Some(json(g))),
            Some(o) if o != g => {
                let (ov, nv) = (json(o), json(g));
                if let (Value::Object(om), Value::Object(nm)) = (&ov, &nv) {
                    for (k, v) in nm {
                        if om.get(k) != Some(v) {
                            let p = root.clone().key("goals").index(i).key(k.as_str());
                            c.push(ChangeKind::Changed, &p, om.get(k).cloned(), Some(v.clone()));
                        }
                    }
                }
            }
            Some(_) => {}
        }
    }
    for (i, w) in old.worksheets.iter().enumerate() {
        if !new.worksheets.iter().any(|n| n.goal == w.goal) {
            c.push(ChangeKind::Removed, &root.clone().key("worksheets").index(i), Some(json(w)), None);
        }
    }
    for (i, w) in new.worksheets.iter().enumerate() {
        match old.worksheets.iter().find(|o| o.goal == w.goal) {
            None => c.push(ChangeKind::Added, &root.clone().key("worksheets").index(i), None, Some(json(w))),
            Some(o) => c.value(root.clone().key("worksheets").index(i), o, w),
        }
    }
    c.list(root.clone().key("aids"), &old.aids, &new.aids);
    let common = old.steps.len().min(new.steps.len());
    for i in 0..common {
        let (o, n) = (&old.steps[i], &new.steps[i]);
        let s = root.clone().key("steps").index(i);
        c.value(s.clone().key("activity"), &o.activity, &n.activity);
        c.value(s.clone().key("goal"), &o.goal, &n.goal);
        c.list(s.clone().key("own"), &o.own, &n.own);
        c.list(s.clone().key("others"), &o.others, &n.others);
        c.list(s.clone().key("professional"), &o.professional, &n.professional);
        c.list(s.clone().key("wmo"), &o.wmo, &n.wmo);
    }
    for (i, s) in old.steps.iter().enumerate().skip(common) {
        c.push(ChangeKind::Removed, &root.clone().key("steps").index(i), Some(json(s)), None);
    }
    for (i, s) in new.steps.iter().enumerate().skip(common) {
        c.push(ChangeKind::Added, &root.clone().key("steps").index(i), None, Some(json(s)));
    }
    c.value(root.key("application"), &old.application, &new.application);
    PlanDiff {
        instrument: super::validate::INSTRUMENT.to_owned(),
        instrument_version: super::validate::RULES_VERSION.to_owned(),
        from_version: old.version,
        to_version: new.version,
        changes: c.0,
    }
}
