//! Scores the signal about the widow of 78 (002:4056-4070) with the urgency instrument and
//! prints the result and its explanation in Dutch.

use steun::urgency::{assess, UrgencyInput};
use steun::{Document, Labelled, Lang};

fn main() -> Result<(), steun::Error> {
    let input = UrgencyInput::from_json(include_str!("../data/widow_78_urgency.json"))?;
    let result = assess(&input); // the typed path: no allocation
    println!("score {} of 10: {}", result.score, result.band().label(Lang::Nl));
    // The worst case, were every unknown answer 2 points (the same band when all are known).
    println!("worst case {}: {}", result.score_max, result.worst().label(Lang::Nl));
    println!("{}", result.explanation(Lang::Nl));
    Ok(())
}
