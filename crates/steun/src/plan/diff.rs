//! The difference between two versions of a plan: a revised plan is a new version that
//! keeps the old one (002:1826-1838), and what changed can be listed — in Bram's case the
//! friend who stops helping with the groceries and the team-mate who takes over.
//!
//! The diff takes time and memory linear in the two plans (plus their JSON for the changed
//! items): goals and worksheets are matched through hash maps, list items through hash sets
//! of keys that are equal exactly when the items are.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use serde::Serialize;
use serde_json::Value;

use super::labels::{ChangeKind, ExtentUnit, ProvisionForm, Relation};
use super::plan::{Extent, Helper, Plan, WmoClaim};
use crate::support::SolutionRing;
use crate::text::FreeText;
use crate::wmo::CompensationDomain;
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
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanChange {
    /// Added, removed or changed.
    pub kind: ChangeKind,
    /// Where, e.g. `steps[2].others[0]`.
    pub path: String,
    /// The old value (removed, changed).
    #[serde(default, deserialize_with = "crate::json::unique_option")]
    pub before: Option<Value>,
    /// The new value (added, changed).
    #[serde(default, deserialize_with = "crate::json::unique_option")]
    pub after: Option<Value>,
}

/// Shows the kind and path only: the values hold the plan's text.
impl core::fmt::Debug for PlanChange {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PlanChange").field("kind", &self.kind).field("path", &self.path).finish_non_exhaustive()
    }
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
    fn list<T: Item>(&mut self, path: Path, old: &[T], new: &[T]) {
        let (in_old, in_new) = (keys(old), keys(new));
        for (i, o) in old.iter().enumerate() {
            if !o.key().is_some_and(|k| in_new.contains(&k)) {
                self.push(ChangeKind::Removed, &path.clone().index(i), Some(json(o)), None);
            }
        }
        for (i, n) in new.iter().enumerate() {
            if !n.key().is_some_and(|k| in_old.contains(&k)) {
                self.push(ChangeKind::Added, &path.clone().index(i), None, Some(json(n)));
            }
        }
    }
}

/// A list item with a hashable key: two items are `==` exactly when both have a key and the
/// keys are equal. An item with no key (a NaN amount) equals nothing, not even itself.
trait Item: Serialize + PartialEq {
    type Key<'a>: Hash + Eq
    where
        Self: 'a;
    fn key(&self) -> Option<Self::Key<'_>>;
}

fn keys<T: Item>(items: &[T]) -> HashSet<T::Key<'_>> {
    items.iter().filter_map(Item::key).collect()
}

impl Item for FreeText {
    type Key<'a> = &'a FreeText;
    fn key(&self) -> Option<&FreeText> {
        Some(self)
    }
}

impl Item for Helper {
    type Key<'a> = (&'a FreeText, Relation, &'a FreeText);
    fn key(&self) -> Option<Self::Key<'_>> {
        // Every field, so a new field cannot be forgotten.
        let Helper { who, relation, does } = self;
        Some((who, *relation, does))
    }
}

/// A number's bits with 0.0 and -0.0 made one, as `==` makes them; none for NaN.
fn number_key(x: f64) -> Option<u64> {
    if x.is_nan() {
        None
    } else if x == 0.0 {
        Some(0)
    } else {
        Some(x.to_bits())
    }
}

impl Item for WmoClaim {
    type Key<'a> = (
        (&'a FreeText, SolutionRing, ProvisionForm, Option<(u64, ExtentUnit)>, Option<&'a FreeText>),
        (&'a [CompensationDomain], Option<&'a FreeText>, Option<&'a FreeText>),
        Option<&'a crate::iwmo::IwmoClaim>,
    );
    fn key(&self) -> Option<Self::Key<'_>> {
        let WmoClaim {
            provision,
            ring,
            form,
            extent,
            motivation,
            domains,
            why_not_inner_rings,
            other_scheme_reason,
            iwmo,
        } = self;
        let extent = match extent {
            Some(Extent { amount, unit }) => Some((number_key(*amount)?, *unit)),
            None => None,
        };
        Some((
            (provision, *ring, *form, extent, motivation.as_ref()),
            (domains.as_slice(), why_not_inner_rings.as_ref(), other_scheme_reason.as_ref()),
            iwmo.as_ref(),
        ))
    }
}

/// Each key's first item, as a linear search from the start would find it.
fn first_by<'a, T, K: Hash + Eq>(items: &'a [T], key: impl Fn(&'a T) -> K) -> HashMap<K, &'a T> {
    let mut map = HashMap::with_capacity(items.len());
    for it in items {
        map.entry(key(it)).or_insert(it);
    }
    map
}

/// Lists what changed from `old` to `new`. Goals are matched by id, worksheets by goal,
/// steps by number; within a step, each list is compared item by item.
pub fn diff(old: &Plan, new: &Plan) -> PlanDiff {
    let mut c = Changes(Vec::new());
    let root = Path::root();
    c.value(root.clone().key("drawn_up"), &old.drawn_up, &new.drawn_up);
    c.value(root.clone().key("evaluation_date"), &old.evaluation_date, &new.evaluation_date);
    // As `Plan::goal`: the first goal with the id.
    let (old_goals, new_goals) = (first_by(&old.goals, |g| g.id.as_str()), first_by(&new.goals, |g| g.id.as_str()));
    for (i, g) in old.goals.iter().enumerate() {
        if !new_goals.contains_key(g.id.as_str()) {
            c.push(ChangeKind::Removed, &root.clone().key("goals").index(i), Some(json(g)), None);
        }
    }
    for (i, g) in new.goals.iter().enumerate() {
        match old_goals.get(g.id.as_str()).copied() {
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
    let old_sheets = first_by(&old.worksheets, |w| w.goal.as_str());
    let new_sheets = first_by(&new.worksheets, |w| w.goal.as_str());
    for (i, w) in old.worksheets.iter().enumerate() {
        if !new_sheets.contains_key(w.goal.as_str()) {
            c.push(ChangeKind::Removed, &root.clone().key("worksheets").index(i), Some(json(w)), None);
        }
    }
    for (i, w) in new.worksheets.iter().enumerate() {
        match old_sheets.get(w.goal.as_str()).copied() {
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
        c.list(s.clone().key("general"), &o.general, &n.general);
        c.value(s.clone().key("other_schemes"), &o.other_schemes, &n.other_schemes);
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
