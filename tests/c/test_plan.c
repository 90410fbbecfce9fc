/* Support plans over the C ABI: findings, rendering, the Wmo application, the diff, and
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
    CHECK_STATUS(steun_plan_validate_json(bram, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"findings\":[]"));
    CHECK(CONTAINS(out, "\"instrument\":\"steun.plan\""));
    steun_string_free(out);

    out = NULL;
    CHECK_STATUS(steun_plan_validate_json(BROKEN, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"code\":\"no_goals\",\"severity\":\"error\",\"path\":\"plans[0].goals\""));
    CHECK(CONTAINS(out, "\"code\":\"missing_evaluation_date\""));
    CHECK(CONTAINS(out, "\"code\":\"step_without_actor\",\"severity\":\"warning\""));
    CHECK(CONTAINS(out, "\"source\":\"002:1726-1738\""));
    steun_string_free(out);
}

static void test_has_errors(const char *bram) {
    char *out = NULL;
    bool errors = true;
    CHECK_STATUS(steun_plan_validate_json(bram, &out), STEUN_STATUS_OK);
    CHECK_STATUS(steun_plan_has_errors_json(out, &errors), STEUN_STATUS_OK);
    CHECK(!errors);
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_plan_validate_json(BROKEN, &out), STEUN_STATUS_OK);
    CHECK_STATUS(steun_plan_has_errors_json(out, &errors), STEUN_STATUS_OK);
    CHECK(errors);
    steun_string_free(out);
    /* The bare array of findings; a warning alone is no error. */
    CHECK_STATUS(steun_plan_has_errors_json(
                     "[{\"code\":\"step_without_actor\",\"severity\":\"warning\",\"path\":\"plans[0].steps[0]\","
                     "\"message\":{\"nl\":\"n\",\"en\":\"e\"},\"source\":\"002:1726-1738\"}]",
                     &errors),
                 STEUN_STATUS_OK);
    CHECK(!errors);
    /* Errors leave the answer untouched. */
    errors = true;
    CHECK_STATUS(steun_plan_has_errors_json("[{\"severity\":\"fatal\"}]", &errors), STEUN_STATUS_INVALID_INPUT);
    CHECK(errors);
    CHECK(strcmp(steun_last_error_path(), "[0].severity") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "warning"));
    CHECK_STATUS(steun_plan_has_errors_json("{\"findings\": ", &errors), STEUN_STATUS_MALFORMED_JSON);
    CHECK_STATUS(steun_plan_has_errors_json(NULL, &errors), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_plan_has_errors_json("[]", NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_plan_has_errors_json("[\"\xff\"]", &errors), STEUN_STATUS_INVALID_UTF8);
    CHECK_STATUS(steun_plan_has_errors_json("[]", &errors), STEUN_STATUS_OK);
    CHECK(!errors);
}

static void test_errors(void) {
    char *out = NULL;
    CHECK_STATUS(steun_plan_validate_json("{\"client\": ", &out), STEUN_STATUS_MALFORMED_JSON);
    CHECK(out == NULL);
    CHECK_STATUS(steun_plan_validate_json(
                     "{\"client\":\"K-0001\",\"plans\":[{\"client\":\"K-0001\",\"version\":1,\"drawn_up\":\"10-01-2013\"}]}",
                     &out),
                 STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "plans[0].drawn_up") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "YYYY-MM-DD"));
    CHECK(!CONTAINS(steun_last_error_message(), "10-01-2013"));
    CHECK_STATUS(steun_plan_validate_json("{\"client\":\"K-0001\",\"plan\":[]}", &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "plan") == 0);
    CHECK_STATUS(steun_plan_validate_json("{\"client\":\"K-0001\",\"process\":{\"started\":\"2013-01-01\","
                                          "\"transitions\":[{\"to\":\"planning\",\"date\":\"2013-01-02\"}]}}",
                                          &out),
                 STEUN_STATUS_INVALID_TRANSITION);
    CHECK(CONTAINS(steun_last_error_message(), "information"));
    CHECK_STATUS(steun_plan_validate_json(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_plan_validate_json(BROKEN, NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_plan_render_json(BROKEN, STEUN_LANG_NL, NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_wmo_application_json(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_plan_validate_json("{\"client\":\"\xff\xfe\"}", &out), STEUN_STATUS_INVALID_UTF8);
    CHECK(out == NULL);
}

static void test_render(const char *bram) {
    char *out = NULL;
    CHECK_STATUS(steun_plan_render_json(bram, STEUN_LANG_NL, "plan", &out), STEUN_STATUS_OK);
    CHECK(out && strncmp(out, "# PLAN VAN AANPAK", 17) == 0);
    CHECK(CONTAINS(out, "Waarvoor een beroep op de Wmo gedaan wordt"));
    CHECK(CONTAINS(out, "3 uur per week"));
    steun_string_free(out);
    CHECK_STATUS(steun_plan_render_json(bram, STEUN_LANG_EN, "options", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "# OPTIONS WORKSHEET"));
    CHECK(CONTAINS(out, "**Second-best option:**"));
    steun_string_free(out);
    CHECK_STATUS(steun_plan_render_json(bram, STEUN_LANG_NL, "profile", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "# PERSOONLIJK PROFIEL"));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_plan_render_json(bram, STEUN_LANG_NL, "nope", &out), STEUN_STATUS_NOT_FOUND);
    CHECK(CONTAINS(steun_last_error_message(), "plan, options, profile, all"));
    CHECK(out == NULL);
}

static void test_application(const char *bram) {
    char *out = NULL;
    CHECK_STATUS(steun_wmo_application_json(bram, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"missing\":[]"));
    CHECK(CONTAINS(out, "\"extent\":{\"amount\":3.0,\"unit\":\"hours_per_week\"}"));
    CHECK(CONTAINS(out, "\"plan_version\":2"));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_wmo_application_json("{\"client\":\"K-0001\"}", &out), STEUN_STATUS_NOT_FOUND);
}

static void test_diff(void) {
    const char *v1 = "{\"client\":\"K-0001\",\"version\":1,\"drawn_up\":\"2013-01-10\",\"steps\":[{\"activity\":\"a\","
                     "\"others\":[{\"who\":\"v\",\"relation\":\"friend\",\"does\":\"d\"}]}]}";
    const char *v2 = "{\"client\":\"K-0001\",\"version\":2,\"drawn_up\":\"2013-01-10\",\"steps\":[{\"activity\":\"a\","
                     "\"others\":[{\"who\":\"t\",\"relation\":\"team_mate\",\"does\":\"d\"}]}]}";
    char *out = NULL;
    CHECK_STATUS(steun_plan_diff_json(v1, v2, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "{\"kind\":\"removed\",\"path\":\"steps[0].others[0]\""));
    CHECK(CONTAINS(out, "{\"kind\":\"added\",\"path\":\"steps[0].others[0]\""));
    steun_string_free(out);
}

int main(void) {
    char *bram = read_file("examples/data/bram_case.json");
    CHECK(bram != NULL);
    if (bram) {
        test_validate(bram);
        test_has_errors(bram);
        test_render(bram);
        test_application(bram);
    }
    test_errors();
    test_diff();
    free(bram);
    return check_summary("test_plan");
}
