//! Finding candidate demand patterns in coded story fragments.
//!
//! Researchers code each fragment of a respondent's story with its kind (need, want, demand,
//! contribution; 002:5757-5758) and its themes. A vraagpatroon is a set of *recurring*,
//! *interrelated* questions, needs and possibilities (002:3362); the finder proposes the
//! groups of themes that recur in the stories of at least K distinct respondents. It only
//! proposes: every result is a `candidate`, because only the respondents validate a pattern
//! (002:3418-3422).
//!
//! # The algorithm
//!
//! 1. A respondent *mentions* a theme when at least one of their fragments is coded with it;
//!    repeating a theme in many fragments counts once (a respondent's story is one voice).
//! 2. The *support* of a group of themes is the number of distinct respondents who mention
//!    every theme of the group (anywhere in their story: interrelated within one story).
//! 3. Groups have one or two themes ([`MAX_THEMES`]). A group is frequent when its support is
//!    at least K. Single themes are counted directly, pairs by counting, per respondent, every
//!    pair of their frequent themes (a pair can only be frequent if both its themes are).
//! 4. Only *closed* groups are reported: a single theme is left out when a frequent pair that
//!    contains it has the same support, since that pair then says everything the single
//!    theme says (each respondent who mentions the theme also mentions the other one).
//! 5. For each reported group: its support, its share of all distinct respondents in the input
//!    (including those whose fragments carry no themes), the fragments of its supporting
//!    respondents that are coded with at least one of its themes, grouped by kind and in input
//!    order, and the co-occurring themes: every other theme mentioned by at least K of its
//!    supporting respondents, with that number (most first, then by code).
//! 6. Groups are ordered by support (most first), then by name (the theme codes joined by
//!    " + ", the codes in ascending order).
//!
//! Larger groups show up as co-occurring themes of a pair: if {a, b} has c as a co-occurring
//! theme with count n, then a, b and c recur together in n stories. The cost is linear in the
//! fragments plus, per respondent, the square of their number of frequent themes.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::document::Document;
use crate::pattern::enums::{FragmentKind, PatternStatus};
use crate::pattern::theme::ThemeCode;
use crate::text::{ClientCode, FreeText};
use crate::{Error, Path};

/// The largest number of themes in one candidate group.
pub const MAX_THEMES: usize = 2;

/// The default minimum number of distinct respondents, K.
pub const DEFAULT_MIN_RESPONDENTS: i64 = 3;

/// The instrument's id, carried in every result.
pub const INSTRUMENT: &str = "steun.patterns.find";

/// A coded fragment of a respondent's story: exactly these four fields.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StoryFragment {
    /// The respondent's pseudonymous code, never a name.
    pub respondent: ClientCode,
    /// What the fragment says: a need, want, demand or contribution.
    pub kind: FragmentKind,
    /// The themes it is coded with, each at most once; may be empty (not yet coded).
    pub themes: Vec<ThemeCode>,
    /// The fragment's text, in the respondent's words.
    pub text: FreeText,
}

impl StoryFragment {
    fn check_at(&self, at: Path) -> Result<(), Error> {
        for (j, t) in self.themes.iter().enumerate() {
            if self.themes[..j].contains(t) {
                return Err(Error::invalid(at.key("themes").index(j), "duplicate theme in one fragment"));
            }
        }
        Ok(())
    }
}

impl Document for StoryFragment {
    const KIND: &'static str = "story_fragment";
    fn check(&self) -> Result<(), Error> {
        self.check_at(Path::root())
    }
}

/// What the finder found.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CandidatePatterns {
    /// The instrument's id: `steun.patterns.find`.
    pub instrument: String,
    /// The version of steun that computed this.
    pub version: String,
    /// K: the least number of distinct respondents a group of themes needs.
    pub min_respondents: u32,
    /// The largest number of themes in one group.
    pub max_themes: u32,
    /// The number of distinct respondents in the input.
    pub respondents: u32,
    /// The number of fragments in the input.
    pub fragments: u32,
    /// The candidate patterns, by support (most first) then name.
    pub candidates: Vec<CandidatePattern>,
}

/// A group of themes that recurs across at least K respondents: a candidate demand pattern.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CandidatePattern {
    /// The theme codes joined by `+`, e.g. `mobility+transport`.
    pub id: String,
    /// The theme codes joined by ` + `; the second sort key.
    pub name: String,
    /// The themes, in ascending order.
    pub themes: Vec<ThemeCode>,
    /// Always `candidate`: only people validate a pattern.
    pub status: PatternStatus,
    /// The number of distinct respondents who mention every theme of the group.
    pub respondents: u32,
    /// `respondents` divided by all distinct respondents in the input.
    pub share: f64,
    /// The supporting fragments that are needs.
    pub needs: Vec<FragmentRef>,
    /// The supporting fragments that are wants.
    pub wants: Vec<FragmentRef>,
    /// The supporting fragments that are demands.
    pub demands: Vec<FragmentRef>,
    /// The supporting fragments that are contributions.
    pub contributions: Vec<FragmentRef>,
    /// Other themes mentioned by at least K of the supporting respondents.
    pub co_occurring: Vec<CoOccurrence>,
}

/// A fragment of the input, by its position and its respondent.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FragmentRef {
    /// The fragment's 0-based position in the input.
    pub index: u32,
    /// Its respondent.
    pub respondent: ClientCode,
}

/// A theme that co-occurs with a candidate group.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CoOccurrence {
    /// The theme.
    pub theme: ThemeCode,
    /// How many of the group's supporting respondents also mention it.
    pub respondents: u32,
}

impl Document for CandidatePatterns {
    const KIND: &'static str = "candidate_patterns";
}

/// A fast, deterministic hasher for integer keys (FxHash's mixing step).
#[derive(Default)]
struct Fx(u64);

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(u64::from(*b));
        }
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// Checks K: a whole number of at least 1.
fn check_k(k: i64) -> Result<u32, Error> {
    u32::try_from(k).ok().filter(|k| *k >= 1).ok_or_else(|| {
        Error::invalid(Path::root().key("min_respondents"), "expected a whole number from 1 to 4294967295")
    })
}

/// Gives each distinct name an id in ascending name order; returns the names and the ids of
/// `items` in their order.
fn intern<'a, T: Ord + core::hash::Hash>(items: impl Iterator<Item = &'a T> + Clone) -> (Vec<&'a T>, Vec<u32>) {
    let mut names: Vec<&T> = items.clone().collect();
    names.sort_unstable();
    names.dedup();
    let ids: FxMap<&T, u32> = names.iter().enumerate().map(|(i, n)| (*n, i as u32)).collect();
    // Every item is among `names`, so the lookup cannot miss; u32::MAX is never reached.
    let out = items.map(|s| ids.get(s).copied().unwrap_or(u32::MAX)).collect();
    (names, out)
}

fn count_u32(n: usize) -> u32 {
    // Inputs are at most 64 MiB, so counts stay far below u32::MAX; saturate to be safe.
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Finds the candidate patterns in `fragments`: the groups of one or two themes mentioned by
/// at least `min_respondents` distinct respondents (see the module documentation).
///
/// ```
/// use steun::pattern::{find_candidates, StoryFragment};
///
/// let fragments: Vec<StoryFragment> = steun::json::from_json(r#"[
///   {"respondent": "R-01", "kind": "need", "themes": ["mobility"], "text": "'s Avonds rijdt er geen bus"},
///   {"respondent": "R-02", "kind": "want", "themes": ["mobility"], "text": "Ik wil naar de moskee"},
///   {"respondent": "R-02", "kind": "need", "themes": ["mobility"], "text": "Ik weet niet welk vervoer er is"}
/// ]"#)?;
/// let found = find_candidates(&fragments, 2)?;
/// assert_eq!(found.candidates[0].name, "mobility");
/// assert_eq!(found.candidates[0].respondents, 2); // R-02 counts once
/// assert_eq!(found.candidates[0].needs.len(), 2);
/// assert!(find_candidates(&fragments, 0).is_err());
/// # Ok::<(), steun::Error>(())
/// ```
pub fn find_candidates(fragments: &[StoryFragment], min_respondents: i64) -> Result<CandidatePatterns, Error> {
    let k = check_k(min_respondents)?;
    for (i, f) in fragments.iter().enumerate() {
        f.check_at(Path::root().index(i))?;
    }
    let (resp_names, frag_resp) = intern(fragments.iter().map(|f| &f.respondent));
    let (theme_names, flat_themes) = intern(fragments.iter().flat_map(|f| f.themes.iter()));
    let (nr, nt) = (resp_names.len(), theme_names.len());

    // Each fragment's theme ids, as a range into `flat_themes`.
    let mut frag_range = Vec::with_capacity(fragments.len());
    let mut at = 0;
    for f in fragments {
        frag_range.push(at..at + f.themes.len());
        at += f.themes.len();
    }
    // Per respondent: their fragments (in input order) and the themes they mention.
    let mut resp_frags: Vec<Vec<u32>> = vec![Vec::new(); nr];
    let mut resp_themes: Vec<Vec<u32>> = vec![Vec::new(); nr];
    for (i, r) in frag_resp.iter().enumerate() {
        resp_frags[*r as usize].push(i as u32);
        resp_themes[*r as usize].extend_from_slice(&flat_themes[frag_range[i].clone()]);
    }
    let mut support = vec![0u32; nt];
    for ts in &mut resp_themes {
        ts.sort_unstable();
        ts.dedup();
        for t in ts.iter() {
            support[*t as usize] += 1;
        }
    }

    // Pairs of frequent themes, counted per respondent.
    let mut pairs: FxMap<u64, u32> = FxMap::default();
    let mut frequent: Vec<u32> = Vec::new();
    for ts in &resp_themes {
        frequent.clear();
        frequent.extend(ts.iter().copied().filter(|t| support[*t as usize] >= k));
        for (i, a) in frequent.iter().enumerate() {
            for b in &frequent[i + 1..] {
                *pairs.entry((u64::from(*a) << 32) | u64::from(*b)).or_default() += 1;
            }
        }
    }
    let mut best_pair = vec![0u32; nt];
    let mut groups: Vec<(Vec<u32>, u32)> = Vec::new();
    for (key, n) in &pairs {
        if *n >= k {
            let (a, b) = ((key >> 32) as u32, (key & 0xffff_ffff) as u32);
            best_pair[a as usize] = best_pair[a as usize].max(*n);
            best_pair[b as usize] = best_pair[b as usize].max(*n);
            groups.push((vec![a, b], *n));
        }
    }
    for t in 0..nt {
        if support[t] >= k && best_pair[t] != support[t] {
            groups.push((vec![t as u32], support[t]));
        }
    }
    let name_of =
        |g: &[u32], sep: &str| g.iter().map(|t| theme_names[*t as usize].as_str()).collect::<Vec<_>>().join(sep);
    let mut named: Vec<(String, Vec<u32>, u32)> = groups.into_iter().map(|(g, n)| (name_of(&g, " + "), g, n)).collect();
    named.sort_unstable_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));

    // Which respondents mention each theme that takes part in a group, in id order.
    let mut holders: Vec<Vec<u32>> = vec![Vec::new(); nt];
    for (r, ts) in resp_themes.iter().enumerate() {
        for t in ts {
            if support[*t as usize] >= k {
                holders[*t as usize].push(r as u32);
            }
        }
    }
    let theme_code = |t: u32| theme_names[t as usize].clone();
    let resp_code = |r: u32| resp_names[r as usize].clone();
    let mut counts = vec![0u32; nt];
    let mut touched: Vec<u32> = Vec::new();
    let mut candidates = Vec::with_capacity(named.len());
    for (name, group, n) in named {
        let supporters = intersect(&holders, &group);
        let mut by_kind: [Vec<FragmentRef>; 4] = Default::default();
        for r in &supporters {
            for fi in &resp_frags[*r as usize] {
                let fi = *fi as usize;
                if flat_themes[frag_range[fi].clone()].iter().any(|t| group.contains(t)) {
                    by_kind[fragments[fi].kind as usize]
                        .push(FragmentRef { index: fi as u32, respondent: resp_code(*r) });
                }
            }
            for t in &resp_themes[*r as usize] {
                if !group.contains(t) {
                    if counts[*t as usize] == 0 {
                        touched.push(*t);
                    }
                    counts[*t as usize] += 1;
                }
            }
        }
        for list in &mut by_kind {
            list.sort_unstable_by_key(|f| f.index);
        }
        let mut co: Vec<(u32, u32)> =
            touched.iter().map(|t| (*t, counts[*t as usize])).filter(|(_, c)| *c >= k).collect();
        co.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for t in touched.drain(..) {
            counts[t as usize] = 0;
        }
        let [needs, wants, demands, contributions] = by_kind;
        candidates.push(CandidatePattern {
            id: name_of(&group, "+"),
            name,
            themes: group.iter().map(|t| theme_code(*t)).collect(),
            status: PatternStatus::Candidate,
            respondents: n,
            share: f64::from(n) / nr as f64,
            needs,
            wants,
            demands,
            contributions,
            co_occurring: co.into_iter().map(|(t, c)| CoOccurrence { theme: theme_code(t), respondents: c }).collect(),
        });
    }
    Ok(CandidatePatterns {
        instrument: INSTRUMENT.to_owned(),
        version: crate::VERSION.to_owned(),
        min_respondents: k,
        max_themes: MAX_THEMES as u32,
        respondents: count_u32(nr),
        fragments: count_u32(fragments.len()),
        candidates,
    })
}

/// The respondents who mention every theme of `group` (sorted lists, merged).
fn intersect(holders: &[Vec<u32>], group: &[u32]) -> Vec<u32> {
    let mut out = holders[group[0] as usize].clone();
    for t in &group[1..] {
        let other = &holders[*t as usize];
        let (mut i, mut j) = (0, 0);
        let mut kept = Vec::with_capacity(out.len().min(other.len()));
        while i < out.len() && j < other.len() {
            match out[i].cmp(&other[j]) {
                core::cmp::Ordering::Less => i += 1,
                core::cmp::Ordering::Greater => j += 1,
                core::cmp::Ordering::Equal => {
                    kept.push(out[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        out = kept;
    }
    out
}

/// [`find_candidates`] on JSON: a JSON array of story fragments in, the result out (compact
/// JSON). K is checked first; a bad fragment is reported with its path, e.g. `[3].kind`.
pub fn find_candidates_json(fragments: &str, min_respondents: i64) -> Result<String, Error> {
    check_k(min_respondents)?;
    let fragments: Vec<StoryFragment> = crate::json::from_json(fragments)?;
    find_candidates(&fragments, min_respondents).map(|r| r.to_json())
}
