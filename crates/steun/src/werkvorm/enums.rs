//! The coded values of the werkvormen.

use crate::lang::labelled_enum;

labelled_enum! {
    /// The eleven werkvormen in the guide's order (004:11-31).
    pub enum Werkvorm {
        /// 1. Persona's (004:79-103).
        Personas = "personas" { nl: "Persona's", en: "Personas" },
        /// 2. Klantreis, in the usage guide "cliëntenreis" (004:105-121, 004:71).
        ClientJourney = "client_journey" { nl: "Klantreis", en: "Client journey" },
        /// 3. Wereldcafé (004:123-154).
        WorldCafe = "world_cafe" { nl: "Wereldcafé", en: "World café" },
        /// 4. Landkaart Verder in samenwerken (004:156-186).
        CooperationMap = "cooperation_map" { nl: "Landkaart Verder in samenwerken", en: "Cooperation map (Verder in samenwerken)" },
        /// 5. Werkbezoek (004:188-211).
        WorkingVisit = "working_visit" { nl: "Werkbezoek", en: "Working visit" },
        /// 6. Netwerkanalyse (004:213-247).
        NetworkAnalysis = "network_analysis" { nl: "Netwerkanalyse", en: "Network analysis" },
        /// 7. Innovatiespiraal (004:250-294).
        InnovationSpiral = "innovation_spiral" { nl: "Innovatiespiraal", en: "Innovation spiral" },
        /// 8. (O)ggz-spiegel (004:296-312).
        GgzMirror = "ggz_mirror" { nl: "(O)ggz-spiegel", en: "(O)ggz mirror" },
        /// 9. De week van ... (004:314-328).
        ThemeWeek = "theme_week" { nl: "De week van ...", en: "The week of ..." },
        /// 10. Kunst & cultuur (004:330-344).
        ArtCulture = "art_culture" { nl: "Kunst & cultuur", en: "Art & culture" },
        /// 11. Mystery Guest (004:346-364).
        MysteryGuest = "mystery_guest" { nl: "Mystery Guest", en: "Mystery guest" },
    }
}

labelled_enum! {
    /// The four goals of the usage guide "Hoe kunt u de werkvormen gebruiken?" (004:59-75).
    pub enum WerkvormGoal {
        /// Kennismaken en uitwisselen (004:61-63).
        GetAcquaintedExchange = "get_acquainted_exchange" { nl: "Kennismaken en uitwisselen", en: "Getting acquainted and exchanging" },
        /// Inwoners informeren (004:65-67).
        InformResidents = "inform_residents" { nl: "Inwoners informeren", en: "Informing residents" },
        /// Aanpak vergelijken (004:69-71).
        CompareApproaches = "compare_approaches" { nl: "Aanpak vergelijken", en: "Comparing approaches" },
        /// Samenwerking stimuleren (004:73-75).
        StimulateCooperation = "stimulate_cooperation" { nl: "Samenwerking stimuleren", en: "Stimulating cooperation" },
    }
}

labelled_enum! {
    /// Where a pairing of a goal and a werkvorm comes from.
    pub enum MappingSource {
        /// The guide's own usage guide names the werkvorm for the goal (004:59-75).
        Guide = "guide" { nl: "Uit de gids (004:59-75)", en: "From the guide (004:59-75)" },
        /// steun's reading of the werkvorm's own text; not in the usage guide (interpretation W2).
        LibraryReading = "library_reading" { nl: "Lezing van steun (niet in de gids)", en: "steun's reading (not in the guide)" },
    }
}
