//! The phases of the support process and of the Kanteling conversation.

use crate::lang::labelled_enum;

labelled_enum! {
    /// The six phases of Supportgericht Werken (002:1345-1347, table 002:1355-1453). Together
    /// they form a cycle: phase 6 (monitoring, evaluating, adjusting) may lead back to
    /// earlier phases, and since monitoring runs throughout (002:1814-1823) the process may go
    /// back to an earlier phase with a reason (`plan::process`).
    pub enum SupportPhase {
        /// 1. Ontmoeting en kennismaking.
        Meeting = "meeting" { nl: "Ontmoeting en kennismaking", en: "Meeting and getting acquainted" },
        /// 2. Informatie verzamelen, ordenen en analyseren.
        Information = "information" { nl: "Informatie verzamelen, ordenen en analyseren", en: "Gathering, ordering and analysing information" },
        /// 3. Doelen stellen.
        GoalSetting = "goal_setting" { nl: "Doelen stellen", en: "Setting goals" },
        /// 4. Plan maken.
        Planning = "planning" { nl: "Plan maken", en: "Making a plan" },
        /// 5. Plan uitvoeren.
        Execution = "execution" { nl: "Plan uitvoeren", en: "Carrying out the plan" },
        /// 6. Monitoren, evalueren en bijstellen.
        Evaluation = "evaluation" { nl: "Monitoren, evalueren en bijstellen", en: "Monitoring, evaluating and adjusting" },
    }
}

impl SupportPhase {
    /// The phase's number, 1-6.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }
}

labelled_enum! {
    /// The five phases of the Kanteling conversation (het gesprek) between municipality and
    /// citizen (002:1075-1078).
    pub enum ConversationPhase {
        /// Probleemverkenning.
        ProblemExploration = "problem_exploration" { nl: "Probleemverkenning", en: "Exploring the problem" },
        /// Probleemanalyse.
        ProblemAnalysis = "problem_analysis" { nl: "Probleemanalyse", en: "Analysing the problem" },
        /// Probleemoplossing.
        ProblemSolving = "problem_solving" { nl: "Probleemoplossing", en: "Solving the problem" },
        /// Formuleren van een ondersteuningsplan.
        SupportPlan = "support_plan" { nl: "Formuleren van een ondersteuningsplan", en: "Drawing up a support plan" },
        /// Evaluatie van het gesprek.
        Evaluation = "evaluation" { nl: "Evaluatie van het gesprek", en: "Evaluating the conversation" },
    }
}
