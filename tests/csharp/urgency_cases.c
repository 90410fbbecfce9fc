/* The cases of examples/csharp/Urgency.cs and examples/java/Urgency.java run from C, printing
 * the same lines: tests/csharp/run.sh and tests/java/run.sh require the outputs to be equal. */
#include <stdio.h>
#include "steun.h"

static const char *code(const char *enum_name, int32_t value) {
    const char *c = NULL;
    return steun_enum_code(enum_name, value, &c) == STEUN_STATUS_OK ? c : "?";
}

static void criterion(const SteunUrgencyCriterionScore *c) {
    printf(" %s=%s:%d:%d:%d:%d", code("UrgencyCriterion", c->criterion), code("UrgencyAnswer", c->answer),
           c->points_known, c->points, c->points_min, c->points_max);
}

static void assess(const char *name, int32_t safety, int32_t health, int32_t wellbeing, uint32_t persons,
                   uint8_t minors, uint8_t over75, int32_t duration) {
    SteunUrgencyInput in = {0};
    in.struct_size = sizeof in;
    in.safety = safety;
    in.health = health;
    in.wellbeing = wellbeing;
    in.persons = persons;
    in.minors_involved = minors;
    in.over_75_involved = over75;
    in.duration = duration;
    SteunUrgencyResult r = {0};
    r.struct_size = sizeof r;
    int status = steun_urgency_assess(&in, &r);
    if (status != STEUN_STATUS_OK) {
        printf("%s: status %d path %s\n", name, status, steun_last_error_path());
        return;
    }
    printf("%s: size %u score %d min %d max %d of %d band %d %s (%d-%d) worst %d %s report %s reporter %s consult %d\n",
           name, (unsigned)r.struct_size, r.score, r.score_min, r.score_max, r.max_score, (int)r.band,
           code("UrgencyBand", r.band), r.band_from, r.band_to, (int)r.worst_band, code("UrgencyBand", r.worst_band),
           code("UrgencyReportAction", r.report_action), code("UrgencyReporterAction", r.reporter_action),
           r.needs_consultation);
    printf("%s: breakdown", name);
    for (int i = 0; i < 5; i++) criterion(&r.breakdown[i]);
    printf("\n");
}

static void call(const char *op, const char *request) {
    char *response = NULL;
    int status = steun_call(op, request, &response);
    if (status != STEUN_STATUS_OK) {
        printf("%s: status %d path %s\n", op, status, steun_last_error_path());
        return;
    }
    printf("%s: %s\n", op, response);
    steun_string_free(response);
}

int main(void) {
    if (!STEUN_VERSION_COMPATIBLE(steun_version_number())) return 1;
    assess("widow_78", STEUN_URGENCY_RISK_NONE, STEUN_URGENCY_RISK_MODERATE, STEUN_URGENCY_RISK_MODERATE, 1, 0, 1,
           STEUN_URGENCY_DURATION_STRUCTURAL_OVER_HALF_YEAR);
    assess("widow_78_duration_unknown", STEUN_URGENCY_RISK_NONE, STEUN_URGENCY_RISK_MODERATE,
           STEUN_URGENCY_RISK_MODERATE, 1, 0, 1, STEUN_URGENCY_DURATION_UNKNOWN);
    assess("child_unknowns", STEUN_URGENCY_RISK_UNKNOWN, STEUN_URGENCY_RISK_UNKNOWN, STEUN_URGENCY_RISK_UNKNOWN, 1, 1,
           0, STEUN_URGENCY_DURATION_UNKNOWN);
    assess("several_severe", STEUN_URGENCY_RISK_SEVERE, STEUN_URGENCY_RISK_SEVERE, STEUN_URGENCY_RISK_MODERATE, 3, 0,
           0, STEUN_URGENCY_DURATION_STRUCTURAL_OVER_HALF_YEAR);
    assess("persons_zero", STEUN_URGENCY_RISK_NONE, STEUN_URGENCY_RISK_NONE, STEUN_URGENCY_RISK_NONE, 0, 0, 0,
           STEUN_URGENCY_DURATION_INCIDENTAL);
    call("urgency.assess",
         "{\"risks\":{\"safety\":\"none\",\"health\":\"moderate\",\"wellbeing\":\"moderate\"},"
         "\"scope\":{\"persons\":1,\"minors_involved\":false,\"over_75_involved\":true},"
         "\"duration\":\"structural_over_half_year\"}");
    call("urgency.assess", "{\"risks\":{\"safety\":\"none\"}}");
    return 0;
}
