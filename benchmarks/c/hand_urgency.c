/* The urgency rule (jaspers-2011-urgency 2.0.0, default bands) written by hand in C, as a
 * vendor would: the baseline of benchmarks/c/urgency.c. Built as its own shared library so
 * both sides are called the same way. Same structs, same checks on the input (ranges, flags,
 * reserved bytes, struct sizes), same fields filled. Not part of libsteun. */
#include <string.h>
#include "steun.h"

static const struct { int32_t band, report, reporter; uint8_t from, to; } ROWS[4] = {
    {STEUN_URGENCY_BAND_INFORMATION_ADVICE, STEUN_URGENCY_REPORT_ACTION_NO_ACTION,
     STEUN_URGENCY_REPORTER_ACTION_INFORMATION_ADVICE_SUPPORT, 0, 4},
    {STEUN_URGENCY_BAND_CONSULTATION, STEUN_URGENCY_REPORT_ACTION_TEAM_CONSULTATION,
     STEUN_URGENCY_REPORTER_ACTION_INFORMATION_ADVICE_SUPPORT_FEEDBACK, 5, 6},
    {STEUN_URGENCY_BAND_PROFESSIONAL_SERVICES, STEUN_URGENCY_REPORT_ACTION_PROFESSIONAL_SERVICES,
     STEUN_URGENCY_REPORTER_ACTION_INFORMATION_ADVICE_SUPPORT_FEEDBACK, 7, 9},
    {STEUN_URGENCY_BAND_CRISIS, STEUN_URGENCY_REPORT_ACTION_CRISIS_REPORT,
     STEUN_URGENCY_REPORTER_ACTION_INFORMATION_ADVICE_SUPPORT_FEEDBACK, 10, 10},
};

static int row_of(int score) { return score <= 4 ? 0 : score <= 6 ? 1 : score <= 9 ? 2 : 3; }

static void criterion(SteunUrgencyCriterionScore *c, int32_t which, int32_t answer, int known, int points) {
    c->criterion = which;
    c->answer = answer;
    c->points_known = (uint8_t)known;
    c->points = (uint8_t)(known ? points : 0);
    c->points_min = (uint8_t)(known ? points : 0);
    c->points_max = (uint8_t)(known ? points : 2);
}

int hand_urgency_assess(const SteunUrgencyInput *in, SteunUrgencyResult *out) {
    if (!in || !out) return STEUN_STATUS_NULL_POINTER;
    if (in->struct_size != sizeof *in || out->struct_size != sizeof *out) return STEUN_STATUS_INVALID_INPUT;
    if ((uint32_t)in->safety > 3 || (uint32_t)in->health > 3 || (uint32_t)in->wellbeing > 3 ||
        (uint32_t)in->duration > 3 || in->persons == 0 || in->minors_involved > 1 || in->over_75_involved > 1 ||
        in->reserved[0] || in->reserved[1])
        return STEUN_STATUS_INVALID_INPUT;
    SteunUrgencyResult r;
    memset(&r, 0, sizeof r);
    r.struct_size = sizeof r;
    const int32_t risks[3] = {in->safety, in->health, in->wellbeing};
    int min = 0, max = 0;
    for (int i = 0; i < 3; i++) {
        int known = risks[i] != STEUN_URGENCY_RISK_UNKNOWN;
        criterion(&r.breakdown[i], i, risks[i], known, risks[i]);
        min += known ? risks[i] : 0;
        max += known ? risks[i] : 2;
    }
    int32_t scope = in->minors_involved ? STEUN_URGENCY_ANSWER_MINOR
                    : in->over_75_involved ? STEUN_URGENCY_ANSWER_OVER75
                    : in->persons >= 2 ? STEUN_URGENCY_ANSWER_SEVERAL_PERSONS
                    : STEUN_URGENCY_ANSWER_INDIVIDUAL;
    int scope_points = scope == STEUN_URGENCY_ANSWER_INDIVIDUAL ? 0 : scope == STEUN_URGENCY_ANSWER_SEVERAL_PERSONS ? 1 : 2;
    criterion(&r.breakdown[3], STEUN_URGENCY_CRITERION_SCOPE, scope, 1, scope_points);
    min += scope_points;
    max += scope_points;
    int dknown = in->duration != STEUN_URGENCY_DURATION_UNKNOWN;
    criterion(&r.breakdown[4], STEUN_URGENCY_CRITERION_DURATION,
              dknown ? STEUN_URGENCY_ANSWER_INCIDENTAL + in->duration : STEUN_URGENCY_ANSWER_UNKNOWN, dknown, in->duration);
    min += dknown ? in->duration : 0;
    max += dknown ? in->duration : 2;
    int row = row_of(min);
    r.score = (uint8_t)min;
    r.score_min = (uint8_t)min;
    r.score_max = (uint8_t)max;
    r.max_score = 10;
    r.band = ROWS[row].band;
    r.band_from = ROWS[row].from;
    r.band_to = ROWS[row].to;
    r.report_action = ROWS[row].report;
    r.reporter_action = ROWS[row].reporter;
    r.needs_consultation = (uint8_t)(min != max);
    r.worst_band = ROWS[row_of(max)].band;
    *out = r;
    return STEUN_STATUS_OK;
}

int hand_urgency_assess_many(const SteunUrgencyInput *in, size_t n, SteunUrgencyResult *out, int32_t *status) {
    int first = STEUN_STATUS_OK;
    for (size_t i = 0; i < n; i++) {
        out[i].struct_size = sizeof out[i];
        status[i] = hand_urgency_assess(&in[i], &out[i]);
        if (status[i] && !first) first = status[i];
    }
    return first;
}
