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
//!    respondents that are coded with at least one of its themes, grouped by kind, as their
//!    0-based positions in the input in ascending order (the text stays in the input, so
//!    personal text is not copied once per candidate), and the co-occurring themes: every other theme mentioned by at least K of its
//!    supporting respondents, with that number (most first, then by code).
//! 6. Groups are ordered by support (most first), then by name (the theme codes joined by
//!    " + ", the codes in ascending order).
//!
//! Larger groups show up as co-occurring themes of a pair: if {a, b} has c as a co-occurring
//! theme with count n, then a, b and c recur together in n stories. The cost is linear in the
//! fragments plus, per respondent, the cube of their number of frequent themes (for each pair
//! they support, their other themes), plus the size of the output. The [`limits`](super::limits)
//! bound each of these; an input beyond one is an [`Error::Limit`], never an abort.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::document::Document;
use crate::pattern::enums::{FragmentKind, PatternStatus};
use crate::pattern::limits::{
    exceeded, out_of_memory, try_filled, try_vec, Budget, MAX_CANDIDATES, MAX_DISTINCT_THEMES, MAX_FRAGMENT_THEMES,
    MAX_OUTPUT_BYTES,
};
use crate::pattern::theme::ThemeCode;
use crate::text::{ClientCode, FreeText};
use crate::{Error, Path};

/// The largest number of themes in one candidate group.
pub const MAX_THEMES: usize = 2;

/// The default minimum number of distinct respondents, K.
pub const DEFAULT_MIN_RESPONDENTS: i64 = 3;

/// The instrument's id, carried in every result.
pub const INSTRUMENT: &str = "steun.patterns.find";

/// The version of the finder's rules; raise it when a rule or limit changes.
pub const INSTRUMENT_VERSION: &str = "1.0.0";

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
        let n = self.themes.len();
        if n > MAX_FRAGMENT_THEMES {
            let what = format!("{n} themes on one fragment");
            return Err(exceeded(&at.key("themes"), &what, MAX_FRAGMENT_THEMES, "max_fragment_themes"));
        }
        // At most MAX_FRAGMENT_THEMES, so comparing each with those before it is bounded.
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
    /// The version of the finder's rules that computed this (formerly `version`, the crate's).
    #[serde(alias = "version")]
    pub instrument_version: String,
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
    /// The supporting fragments that are needs, by their 0-based position in the input.
    pub needs: Vec<u32>,
    /// The supporting fragments that are wants.
    pub wants: Vec<u32>,
    /// The supporting fragments that are demands.
    pub demands: Vec<u32>,
    /// The supporting fragments that are contributions.
    pub contributions: Vec<u32>,
    /// Other themes mentioned by at least K of the supporting respondents.
    pub co_occurring: Vec<CoOccurrence>,
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

/// A fast, deterministic hasher (FxHash's mixing step, then a finaliser).
#[derive(Default)]
struct Fx(u64);

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        // Multiplying only carries upwards, so the low bits that pick the bucket would depend
        // on the low bits of the last words alone, and similar keys would probe the same
        // place. Fold the high bits down (MurmurHash3's fmix64).
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^ (h >> 33)
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            self.write_u64(u64::from_le_bytes(word));
        }
        for b in chunks.remainder() {
            self.write_u64(u64::from(*b));
        }
    }
    fn write_u32(&mut self, i: u32) {
        self.write_u64(u64::from(i));
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
/// the `n` `items` in their order. Hashes first and sorts only the distinct names. When more
/// than `max` names are distinct, gives `excess(position of the first one too many)`.
fn intern<'a, T: Ord + core::hash::Hash>(
    items: impl Iterator<Item = &'a T>,
    n: usize,
    max: usize,
    at: &Path,
    excess: impl FnOnce(usize) -> Error,
) -> Result<(Vec<&'a T>, Vec<u32>), Error> {
    let mut seen: FxMap<&T, u32> = FxMap::default();
    let mut names: Vec<&T> = Vec::new();
    let mut ids: Vec<u32> = try_vec(n, at)?;
    for (pos, it) in items.enumerate() {
        let next = names.len() as u32;
        let id = *seen.entry(it).or_insert(next);
        if id == next {
            if names.len() == max {
                return Err(excess(pos));
            }
            names.push(it);
        }
        ids.push(id);
    }
    let mut order: Vec<u32> = (0..names.len() as u32).collect();
    order.sort_unstable_by(|a, b| names[*a as usize].cmp(names[*b as usize]));
    let mut rank = try_filled(names.len(), 0u32, at)?;
    for (r, o) in order.iter().enumerate() {
        rank[*o as usize] = r as u32;
    }
    let sorted = order.iter().map(|o| names[*o as usize]).collect();
    for i in &mut ids {
        *i = rank[*i as usize];
    }
    Ok((sorted, ids))
}

fn count_u32(n: usize) -> u32 {
    // Inputs are at most 64 MiB, so counts stay far below u32::MAX; saturate to be safe.
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Finds the candidate patterns in `fragments`: the groups of one or two themes mentioned by
/// at least `min_respondents` distinct respondents (see the module documentation).
///
/// An input beyond one of the [`limits`](super::limits) is an [`Error::Limit`] naming the
/// limit and the field, e.g. `[3].themes` for a fragment coded with more than
/// [`MAX_FRAGMENT_THEMES`] themes.
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
    find_candidates_at(fragments, min_respondents, &Path::root())
}

/// [`find_candidates`] on fragments found at `at` in a larger document: every error about the
/// fragments names its path under `at`, e.g. `fragments[3].themes` for `at` = `fragments`.
pub fn find_candidates_at(
    fragments: &[StoryFragment],
    min_respondents: i64,
    at: &Path,
) -> Result<CandidatePatterns, Error> {
    let k = check_k(min_respondents)?;
    for (i, f) in fragments.iter().enumerate() {
        f.check_at(at.clone().index(i))?;
    }
    let (resp_names, frag_resp) =
        intern(fragments.iter().map(|f| &f.respondent), fragments.len(), usize::MAX, at, |_| out_of_memory(at))?;
    let n_flat = fragments.iter().map(|f| f.themes.len()).sum();
    let (theme_names, flat_themes) =
        intern(fragments.iter().flat_map(|f| f.themes.iter()), n_flat, MAX_DISTINCT_THEMES, at, |pos| {
            let (i, j) = flat_position(fragments, pos);
            let what = format!("more than {MAX_DISTINCT_THEMES} distinct themes in the input");
            exceeded(&at.clone().index(i).key("themes").index(j), &what, MAX_DISTINCT_THEMES, "max_distinct_themes")
        })?;
    let (nr, nt) = (resp_names.len(), theme_names.len());

    // Each fragment's theme ids, as a range into `flat_themes`.
    let mut frag_range = try_vec(fragments.len(), at)?;
    let mut start = 0;
    for f in fragments {
        frag_range.push(start..start + f.themes.len());
        start += f.themes.len();
    }
    // Per respondent: their fragments (in input order) and the themes they mention, once each.
    let mut resp_frags: Vec<Vec<u32>> = try_filled(nr, Vec::new(), at)?;
    let mut resp_themes: Vec<Vec<u32>> = try_filled(nr, Vec::new(), at)?;
    for (i, r) in frag_resp.iter().enumerate() {
        resp_frags[*r as usize].push(i as u32);
        resp_themes[*r as usize].extend_from_slice(&flat_themes[frag_range[i].clone()]);
    }
    let mut support = try_filled(nt, 0u32, at)?;
    for ts in &mut resp_themes {
        ts.sort_unstable();
        ts.dedup();
        for t in ts.iter() {
            support[*t as usize] += 1;
        }
    }
    // A group can only be frequent if each of its themes is: keep only those.
    let mut frequent: Vec<Vec<u32>> = try_vec(nr, at)?;
    frequent.extend(resp_themes.iter().map(|ts| ts.iter().copied().filter(|t| support[*t as usize] >= k).collect()));
    drop(resp_themes);

    // Pairs, counted per respondent in a table over the frequent themes (at most
    // MAX_DISTINCT_THEMES of them, so at most 523,776 counters). The count is charged first.
    let mut budget = Budget::new(at);
    for ts in &frequent {
        let f = ts.len() as u64;
        budget.spend(f * f.saturating_sub(1) / 2)?;
    }
    let pairs = PairTable::count(&frequent, &support, k, at)?;

    // Co-occurring themes of a single theme: its frequent pairs (those of a pair: below).
    let mut best_pair = try_filled(nt, 0u32, at)?;
    let mut n_pairs = 0usize;
    pairs.each_frequent(k, |a, b, n| {
        n_pairs += 1;
        best_pair[a as usize] = best_pair[a as usize].max(n);
        best_pair[b as usize] = best_pair[b as usize].max(n);
    });
    let is_single = |t: usize| support[t] >= k && best_pair[t] != support[t];
    let n_candidates = n_pairs + (0..nt).filter(|t| is_single(*t)).count();
    if n_candidates > MAX_CANDIDATES {
        let what = format!("{n_candidates} candidate patterns at min_respondents {k}; raise min_respondents");
        return Err(exceeded(at, &what, MAX_CANDIDATES, "max_candidates"));
    }
    let mut co_single: Vec<Vec<(u32, u32)>> = try_filled(nt, Vec::new(), at)?;
    let mut groups: Vec<(Vec<u32>, u32)> = try_vec(n_candidates, at)?;
    pairs.each_frequent(k, |a, b, n| {
        co_single[a as usize].push((b, n));
        co_single[b as usize].push((a, n));
        groups.push((vec![a, b], n));
    });
    for (t, n) in support.iter().enumerate() {
        if is_single(t) {
            groups.push((vec![t as u32], *n));
        }
    }
    drop(pairs);
    let name_of =
        |g: &[u32], sep: &str| g.iter().map(|t| theme_names[*t as usize].as_str()).collect::<Vec<_>>().join(sep);
    let mut named: Vec<(String, Vec<u32>, u32)> = groups.into_iter().map(|(g, n)| (name_of(&g, " + "), g, n)).collect();
    named.sort_unstable_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));

    // Per frequent theme: which respondents mention it, and its postings (the fragments coded
    // with it), both in respondent order, so a candidate's fragments come from merging sorted
    // lists rather than from visiting each supporter's story.
    let mut holders: Vec<Vec<u32>> = try_filled(nt, Vec::new(), at)?;
    for (r, ts) in frequent.iter().enumerate() {
        for t in ts {
            holders[*t as usize].push(r as u32);
        }
    }
    let mut postings: Vec<Vec<Posting>> = try_filled(nt, Vec::new(), at)?;
    for (r, frags) in resp_frags.iter().enumerate() {
        for fi in frags {
            let f = *fi as usize;
            for t in &flat_themes[frag_range[f].clone()] {
                if support[*t as usize] >= k {
                    postings[*t as usize].push(Posting { resp: r as u32, frag: *fi, kind: fragments[f].kind });
                }
            }
        }
    }
    let theme_code = |t: u32| theme_names[t as usize].clone();
    let mut counts = try_filled(nt, 0u32, at)?;
    let mut bytes = 0usize;
    let mut candidates = try_vec(named.len(), at)?;
    for (name, group, n) in named {
        let mut by_kind: [Vec<u32>; 4] = Default::default();
        let mut co = match group[..] {
            [a, b] => {
                let (a, b) = (a as usize, b as usize);
                let (pa, pb, ha, hb) = (&postings[a], &postings[b], &holders[a], &holders[b]);
                budget.spend((pa.len() + pb.len() + ha.len() + hb.len()) as u64)?;
                collect_postings(pa, Some(hb), &mut by_kind);
                collect_postings(pb, Some(ha), &mut by_kind);
                for list in &mut by_kind {
                    // A fragment coded with both themes came from both lists.
                    list.sort_unstable();
                    list.dedup();
                }
                let supporters = intersect(ha, hb);
                budget.spend(supporters.iter().map(|r| frequent[*r as usize].len() as u64).sum())?;
                co_occurring(&supporters, &frequent, &group, k, &mut counts)
            }
            _ => {
                let t = group[0] as usize;
                budget.spend((postings[t].len() + co_single[t].len()) as u64)?;
                collect_postings(&postings[t], None, &mut by_kind);
                for list in &mut by_kind {
                    list.sort_unstable();
                }
                std::mem::take(&mut co_single[t])
            }
        };
        co.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
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
        // At most one candidate past the limit is built: no more than its theme's postings.
        bytes += candidates.last().map_or(0, json_bound);
        if bytes > MAX_OUTPUT_BYTES {
            let what = "the candidates would take more bytes of JSON than allowed; raise min_respondents";
            return Err(exceeded(at, what, MAX_OUTPUT_BYTES, "max_output_bytes"));
        }
    }
    Ok(CandidatePatterns {
        instrument: INSTRUMENT.to_owned(),
        instrument_version: INSTRUMENT_VERSION.to_owned(),
        min_respondents: k,
        max_themes: MAX_THEMES as u32,
        respondents: count_u32(nr),
        fragments: count_u32(fragments.len()),
        candidates,
    })
}

/// An upper bound of the bytes of `c` in compact JSON, with the comma after it.
fn json_bound(c: &CandidatePattern) -> usize {
    let digits = |n: u32| n.checked_ilog10().map_or(1, |d| d as usize + 1);
    // The keys, quotes and brackets take 149 bytes; `respondents` at most 10, `share` 24.
    let fixed = 149 + 10 + 24;
    let codes: usize = c.themes.iter().map(|t| t.as_str().len()).sum();
    let names = 3 * codes + 7 * c.themes.len();
    let lists = [&c.needs, &c.wants, &c.demands, &c.contributions];
    let positions: usize = lists.iter().flat_map(|l| l.iter()).map(|p| digits(*p) + 1).sum();
    let co: usize = c.co_occurring.iter().map(|x| 28 + x.theme.as_str().len() + digits(x.respondents)).sum();
    fixed + names + positions + co
}

/// The fragment and the index within its themes of the `pos`-th theme code of the input.
fn flat_position(fragments: &[StoryFragment], mut pos: usize) -> (usize, usize) {
    for (i, f) in fragments.iter().enumerate() {
        if pos < f.themes.len() {
            return (i, pos);
        }
        pos -= f.themes.len();
    }
    (fragments.len(), 0)
}

/// The number of respondents who mention each pair of frequent themes, as a triangular table:
/// row `a` holds the pairs (a, b) for b > a, `a` and `b` being places among the frequent themes.
struct PairTable {
    /// The frequent themes in ascending order.
    themes: Vec<u32>,
    counts: Vec<u32>,
}

impl PairTable {
    /// Counts, per respondent, every pair of their frequent themes (each list ascending).
    fn count(frequent: &[Vec<u32>], support: &[u32], k: u32, at: &Path) -> Result<Self, Error> {
        let themes: Vec<u32> = (0..support.len() as u32).filter(|t| support[*t as usize] >= k).collect();
        let nf = themes.len();
        let mut place = try_filled(support.len(), 0usize, at)?;
        for (i, t) in themes.iter().enumerate() {
            place[*t as usize] = i;
        }
        let mut counts = try_filled(nf * nf.saturating_sub(1) / 2, 0u32, at)?;
        let mut mine: Vec<usize> = Vec::new();
        for ts in frequent {
            mine.clear();
            mine.extend(ts.iter().map(|t| place[*t as usize]));
            for (i, a) in mine.iter().enumerate() {
                // Pair (a, b) is at row_start(a) + b - a - 1.
                let row = a * (2 * nf - a - 1) / 2;
                for b in &mine[i + 1..] {
                    counts[row + b - a - 1] += 1;
                }
            }
        }
        Ok(PairTable { themes, counts })
    }

    /// Calls `f(a, b, n)` for each pair of themes a < b that `n` ≥ `k` respondents mention.
    fn each_frequent(&self, k: u32, mut f: impl FnMut(u32, u32, u32)) {
        let nf = self.themes.len();
        let mut at = 0;
        for a in 0..nf {
            for b in a + 1..nf {
                let n = self.counts[at];
                at += 1;
                if n >= k {
                    f(self.themes[a], self.themes[b], n);
                }
            }
        }
    }
}

/// A fragment coded with a theme: its respondent, position and kind.
#[derive(Clone, Copy)]
struct Posting {
    resp: u32,
    frag: u32,
    kind: FragmentKind,
}

/// Adds the postings' fragments to their kind's list; with `only`, just those whose
/// respondent is in that sorted list (both lists are in respondent order).
fn collect_postings(postings: &[Posting], only: Option<&[u32]>, by_kind: &mut [Vec<u32>; 4]) {
    match only {
        None => {
            for p in postings {
                by_kind[p.kind as usize].push(p.frag);
            }
        }
        Some(only) => {
            let mut j = 0;
            for p in postings {
                while j < only.len() && only[j] < p.resp {
                    j += 1;
                }
                if j == only.len() {
                    break;
                }
                if only[j] == p.resp {
                    by_kind[p.kind as usize].push(p.frag);
                }
            }
        }
    }
}

/// The respondents in both sorted lists.
fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(a.len().min(b.len()));
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            core::cmp::Ordering::Less => i += 1,
            core::cmp::Ordering::Greater => j += 1,
            core::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// The themes outside `group` that at least `k` of `supporters` mention, with that number.
/// `counts` is all zeros on entry and on return.
fn co_occurring(
    supporters: &[u32],
    frequent: &[Vec<u32>],
    group: &[u32],
    k: u32,
    counts: &mut [u32],
) -> Vec<(u32, u32)> {
    let mut touched = Vec::new();
    for r in supporters {
        for t in &frequent[*r as usize] {
            let c = &mut counts[*t as usize];
            if *c == 0 {
                touched.push(*t);
            }
            *c += 1;
        }
    }
    let mut out = Vec::new();
    for t in touched {
        let c = std::mem::take(&mut counts[t as usize]);
        if c >= k && !group.contains(&t) {
            out.push((t, c));
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_bound_is_an_upper_bound_close_to_the_json() {
        let mut seed: u64 = 0xB0B;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let names: Vec<String> = (0..8).map(|i| format!("t{i}{}", "x".repeat(8 * i))).collect();
        let kinds = [FragmentKind::Need, FragmentKind::Want, FragmentKind::Demand, FragmentKind::Contribution];
        let mut checked = 0;
        for _ in 0..60 {
            let fragments: Vec<StoryFragment> = (0..next(400))
                .map(|_| {
                    let mut themes: Vec<ThemeCode> = Vec::new();
                    for _ in 0..1 + next(4) {
                        let t = ThemeCode::new(&names[next(8) as usize]).unwrap();
                        if !themes.contains(&t) {
                            themes.push(t);
                        }
                    }
                    StoryFragment {
                        respondent: ClientCode::new(&format!("R-{:03}", next(300))).unwrap(),
                        kind: kinds[next(4) as usize],
                        themes,
                        text: FreeText::new(""),
                    }
                })
                .collect();
            let found = find_candidates(&fragments, 1 + next(3) as i64).unwrap();
            for c in &found.candidates {
                let actual = serde_json::to_string(c).unwrap().len() + 1;
                let bound = json_bound(c);
                assert!(actual <= bound && bound <= actual + 40, "{actual} {bound}");
                checked += 1;
            }
        }
        assert!(checked > 500, "{checked}");
    }
}
