//! How a case ends: a coded reason and, where the case goes to another organisation, the
//! handover. The reasons are those of the Veenendaal network's 2011 account
//! (002:4533-4600), so a yearly report can count outcomes as the source does.

use crate::lang::labelled_enum;
use crate::signals::case::ActionOwner;
use crate::{Date, Error, Path};

labelled_enum! {
    /// Why a case was closed (002:4533-4600, 002:4764-4767).
    pub enum CaseClosureReason {
        /// The interventions helped the client improve their situation (002:4535-4537).
        SituationImproved = "situation_improved" { nl: "Situatie verbeterd", en: "Situation improved" },
        /// Referred to the GP, a specialist or another practitioner (002:4557-4558).
        Referred = "referred" { nl: "Doorverwezen", en: "Referred" },
        /// Handed over to another organisation, e.g. MEE (002:4582-4584); needs `handover`.
        HandedOver = "handed_over" { nl: "Overgedragen", en: "Handed over" },
        /// Admitted: a care home, a hospital, sheltered housing (002:4591-4598).
        Admitted = "admitted" { nl: "Opgenomen of geplaatst", en: "Admitted or placed" },
        /// The client died (002:4537).
        ClientDied = "client_died" { nl: "Cliënt overleden", en: "Client died" },
        /// Solved outside the network after the project leader's first investigation
        /// (002:4764-4767).
        HandledOutsideNetwork = "handled_outside_network" { nl: "Buiten het netwerk opgelost", en: "Handled outside the network" },
        /// Another reason.
        Other = "other" { nl: "Andere reden", en: "Other reason" },
    }
}

/// The closure of a case.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseClosure {
    /// The day the case was closed.
    pub closed_on: Date,
    /// Why.
    pub reason: CaseClosureReason,
    /// To whom the case was handed over; required for `handed_over` (e.g. MEE,
    /// 002:4582-4584), allowed for `referred` and `admitted`.
    #[serde(default)]
    pub handover: Option<ActionOwner>,
}

impl CaseClosure {
    pub(crate) fn check_at(&self, opened: Date, at: &Path) -> Result<(), Error> {
        if self.closed_on < opened {
            return Err(Error::invalid(at.clone().key("closed_on"), "a case cannot be closed before it was opened"));
        }
        match (self.reason, &self.handover) {
            (CaseClosureReason::HandedOver, None) => Err(Error::invalid(
                at.clone().key("handover"),
                "a case closed as `handed_over` names the organisation it went to (002:4582-4584)",
            )),
            (CaseClosureReason::HandedOver | CaseClosureReason::Referred | CaseClosureReason::Admitted, Some(h)) => {
                h.check_at(&at.clone().key("handover"))
            }
            (_, Some(_)) => Err(Error::invalid(
                at.clone().key("handover"),
                "only a case closed as `handed_over`, `referred` or `admitted` has a handover",
            )),
            (_, None) => Ok(()),
        }
    }
}

/// Feedback owed to a reporter ("terugkoppeling van actie", 002:3997-4006): the urgency
/// table's reporter action asks for it above the lowest band. The reporter appears only by
/// a pseudonymous reference, so the case list can track it after the form is destroyed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReporterFeedback {
    /// The reporter's reference (a code such as `M-0001`, never a name).
    pub reporter: crate::text::ClientCode,
    /// The day of the report the feedback is about.
    pub reported_on: Date,
    /// When the feedback was given; open while absent.
    #[serde(default)]
    pub given_on: Option<Date>,
}
