/* The urgency instrument through the C ABI: the typed path against rules written out here,
 * the JSON operations against the shared expected output (byte for byte, as Rust and
 * Python), errors, NULLs. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include "steun.h"
#include "check.h"

/* Independent rules (002:3959-4006, 5-6 consultation as interpreted): points per answer,
 * -1 for unknown. */
static int risk_points(int32_t r) { return r == STEUN_URGENCY_RISK_UNKNOWN ? -1 : (int)r; }
static int duration_points(int32_t d) { return d == STEUN_URGENCY_DURATION_UNKNOWN ? -1 : (int)d; }
static int32_t band_of(int score) {
    if (score <= 4) return STEUN_URGENCY_BAND_INFORMATION_ADVICE;
    if (score <= 6) return STEUN_URGENCY_BAND_CONSULTATION;
    if (score <= 9) return STEUN_URGENCY_BAND_PROFESSIONAL_SERVICES;
    return STEUN_URGENCY_BAND_CRISIS;
}

static SteunUrgencyInput make(int32_t s, int32_t h, int32_t w, uint32_t persons, uint8_t minors, uint8_t old,
                              int32_t d) {
    SteunUrgencyInput in;
    SIZED(in);
    in.safety = s;
    in.health = h;
    in.wellbeing = w;
    in.persons = persons;
    in.minors_involved = minors;
    in.over_75_involved = old;
    in.duration = d;
    return in;
}

static void test_every_combination(void) {
    struct { uint32_t persons; uint8_t minors, old; int points; int32_t answer; } scopes[] = {
        {1, 0, 0, 0, STEUN_URGENCY_ANSWER_INDIVIDUAL}, {2, 0, 0, 1, STEUN_URGENCY_ANSWER_SEVERAL_PERSONS},
        {1, 1, 0, 2, STEUN_URGENCY_ANSWER_MINOR},      {1, 0, 1, 2, STEUN_URGENCY_ANSWER_OVER75},
        {3, 1, 1, 2, STEUN_URGENCY_ANSWER_MINOR},
    };
    int bad = 0, n = 0;
    for (int s = 0; s < 4; s++)
        for (int h = 0; h < 4; h++)
            for (int w = 0; w < 4; w++)
                for (int d = 0; d < 4; d++)
                    for (size_t k = 0; k < sizeof scopes / sizeof scopes[0]; k++) {
                        SteunUrgencyInput in = make(s, h, w, scopes[k].persons, scopes[k].minors, scopes[k].old, d);
                        int pts[5] = {risk_points(in.safety), risk_points(in.health), risk_points(in.wellbeing),
                                      scopes[k].points, duration_points(in.duration)};
                        int min = 0, max = 0;
                        bool unknown = false;
                        for (int i = 0; i < 5; i++) {
                            min += pts[i] < 0 ? 0 : pts[i];
                            max += pts[i] < 0 ? 2 : pts[i];
                            unknown = unknown || pts[i] < 0;
                        }
                        SteunUrgencyResult r;
                        SIZED(r);
                        n++;
                        if (steun_urgency_assess(&in, &r) != STEUN_STATUS_OK) { bad++; continue; }
                        bool ok = r.score == min && r.score_min == min && r.score_max == max && r.max_score == 10 &&
                                  r.band == band_of(min) && r.worst_band == band_of(max) &&
                                  r.struct_size == STEUN_URGENCY_RESULT_SIZE_V2 &&
                                  r.needs_consultation == unknown && (r.band != STEUN_URGENCY_BAND_CRISIS || !unknown) &&
                                  r.breakdown[3].answer == scopes[k].answer && r.breakdown[3].points == scopes[k].points;
                        for (int i = 0; i < 5; i++) {
                            ok = ok && (int)r.breakdown[i].criterion == i;
                            ok = ok && r.breakdown[i].points_known == (pts[i] >= 0);
                            ok = ok && r.breakdown[i].points_min == (pts[i] < 0 ? 0 : pts[i]);
                            ok = ok && r.breakdown[i].points_max == (pts[i] < 0 ? 2 : pts[i]);
                        }
                        if (!ok) bad++;
                    }
    CHECK(n == 4 * 4 * 4 * 4 * 5);
    CHECK(bad == 0);
}

static void test_widow(void) {
    /* 002:4056-4070: moderate health and wellbeing, over 75, duration not told: 4..6. The
     * known evidence is "nog niet ernstig"; the unknown asks for consultation; the worst
     * case is the 5-6 band. */
    SteunUrgencyInput in = make(STEUN_URGENCY_RISK_NONE, STEUN_URGENCY_RISK_MODERATE, STEUN_URGENCY_RISK_MODERATE, 1,
                                0, 1, STEUN_URGENCY_DURATION_UNKNOWN);
    SteunUrgencyResult r;
    SIZED(r);
    CHECK_STATUS(steun_urgency_assess(&in, &r), STEUN_STATUS_OK);
    CHECK(r.score == 4 && r.score_min == 4 && r.score_max == 6);
    CHECK(r.band == STEUN_URGENCY_BAND_INFORMATION_ADVICE && r.band_from == 0 && r.band_to == 4);
    CHECK(r.worst_band == STEUN_URGENCY_BAND_CONSULTATION);
    CHECK(r.report_action == STEUN_URGENCY_REPORT_ACTION_NO_ACTION);
    CHECK(r.reporter_action == STEUN_URGENCY_REPORTER_ACTION_INFORMATION_ADVICE_SUPPORT);
    CHECK(r.needs_consultation);
    CHECK(!r.breakdown[4].points_known && r.breakdown[4].answer == STEUN_URGENCY_ANSWER_UNKNOWN);

    char *text = NULL;
    CHECK_STATUS(steun_urgency_explain(&in, STEUN_LANG_NL, &text), STEUN_STATUS_OK);
    CHECK(CONTAINS(text, "Gezondheid: Matig risico, 1 punt."));
    steun_string_free(text);
    CHECK_STATUS(steun_urgency_explain(&in, STEUN_LANG_EN, &text), STEUN_STATUS_OK);
    CHECK(CONTAINS(text, "Scope: Person(s) over 75, 2 points."));
    CHECK(CONTAINS(text, "Unknown: Duration."));
    CHECK(CONTAINS(text, "score 6, band Consultation"));
    steun_string_free(text);
}

static void test_unknowns_about_a_child(void) {
    /* Issue 17's review case: nothing known yet about a child. Not a crisis from the unknowns
     * alone: the band of the known 2 points, consultation, and the worst case shown. */
    SteunUrgencyInput in = make(STEUN_URGENCY_RISK_UNKNOWN, STEUN_URGENCY_RISK_UNKNOWN, STEUN_URGENCY_RISK_UNKNOWN, 1,
                                1, 0, STEUN_URGENCY_DURATION_UNKNOWN);
    SteunUrgencyResult r;
    SIZED(r);
    CHECK_STATUS(steun_urgency_assess(&in, &r), STEUN_STATUS_OK);
    CHECK(r.score == 2 && r.score_max == 10);
    CHECK(r.band == STEUN_URGENCY_BAND_INFORMATION_ADVICE);
    CHECK(r.report_action != STEUN_URGENCY_REPORT_ACTION_CRISIS_REPORT);
    CHECK(r.worst_band == STEUN_URGENCY_BAND_CRISIS);
    CHECK(r.needs_consultation);
}

static void test_typed_errors(void) {
    SteunUrgencyInput in = make(STEUN_URGENCY_RISK_NONE, STEUN_URGENCY_RISK_NONE, STEUN_URGENCY_RISK_NONE, 0, 0, 0,
                                STEUN_URGENCY_DURATION_INCIDENTAL);
    SteunUrgencyResult r;
    memset(&r, 0x5a, sizeof r);
    r.struct_size = sizeof r;
    CHECK_STATUS(steun_urgency_assess(&in, &r), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "scope.persons") == 0);
    CHECK(CONTAINS(steun_last_error_message(), ">= 1"));
    CHECK(r.score == 0x5a && r.struct_size == sizeof r); /* untouched on error */

    in.persons = 1;
    in.health = 7;
    CHECK_STATUS(steun_urgency_assess(&in, &r), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "risks.health") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "0 (STEUN_URGENCY_RISK_NONE), 1 (STEUN_URGENCY_RISK_MODERATE)"));
    in.health = STEUN_URGENCY_RISK_NONE;
    in.duration = -1;
    CHECK_STATUS(steun_urgency_assess(&in, &r), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "duration") == 0);
    in.duration = STEUN_URGENCY_DURATION_INCIDENTAL;

    CHECK_STATUS(steun_urgency_assess(NULL, &r), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_urgency_assess(&in, NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_urgency_assess_with(&in, NULL, &r), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_urgency_explain(&in, STEUN_LANG_EN, NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_urgency_explain(NULL, STEUN_LANG_EN, NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_urgency_assess(&in, &r), STEUN_STATUS_OK);
}

static void test_bands(void) {
    const char *bands_json =
        "{\"bands\":[{\"band\":\"information_advice\",\"score_from\":0,\"score_to\":5,\"report_action\":\"no_action\","
        "\"reporter_action\":\"information_advice_support\"},{\"band\":\"crisis\",\"score_from\":6,\"score_to\":10,"
        "\"report_action\":\"crisis_report\",\"reporter_action\":\"information_advice_support_feedback\"}]}";
    SteunUrgencyBands *bands = NULL;
    CHECK_STATUS(steun_urgency_bands_from_json(bands_json, &bands), STEUN_STATUS_OK);
    SteunUrgencyInput in = make(STEUN_URGENCY_RISK_SEVERE, STEUN_URGENCY_RISK_SEVERE, STEUN_URGENCY_RISK_MODERATE, 1,
                                0, 0, STEUN_URGENCY_DURATION_INCIDENTAL);
    SteunUrgencyResult r;
    SIZED(r);
    CHECK_STATUS(steun_urgency_assess(&in, &r), STEUN_STATUS_OK);
    CHECK(r.band == STEUN_URGENCY_BAND_CONSULTATION);
    CHECK_STATUS(steun_urgency_assess_with(&in, bands, &r), STEUN_STATUS_OK);
    CHECK(r.band == STEUN_URGENCY_BAND_INFORMATION_ADVICE && r.band_to == 5);
    in.wellbeing = STEUN_URGENCY_RISK_SEVERE;
    CHECK_STATUS(steun_urgency_assess_with(&in, bands, &r), STEUN_STATUS_OK);
    CHECK(r.band == STEUN_URGENCY_BAND_CRISIS && r.report_action == STEUN_URGENCY_REPORT_ACTION_CRISIS_REPORT);
    steun_urgency_bands_free(bands);
    steun_urgency_bands_free(NULL);

    char *out = NULL;
    const char *one = "{\"risks\":{\"safety\":\"severe\",\"health\":\"severe\",\"wellbeing\":\"moderate\"},"
                      "\"scope\":{\"persons\":1,\"minors_involved\":false,\"over_75_involved\":false},"
                      "\"duration\":\"incidental\"}";
    char *req = join("{\"input\":", one, ",\"bands\":", bands_json, "}", NULL);
    CHECK_STATUS(steun_urgency_assess_with_bands(req, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"band\":\"information_advice\""));
    steun_string_free(out);
    free(req);
    out = NULL;
    bands = NULL;
    CHECK_STATUS(steun_urgency_bands_from_json("{\"bands\":[]}", &bands), STEUN_STATUS_INVALID_INPUT);
    CHECK(bands == NULL);
    CHECK(strcmp(steun_last_error_path(), "bands") == 0);
    const char *gap = "{\"bands\":[{\"band\":\"information_advice\",\"score_from\":0,\"score_to\":4,\"report_action\":\"no_action\","
                      "\"reporter_action\":\"information_advice_support\"},{\"band\":\"crisis\",\"score_from\":6,\"score_to\":10,"
                      "\"report_action\":\"crisis_report\",\"reporter_action\":\"information_advice_support_feedback\"}]}";
    req = join("{\"input\":", one, ",\"bands\":", gap, "}", NULL);
    CHECK_STATUS(steun_urgency_assess_with_bands(req, &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(out == NULL);
    CHECK(strcmp(steun_last_error_path(), "bands.bands[1].score_from") == 0);
    free(req);
    CHECK_STATUS(steun_urgency_assess_with_bands(NULL, &out), STEUN_STATUS_NULL_POINTER);
    /* The default table as JSON reads back as a band table. */
    CHECK_STATUS(steun_urgency_default_bands("{}", &out), STEUN_STATUS_OK);
    bands = NULL;
    CHECK_STATUS(steun_urgency_bands_from_json(out, &bands), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"band\":\"consultation\",\"score_from\":5,\"score_to\":6"));
    steun_urgency_bands_free(bands);
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_urgency_bands_from_json(NULL, &bands), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_urgency_bands_from_json(bands_json, NULL), STEUN_STATUS_NULL_POINTER);
}

/* The expected file is the CLI's output for the array of cases: `[R1,R2,...]` plus a newline,
 * each result an object starting with {"instrument":. Each case scored alone, and each item
 * of the batch, gives the same bytes. */
static void test_json(const char *cases_path, const char *expected_path) {
    char *cases = read_file(cases_path);
    char *expected = read_file(expected_path);
    CHECK(cases != NULL && expected != NULL);
    if (cases && expected) {
        char *req = join("{\"inputs\":", cases, "}", NULL);
        char *batch = NULL;
        CHECK_STATUS(steun_urgency_assess_batch(req, &batch), STEUN_STATUS_OK);
        CHECK(CONTAINS(batch, "\"errors\":0"));
        size_t results = 0;
        const char *start = "{\"instrument\":";
        for (char *r = strstr(expected, start); r; results++) {
            char *next = strstr(r + 1, start);
            /* Cut this result out of the array: up to the comma before the next one, or the `]`. */
            char *end = next ? next - 1 : strrchr(expected, ']');
            CHECK(end != NULL);
            if (!end) break;
            char saved = *end;
            *end = '\0';
            char *item = join("{\"result\":", r, "}", NULL);
            CHECK(CONTAINS(batch, item));
            free(item);
            *end = saved;
            r = next;
        }
        CHECK(results == count(cases, "\"risks\""));
        CHECK(results >= 9);
        steun_string_free(batch);
        free(req);
    }
    free(cases);
    free(expected);

    char *out = NULL;
    CHECK_STATUS(steun_urgency_assess_json("{\"risks\":{\"safety\":\"none\",\"health\":\"none\",\"wellbeing\":\"geheim\"},"
                                           "\"scope\":{\"persons\":1,\"minors_involved\":false,\"over_75_involved\":false},"
                                           "\"duration\":\"incidental\"}",
                                           &out),
                 STEUN_STATUS_INVALID_INPUT);
    CHECK(out == NULL);
    CHECK(strcmp(steun_last_error_path(), "risks.wellbeing") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "none, moderate, severe, unknown"));
    CHECK(!CONTAINS(steun_last_error_message(), "geheim"));
    CHECK_STATUS(steun_urgency_assess_json("{\"risks\":", &out), STEUN_STATUS_MALFORMED_JSON);
    /* One input is an object; arrays go to the batch, which reports per item. */
    CHECK_STATUS(steun_urgency_assess_json("[{}]", &out), STEUN_STATUS_INVALID_INPUT);
    CHECK_STATUS(steun_urgency_assess_batch("{\"inputs\":[{}]}", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"errors\":1") && CONTAINS(out, "\"error\":{"));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_urgency_assess_json(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_urgency_assess_json("{}", NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_urgency_assess_json("\xff", &out), STEUN_STATUS_INVALID_UTF8);
    CHECK(out == NULL);
}

/* Structs that grow: struct_size says how much of the struct the caller has. */
static void test_struct_size(void) {
    SteunUrgencyInput in = make(STEUN_URGENCY_RISK_NONE, STEUN_URGENCY_RISK_MODERATE, STEUN_URGENCY_RISK_MODERATE, 1, 0, 1,
                                STEUN_URGENCY_DURATION_STRUCTURAL_OVER_HALF_YEAR);
    SteunUrgencyResult r;
    SIZED(r);
    CHECK(sizeof in == STEUN_URGENCY_INPUT_SIZE_V1 && sizeof r == STEUN_URGENCY_RESULT_SIZE_V2);
    CHECK_STATUS(steun_urgency_assess(&in, &r), STEUN_STATUS_OK);
    CHECK(r.struct_size == sizeof r && r.score == 6);

    /* The input's size: unset, too small, absurd. */
    uint32_t bad_sizes[] = {0, 4, STEUN_URGENCY_INPUT_SIZE_V1 - 1, 4097, 0x5a5a5a5a};
    for (size_t i = 0; i < sizeof bad_sizes / sizeof bad_sizes[0]; i++) {
        in.struct_size = bad_sizes[i];
        memset(&r, 0x5a, sizeof r);
        r.struct_size = sizeof r;
        CHECK_STATUS(steun_urgency_assess(&in, &r), STEUN_STATUS_INVALID_INPUT);
        CHECK(strcmp(steun_last_error_path(), "struct_size") == 0);
        CHECK(CONTAINS(steun_last_error_message(), "sizeof"));
        CHECK(r.score == 0x5a);
    }
    in.struct_size = sizeof in;
    in.reserved[1] = 1;
    CHECK_STATUS(steun_urgency_assess(&in, &r), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "reserved") == 0);
    in.reserved[1] = 0;

    /* A host with a newer, larger struct: zero in the fields this library lacks is fine,
     * anything else is refused (it cannot honour them). */
    struct { SteunUrgencyInput v1; uint32_t newer_field; } bigger;
    memset(&bigger, 0, sizeof bigger);
    bigger.v1 = in;
    bigger.v1.struct_size = sizeof bigger;
    CHECK_STATUS(steun_urgency_assess(&bigger.v1, &r), STEUN_STATUS_OK);
    CHECK(r.score == 6);
    bigger.newer_field = 7;
    CHECK_STATUS(steun_urgency_assess(&bigger.v1, &r), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "struct_size") == 0);

    /* The output's size: steun writes no more than the caller has, and says how much it wrote. */
    struct { SteunUrgencyResult v2; uint32_t newer_field; } big_out;
    memset(&big_out, 0x77, sizeof big_out);
    big_out.v2.struct_size = sizeof big_out;
    CHECK_STATUS(steun_urgency_assess(&in, &big_out.v2), STEUN_STATUS_OK);
    CHECK(big_out.v2.struct_size == STEUN_URGENCY_RESULT_SIZE_V2 && big_out.v2.score == 6);
    CHECK(big_out.v2.worst_band == STEUN_URGENCY_BAND_CONSULTATION);
    CHECK(big_out.newer_field == 0x77777777u); /* not written */

    /* A caller built against the 84-byte layout (0.2) gets every field but worst_band, and
     * the bytes after its struct are not touched. */
    SteunUrgencyInput widow = make(STEUN_URGENCY_RISK_NONE, STEUN_URGENCY_RISK_MODERATE, STEUN_URGENCY_RISK_MODERATE, 1, 0,
                                   1, STEUN_URGENCY_DURATION_UNKNOWN);
    memset(&r, 0x5a, sizeof r);
    r.struct_size = STEUN_URGENCY_RESULT_SIZE_V1;
    CHECK_STATUS(steun_urgency_assess(&widow, &r), STEUN_STATUS_OK);
    CHECK(r.struct_size == STEUN_URGENCY_RESULT_SIZE_V1 && r.score == 4 && r.score_max == 6);
    CHECK(r.band == STEUN_URGENCY_BAND_INFORMATION_ADVICE && r.needs_consultation);
    CHECK(r.breakdown[4].answer == STEUN_URGENCY_ANSWER_UNKNOWN);
    CHECK(r.worst_band == 0x5a5a5a5a); /* past its struct_size: not written */
    /* A size between the layouts gets the whole first layout, never part of worst_band. */
    memset(&r, 0x5a, sizeof r);
    r.struct_size = STEUN_URGENCY_RESULT_SIZE_V1 + 2;
    CHECK_STATUS(steun_urgency_assess(&widow, &r), STEUN_STATUS_OK);
    CHECK(r.struct_size == STEUN_URGENCY_RESULT_SIZE_V1 && r.worst_band == 0x5a5a5a5a);
    memset(&r, 0x5a, sizeof r);
    r.struct_size = STEUN_URGENCY_RESULT_SIZE_V1 - 1;
    CHECK_STATUS(steun_urgency_assess(&in, &r), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "out.struct_size") == 0);
    CHECK(r.score == 0x5a);
}

/* The batch: each element as the single call gives it, a bad one reported by its index
 * without stopping the others, results of failed elements untouched. */
static void test_many(void) {
    enum { N = 64 };
    SteunUrgencyInput in[N];
    SteunUrgencyResult out[N], one;
    int32_t status[N];
    for (int i = 0; i < N; i++) {
        in[i] = make(i % 4 == 3 ? STEUN_URGENCY_RISK_UNKNOWN : i % 3, i % 4, (i / 4) % 3, 1u + (uint32_t)(i % 3),
                     (uint8_t)(i % 2), (uint8_t)(i % 5 == 0), i % 7 == 6 ? STEUN_URGENCY_DURATION_UNKNOWN : i % 3);
        memset(&out[i], 0xAB, sizeof out[i]);
        status[i] = -1;
    }
    in[5].persons = 0;     /* bad: no persons */
    in[40].reserved[0] = 1; /* bad: reserved byte */
    out[0].struct_size = (uint32_t)sizeof out[0];
    CHECK_STATUS(steun_urgency_assess_many(in, N, NULL, out, status), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "[5].scope.persons") == 0);
    for (int i = 0; i < N; i++) {
        if (i == 5 || i == 40) {
            CHECK(status[i] == STEUN_STATUS_INVALID_INPUT);
            CHECK(out[i].struct_size == 0xABABABABu); /* untouched */
            continue;
        }
        CHECK(status[i] == STEUN_STATUS_OK);
        SIZED(one);
        CHECK_STATUS(steun_urgency_assess(&in[i], &one), STEUN_STATUS_OK);
        CHECK(memcmp(&one, &out[i], sizeof one) == 0);
    }
    /* All good: OK, and the last error is cleared. */
    in[5].persons = 2;
    in[40].reserved[0] = 0;
    CHECK_STATUS(steun_urgency_assess_many(in, N, NULL, out, status), STEUN_STATUS_OK);
    CHECK(strlen(steun_last_error_message()) == 0);
    /* An element whose struct_size differs from the first's fails on its own. */
    in[9].struct_size = STEUN_URGENCY_INPUT_SIZE_V1 + 4;
    CHECK_STATUS(steun_urgency_assess_many(in, N, NULL, out, status), STEUN_STATUS_INVALID_INPUT);
    CHECK(status[9] == STEUN_STATUS_INVALID_INPUT && status[8] == STEUN_STATUS_OK);
    CHECK(strcmp(steun_last_error_path(), "[9].struct_size") == 0);
    in[9].struct_size = (uint32_t)sizeof in[9];
    /* Nothing to do; NULL arrays. */
    CHECK_STATUS(steun_urgency_assess_many(NULL, 0, NULL, NULL, NULL), STEUN_STATUS_OK);
    CHECK_STATUS(steun_urgency_assess_many(in, N, NULL, out, NULL), STEUN_STATUS_NULL_POINTER);
    /* A bad result struct_size is refused before any work. */
    out[0].struct_size = 3;
    status[0] = -1;
    CHECK_STATUS(steun_urgency_assess_many(in, N, NULL, out, status), STEUN_STATUS_INVALID_INPUT);
    CHECK(status[0] == -1 && strcmp(steun_last_error_path(), "[0].out.struct_size") == 0);
}

int main(int argc, char **argv) {
    const char *cases = argc > 2 ? argv[1] : "tests/data/urgency_cases.json";
    const char *expected = argc > 2 ? argv[2] : "tests/data/urgency_expected.json";
    test_every_combination();
    test_widow();
    test_unknowns_about_a_child();
    test_typed_errors();
    test_bands();
    test_struct_size();
    test_many();
    test_json(cases, expected);
    return check_summary("test_urgency");
}
