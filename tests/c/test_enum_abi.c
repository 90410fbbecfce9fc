/* Every value that crosses the C boundary as an enum or a flag is a plain integer that steun
 * checks: out of range is STEUN_STATUS_INVALID_INPUT with the field and the allowed values,
 * never undefined behaviour, and the next valid call works. Reproduces the review's crashes
 * (lang -1 and 65536 segfaulted, 255 aborted on a 140 TB allocation). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "steun.h"
#include "check.h"

/* BAD[0] is replaced by the first value past the end of each enum (2 for lang, 4 for the
 * four-valued ones). */
static int32_t BAD[] = {0, -1, 255, 65536, INT32_MIN};
#define NBAD (sizeof BAD / sizeof BAD[0])
/* Flags are bytes: -1 is 255 there, and 65536 and INT32_MIN do not fit one. */
static const uint8_t BAD_FLAGS[] = {2, 255, 0x80};
#define NBAD_FLAGS (sizeof BAD_FLAGS / sizeof BAD_FLAGS[0])

#define LANG_MSG "lang: expected 0 (STEUN_LANG_NL) or 1 (STEUN_LANG_EN)"
#define RISK_VALUES                                                                           \
    "expected 0 (STEUN_URGENCY_RISK_NONE), 1 (STEUN_URGENCY_RISK_MODERATE), 2 (STEUN_URGENCY_RISK_SEVERE) " \
    "or 3 (STEUN_URGENCY_RISK_UNKNOWN)"
#define DURATION_MSG                                                                                  \
    "duration: expected 0 (STEUN_URGENCY_DURATION_INCIDENTAL), 1 (STEUN_URGENCY_DURATION_STRUCTURAL_UNDER_HALF_YEAR), " \
    "2 (STEUN_URGENCY_DURATION_STRUCTURAL_OVER_HALF_YEAR) or 3 (STEUN_URGENCY_DURATION_UNKNOWN)"
#define PERSISTENCE_MSG                                                                                \
    "persistence: expected 0 (STEUN_PERSISTENCE_THREATENED), 1 (STEUN_PERSISTENCE_SITUATIONAL), "      \
    "2 (STEUN_PERSISTENCE_STRUCTURAL_COMPLEX) or 3 (STEUN_PERSISTENCE_STRUCTURAL_PSYCHIATRIC)"

static int is_error(int status, const char *path, const char *message) {
    return status == STEUN_STATUS_INVALID_INPUT && strcmp(steun_last_error_path(), path) == 0 &&
           strcmp(steun_last_error_message(), message) == 0;
}

static SteunUrgencyInput widow(void) {
    SteunUrgencyInput in;
    SIZED(in);
    in.safety = STEUN_URGENCY_RISK_NONE;
    in.health = STEUN_URGENCY_RISK_MODERATE;
    in.wellbeing = STEUN_URGENCY_RISK_MODERATE;
    in.persons = 1;
    in.minors_involved = 0;
    in.over_75_involved = 1;
    in.duration = STEUN_URGENCY_DURATION_STRUCTURAL_OVER_HALF_YEAR;
    return in;
}

/* `lang` crosses as an int32_t only into the typed steun_urgency_explain; the JSON
 * operations take the wire code ("nl", "en"), checked like every other code. */
static void test_lang(const char *bram) {
    SteunUrgencyInput in = widow();
    BAD[0] = 2;
    char *render_en = join("{\"lang\":\"en\",\"part\":\"plan\",\"case\":", bram, "}", NULL);
    char *render_bad = join("{\"lang\":\"EN\",\"part\":\"plan\",\"case\":", bram, "}", NULL);
    for (size_t i = 0; i < NBAD; i++) {
        char *out = NULL;
        CHECK(is_error(steun_urgency_explain(&in, BAD[i], &out), "lang", LANG_MSG));
        CHECK(out == NULL);
        CHECK_STATUS(steun_catalogue_label("{\"enum\":\"Dimension\",\"code\":\"rights\",\"lang\":\"EN\"}", &out),
                     STEUN_STATUS_INVALID_INPUT);
        CHECK(strcmp(steun_last_error_path(), "lang") == 0);
        CHECK_STATUS(steun_plan_render(render_bad, &out), STEUN_STATUS_INVALID_INPUT);
        CHECK(strcmp(steun_last_error_path(), "lang") == 0);
        CHECK(out == NULL);
        /* ... and valid calls afterwards work. */
        CHECK_STATUS(steun_catalogue_label("{\"enum\":\"Dimension\",\"code\":\"rights\",\"lang\":\"en\"}", &out),
                     STEUN_STATUS_OK);
        CHECK(out != NULL && strcmp(out, "{\"text\":\"Rights\"}") == 0);
        steun_string_free(out);
        out = NULL;
        CHECK_STATUS(steun_plan_render(render_en, &out), STEUN_STATUS_OK);
        CHECK(CONTAINS(out, "# PLAN OF ACTION"));
        steun_string_free(out);
        out = NULL;
        CHECK_STATUS(steun_urgency_explain(&in, STEUN_LANG_NL, &out), STEUN_STATUS_OK);
        CHECK(CONTAINS(out, "Gezondheid: Matig risico, 1 punt."));
        steun_string_free(out);
    }
    free(render_en);
    free(render_bad);
}

/* One bad value in one field, through every function that reads the struct. */
static void urgency_rejects(const SteunUrgencyInput *in, const char *path, const char *message,
                            const SteunUrgencyBands *bands) {
    SteunUrgencyResult r;
    memset(&r, 0x5a, sizeof r);
    r.struct_size = sizeof r;
    CHECK(is_error(steun_urgency_assess(in, &r), path, message));
    CHECK(is_error(steun_urgency_assess_with(in, bands, &r), path, message));
    CHECK(r.score == 0x5a); /* untouched */
    char *out = NULL;
    CHECK(is_error(steun_urgency_explain(in, STEUN_LANG_EN, &out), path, message));
    CHECK(out == NULL);
}

static void test_urgency_fields(void) {
    const char *bands_json =
        "{\"bands\":[{\"band\":\"information_advice\",\"score_from\":0,\"score_to\":5,\"report_action\":\"no_action\","
        "\"reporter_action\":\"information_advice_support\"},{\"band\":\"crisis\",\"score_from\":6,\"score_to\":10,"
        "\"report_action\":\"crisis_report\",\"reporter_action\":\"information_advice_support_feedback\"}]}";
    SteunUrgencyBands *bands = NULL;
    CHECK_STATUS(steun_urgency_bands_from_json(bands_json, &bands), STEUN_STATUS_OK);
    BAD[0] = 4;
    for (size_t i = 0; i < NBAD; i++) {
        SteunUrgencyInput in = widow();
        in.safety = BAD[i];
        urgency_rejects(&in, "risks.safety", "risks.safety: " RISK_VALUES, bands);
        in = widow();
        in.health = BAD[i];
        urgency_rejects(&in, "risks.health", "risks.health: " RISK_VALUES, bands);
        in = widow();
        in.wellbeing = BAD[i];
        urgency_rejects(&in, "risks.wellbeing", "risks.wellbeing: " RISK_VALUES, bands);
        in = widow();
        in.duration = BAD[i];
        urgency_rejects(&in, "duration", DURATION_MSG, bands);
        /* A valid call afterwards: the widow of 78 scores 6 (002:4056-4070). */
        in = widow();
        SteunUrgencyResult r;
        SIZED(r);
        CHECK_STATUS(steun_urgency_assess(&in, &r), STEUN_STATUS_OK);
        CHECK(r.score == 6 && r.band == STEUN_URGENCY_BAND_CONSULTATION && r.needs_consultation == 0);
        CHECK(r.breakdown[3].answer == STEUN_URGENCY_ANSWER_OVER75 && r.breakdown[3].points_known == 1);
    }
    for (size_t i = 0; i < NBAD_FLAGS; i++) {
        SteunUrgencyInput in = widow();
        in.minors_involved = BAD_FLAGS[i];
        urgency_rejects(&in, "scope.minors_involved", "scope.minors_involved: expected 0 (false) or 1 (true)", bands);
        in = widow();
        in.over_75_involved = BAD_FLAGS[i];
        urgency_rejects(&in, "scope.over_75_involved", "scope.over_75_involved: expected 0 (false) or 1 (true)", bands);
        in = widow();
        SteunUrgencyResult r;
        SIZED(r);
        CHECK_STATUS(steun_urgency_assess_with(&in, bands, &r), STEUN_STATUS_OK);
        CHECK(r.score == 6 && r.band == STEUN_URGENCY_BAND_CRISIS);
    }
    steun_urgency_bands_free(bands);
}

static void test_isolation_fields(void) {
    BAD[0] = 4;
    for (size_t i = 0; i < NBAD; i++) {
        SteunIsolationInput in;
        SIZED(in);
        in.persistence = BAD[i];
        in.participation_oriented = 1;
        SteunIsolationResult out;
        memset(&out, 0x5a, sizeof out);
        out.struct_size = sizeof out;
        CHECK(is_error(steun_isolation_classify(&in, &out), "persistence", PERSISTENCE_MSG));
        CHECK(out.category == 0x5a);
        in.persistence = STEUN_PERSISTENCE_STRUCTURAL_PSYCHIATRIC;
        CHECK_STATUS(steun_isolation_classify(&in, &out), STEUN_STATUS_OK);
        CHECK(out.isolation_type == STEUN_ISOLATION_TYPE_HOPEFULS && out.category == 4 && out.network_case == 1);
    }
    for (size_t i = 0; i < NBAD_FLAGS; i++) {
        SteunIsolationInput in;
        SIZED(in);
        in.persistence = STEUN_PERSISTENCE_SITUATIONAL;
        in.participation_oriented = BAD_FLAGS[i];
        SteunIsolationResult out;
        memset(&out, 0x5a, sizeof out);
        out.struct_size = sizeof out;
        CHECK(is_error(steun_isolation_classify(&in, &out), "participation_oriented",
                       "participation_oriented: expected 0 (false) or 1 (true)"));
        CHECK(out.category == 0x5a);
        in.participation_oriented = 0;
        CHECK_STATUS(steun_isolation_classify(&in, &out), STEUN_STATUS_OK);
        CHECK(out.isolation_type == STEUN_ISOLATION_TYPE_DEPENDENTS && out.participation_interventions_realistic == 1);
    }
}

/* The fields are fixed-width integers in an explicit layout without padding: the layout
 * does not depend on the compiler's enum size (-fshort-enums) and is the one the C# and Java
 * declarations in docs/c-integration.md give. */
#define AT(type, field, want) CHECK(offsetof(type, field) == (want))
static void test_layout(void) {
    CHECK(sizeof(SteunUrgencyInput) == 28);
    AT(SteunUrgencyInput, struct_size, 0);
    AT(SteunUrgencyInput, safety, 4);
    AT(SteunUrgencyInput, health, 8);
    AT(SteunUrgencyInput, wellbeing, 12);
    AT(SteunUrgencyInput, persons, 16);
    AT(SteunUrgencyInput, duration, 20);
    AT(SteunUrgencyInput, minors_involved, 24);
    AT(SteunUrgencyInput, over_75_involved, 25);
    AT(SteunUrgencyInput, reserved, 26);
    CHECK(sizeof(SteunUrgencyCriterionScore) == 12);
    AT(SteunUrgencyCriterionScore, answer, 4);
    AT(SteunUrgencyCriterionScore, points_known, 8);
    AT(SteunUrgencyCriterionScore, points_max, 11);
    CHECK(sizeof(SteunUrgencyResult) == 88);
    AT(SteunUrgencyResult, band, 4);
    AT(SteunUrgencyResult, report_action, 8);
    AT(SteunUrgencyResult, reporter_action, 12);
    AT(SteunUrgencyResult, score, 16);
    AT(SteunUrgencyResult, max_score, 19);
    AT(SteunUrgencyResult, band_from, 20);
    AT(SteunUrgencyResult, needs_consultation, 22);
    AT(SteunUrgencyResult, reserved, 23);
    AT(SteunUrgencyResult, breakdown, 24);
    AT(SteunUrgencyResult, worst_band, 84); /* appended in 0.3: STEUN_URGENCY_RESULT_SIZE_V1 */
    CHECK(sizeof(SteunIsolationInput) == 12);
    AT(SteunIsolationInput, persistence, 4);
    AT(SteunIsolationInput, participation_oriented, 8);
    AT(SteunIsolationInput, reserved, 9);
    CHECK(sizeof(SteunIsolationResult) == 52);
    AT(SteunIsolationResult, isolation_type, 4);
    AT(SteunIsolationResult, interventions, 8);
    AT(SteunIsolationResult, intervention_count, 32);
    AT(SteunIsolationResult, trajectory_length, 36);
    AT(SteunIsolationResult, trajectory_intensity, 40);
    AT(SteunIsolationResult, volunteer, 44);
    AT(SteunIsolationResult, category, 48);
    AT(SteunIsolationResult, participation_interventions_realistic, 49);
    AT(SteunIsolationResult, network_case, 50);
    AT(SteunIsolationResult, reserved, 51);
    CHECK(sizeof(((SteunUrgencyInput *)0)->safety) == 4 && sizeof(((SteunUrgencyInput *)0)->minors_involved) == 1);
    CHECK(sizeof(((SteunIsolationResult *)0)->intervention_count) == 4);
}

/* Typed values and wire codes both ways, and the status names. */
static void test_codes(void) {
    const char *code = NULL;
    CHECK_STATUS(steun_enum_code("UrgencyBand", STEUN_URGENCY_BAND_CONSULTATION, &code), STEUN_STATUS_OK);
    CHECK(code && strcmp(code, "consultation") == 0);
    CHECK_STATUS(steun_enum_code("Intervention", STEUN_INTERVENTION_PROFESSIONAL_SAFETY_NET, &code), STEUN_STATUS_OK);
    CHECK(code && strcmp(code, "professional_safety_net") == 0);
    CHECK_STATUS(steun_enum_code("UrgencyAnswer", STEUN_URGENCY_ANSWER_OVER75, &code), STEUN_STATUS_OK);
    CHECK(code && strcmp(code, "over_75") == 0);
    int32_t value = -1;
    CHECK_STATUS(steun_enum_value("Persistence", "structural_complex", &value), STEUN_STATUS_OK);
    CHECK(value == STEUN_PERSISTENCE_STRUCTURAL_COMPLEX);
    CHECK_STATUS(steun_enum_value("Volunteer", "none", &value), STEUN_STATUS_OK);
    CHECK(value == STEUN_VOLUNTEER_NONE);
    /* Every value of a typed enum, and one past its end. */
    for (int32_t v = 0; v <= STEUN_URGENCY_ANSWER_STRUCTURAL_OVER_HALF_YEAR + 1; v++) {
        code = NULL;
        int rc = steun_enum_code("UrgencyAnswer", v, &code);
        if (v <= STEUN_URGENCY_ANSWER_STRUCTURAL_OVER_HALF_YEAR) {
            int32_t back = -1;
            CHECK(rc == STEUN_STATUS_OK && steun_enum_value("UrgencyAnswer", code, &back) == STEUN_STATUS_OK && back == v);
        } else {
            CHECK(rc == STEUN_STATUS_INVALID_INPUT && code == NULL);
            CHECK(strcmp(steun_last_error_path(), "value") == 0);
            CHECK(CONTAINS(steun_last_error_message(), "from 0 to 10"));
        }
    }
    for (size_t i = 1; i < NBAD; i++) CHECK_STATUS(steun_enum_code("UrgencyBand", BAD[i], &code), STEUN_STATUS_INVALID_INPUT);
    value = 42;
    CHECK_STATUS(steun_enum_value("UrgencyBand", "Jan de Vries", &value), STEUN_STATUS_INVALID_INPUT);
    CHECK(value == 42 && strcmp(steun_last_error_path(), "code") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "information_advice, consultation") && !CONTAINS(steun_last_error_message(), "Jan"));
    CHECK_STATUS(steun_enum_code("Nope", 0, &code), STEUN_STATUS_NOT_FOUND);
    CHECK_STATUS(steun_enum_value("Nope", "x", &value), STEUN_STATUS_NOT_FOUND);
    CHECK_STATUS(steun_enum_code(NULL, 0, &code), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_enum_code("UrgencyBand", 0, NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_enum_value("UrgencyBand", NULL, &value), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_enum_value("UrgencyBand", "crisis", NULL), STEUN_STATUS_NULL_POINTER);

    CHECK(strcmp(steun_status_name(STEUN_STATUS_OK), "STEUN_STATUS_OK") == 0);
    CHECK(strcmp(steun_status_name(STEUN_STATUS_INVALID_INPUT), "STEUN_STATUS_INVALID_INPUT") == 0);
    CHECK(strcmp(steun_status_name(STEUN_STATUS_PANIC), "STEUN_STATUS_PANIC") == 0);
    CHECK(strcmp(steun_status_name(8), "unknown status") == 0 && strcmp(steun_status_name(-1), "unknown status") == 0);
    /* steun_status_name leaves the last error alone. */
    CHECK(CONTAINS(steun_last_error_message(), "argument"));
}

int main(void) {
    char *bram = read_file("examples/data/bram_case.json");
    CHECK(bram != NULL);
    if (bram) test_lang(bram);
    free(bram);
    test_urgency_fields();
    test_isolation_fields();
    test_layout();
    test_codes();
    return check_summary("test_enum_abi");
}
