/* Support plans over the C ABI: findings, rendering, the Wmo application, the diffs, and
 * the error paths. Run from the repository root (reads examples/data/bram_case.json). */
#include <stdlib.h>
#include "steun.h"
#include "check.h"

/* A case whose plan breaks rules: no goals, no evaluation date, a step nobody does. */
static const char *BROKEN =
    "{\"client\":\"K-0001\",\"plans\":[{\"client\":\"K-0001\",\"version\":1,\"drawn_up\":\"2013-01-10\","
    "\"steps\":[{\"activity\":\"x\"}]}]}";

static void test_validate(const char *bram) {
    char *out = NULL;
    CHECK_STATUS(steun_plan_validate(bram, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"findings\":[]"));
    CHECK(CONTAINS(out, "\"instrument\":\"steun.plan\",\"instrument_version\":\""));
    steun_string_free(out);

    out = NULL;
    CHECK_STATUS(steun_plan_validate(BROKEN, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"code\":\"no_goals\",\"severity\":\"error\",\"path\":\"plans[0].goals\""));
    CHECK(CONTAINS(out, "\"code\":\"missing_evaluation_date\""));
    CHECK(CONTAINS(out, "\"code\":\"step_without_actor\",\"severity\":\"warning\""));
    CHECK(CONTAINS(out, "\"source\":\"002:1723-1743\""));
    steun_string_free(out);
}

static void test_has_errors(const char *bram) {
    char *findings = NULL, *out = NULL;
    CHECK_STATUS(steun_plan_validate(bram, &findings), STEUN_STATUS_OK);
    CHECK_STATUS(steun_plan_has_errors(findings, &out), STEUN_STATUS_OK);
    CHECK(out && strcmp(out, "{\"answer\":false}") == 0);
    steun_string_free(findings);
    steun_string_free(out);
    findings = out = NULL;
    CHECK_STATUS(steun_plan_validate(BROKEN, &findings), STEUN_STATUS_OK);
    CHECK_STATUS(steun_plan_has_errors(findings, &out), STEUN_STATUS_OK);
    CHECK(out && strcmp(out, "{\"answer\":true}") == 0);
    steun_string_free(findings);
    steun_string_free(out);
    out = NULL;
    /* A warning alone is no error. */
    CHECK_STATUS(steun_plan_has_errors("{\"instrument\":\"steun.plan\",\"instrument_version\":\"1.0.0\",\"findings\":["
                                       "{\"code\":\"step_without_actor\",\"severity\":\"warning\",\"path\":\"plans[0].steps[0]\","
                                       "\"message\":{\"nl\":\"n\",\"en\":\"e\"},\"source\":\"002:1726-1738\"}]}",
                                       &out),
                 STEUN_STATUS_OK);
    CHECK(out && strcmp(out, "{\"answer\":false}") == 0);
    steun_string_free(out);
    /* Errors leave the output untouched and name the field. */
    out = NULL;
    CHECK_STATUS(steun_plan_has_errors("{\"instrument\":\"steun.plan\",\"instrument_version\":\"1.0.0\",\"findings\":["
                                       "{\"severity\":\"fatal\"}]}",
                                       &out),
                 STEUN_STATUS_INVALID_INPUT);
    CHECK(out == NULL);
    CHECK(CONTAINS(steun_last_error_message(), "findings[0]"));
    char *report = NULL;
    CHECK_STATUS(steun_last_error_json(&report), STEUN_STATUS_OK);
    CHECK(CONTAINS(report, "{\"kind\":\"unknown_code\",\"path\":\"findings[0].severity\""));
    CHECK(CONTAINS(report, "error, warning, info"));
    steun_string_free(report);
    CHECK_STATUS(steun_plan_has_errors("{\"findings\": ", &out), STEUN_STATUS_MALFORMED_JSON);
    CHECK_STATUS(steun_plan_has_errors(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_plan_has_errors("[]", NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_plan_has_errors("[\"\xff\"]", &out), STEUN_STATUS_INVALID_UTF8);
    CHECK(out == NULL);
}

static void test_errors(void) {
    char *out = NULL;
    CHECK_STATUS(steun_plan_validate("{\"client\": ", &out), STEUN_STATUS_MALFORMED_JSON);
    CHECK(out == NULL);
    CHECK_STATUS(steun_plan_validate(
                     "{\"client\":\"K-0001\",\"plans\":[{\"client\":\"K-0001\",\"version\":1,\"drawn_up\":\"10-01-2013\"}]}",
                     &out),
                 STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "plans[0].drawn_up") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "YYYY-MM-DD"));
    CHECK(!CONTAINS(steun_last_error_message(), "10-01-2013"));
    CHECK_STATUS(steun_plan_validate("{\"client\":\"K-0001\",\"plan\":[]}", &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(CONTAINS(steun_last_error_message(), "unknown field"));
    CHECK_STATUS(steun_plan_validate("{\"client\":\"K-0001\",\"process\":{\"started\":\"2013-01-01\","
                                     "\"transitions\":[{\"to\":\"planning\",\"date\":\"2013-01-02\"}]}}",
                                     &out),
                 STEUN_STATUS_OK);
    /* Plan rules 2.0.0: a skipped phase is a finding on a readable case, not a parse failure. */
    CHECK(CONTAINS(out, "\"code\":\"invalid_phase_transition\",\"severity\":\"warning\",\"path\":\"process.transitions[0]\""));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_plan_validate(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_plan_validate(BROKEN, NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_plan_render(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_plan_application(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_plan_validate("{\"client\":\"\xff\xfe\"}", &out), STEUN_STATUS_INVALID_UTF8);
    CHECK(out == NULL);
}

/* Renders `part` of Bram's case in `lang` (a wire code); the caller frees the result. */
static char *render(const char *bram, const char *lang, const char *part, int *rc) {
    char *req = join("{\"lang\":\"", lang, "\",\"part\":\"", part, "\",\"case\":", bram, "}", NULL);
    char *out = NULL;
    *rc = steun_plan_render(req, &out);
    free(req);
    return out;
}

static void test_render(const char *bram) {
    int rc = -1;
    char *out = render(bram, "nl", "plan", &rc);
    CHECK_STATUS(rc, STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"instrument\":\"steun.plan\""));
    CHECK(CONTAINS(out, "# PLAN VAN AANPAK"));
    CHECK(CONTAINS(out, "Waarvoor een beroep op de Wmo gedaan wordt"));
    CHECK(CONTAINS(out, "3 uur per week"));
    steun_string_free(out);
    out = render(bram, "en", "options", &rc);
    CHECK_STATUS(rc, STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "# OPTIONS WORKSHEET"));
    CHECK(CONTAINS(out, "**Second-best option:**"));
    steun_string_free(out);
    out = render(bram, "nl", "profile", &rc);
    CHECK_STATUS(rc, STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "# PERSOONLIJK PROFIEL"));
    steun_string_free(out);
    out = render(bram, "nl", "nope", &rc);
    CHECK_STATUS(rc, STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "part") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "plan, options, profile, all"));
    CHECK(!CONTAINS(steun_last_error_message(), "nope"));
    CHECK(out == NULL);
    out = render(bram, "de", "plan", &rc);
    CHECK_STATUS(rc, STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "lang") == 0);
    CHECK(out == NULL);
    /* An earlier plan version, by its number. */
    char *req = join("{\"lang\":\"nl\",\"part\":\"plan\",\"version\":1,\"case\":", bram, "}", NULL);
    CHECK_STATUS(steun_plan_render(req, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "# PLAN VAN AANPAK"));
    steun_string_free(out);
    free(req);
}

static void test_application(const char *bram) {
    char *req = join("{\"case\":", bram, "}", NULL), *out = NULL;
    CHECK_STATUS(steun_plan_application(req, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"missing\":[]"));
    CHECK(CONTAINS(out, "\"extent\":{\"amount\":3.0,\"unit\":\"hours_per_week\"}"));
    CHECK(CONTAINS(out, "\"plan_version\":2"));
    steun_string_free(out);
    free(req);
    out = NULL;
    CHECK_STATUS(steun_plan_application("{\"case\":{\"client\":\"K-0001\"}}", &out), STEUN_STATUS_NOT_FOUND);
    CHECK(out == NULL);
}

static void test_diff(const char *bram) {
    const char *v1 = "{\"client\":\"K-0001\",\"version\":1,\"drawn_up\":\"2013-01-10\",\"steps\":[{\"activity\":\"a\","
                     "\"others\":[{\"who\":\"v\",\"relation\":\"friend\",\"does\":\"d\"}]}]}";
    const char *v2 = "{\"client\":\"K-0001\",\"version\":2,\"drawn_up\":\"2013-01-10\",\"steps\":[{\"activity\":\"a\","
                     "\"others\":[{\"who\":\"t\",\"relation\":\"team_mate\",\"does\":\"d\"}]}]}";
    char *req = join("{\"old\":", v1, ",\"new\":", v2, "}", NULL), *out = NULL;
    CHECK_STATUS(steun_plan_diff(req, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "{\"kind\":\"removed\",\"path\":\"steps[0].others[0]\""));
    CHECK(CONTAINS(out, "{\"kind\":\"added\",\"path\":\"steps[0].others[0]\""));
    steun_string_free(out);
    free(req);
    /* Two versions of one case, by number; a number the case lacks is the field's error. */
    req = join("{\"from\":1,\"to\":2,\"case\":", bram, "}", NULL);
    out = NULL;
    CHECK_STATUS(steun_plan_diff_versions(req, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"changes\":[{"));
    steun_string_free(out);
    free(req);
    req = join("{\"from\":1,\"to\":7,\"case\":", bram, "}", NULL);
    out = NULL;
    CHECK_STATUS(steun_plan_diff_versions(req, &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "to") == 0);
    CHECK(out == NULL);
    free(req);
}

int main(void) {
    char *bram = read_file("examples/data/bram_case.json");
    CHECK(bram != NULL);
    if (bram) {
        test_validate(bram);
        test_has_errors(bram);
        test_render(bram);
        test_application(bram);
        test_diff(bram);
    }
    test_errors();
    free(bram);
    return check_summary("test_plan");
}
