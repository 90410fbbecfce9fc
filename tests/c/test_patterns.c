/* Demand patterns through the C API: the finder (same answer as Rust and Python), the life
 * cycle, and the error paths. Run from the repository root. */
#include <stdlib.h>
#include "steun.h"
#include "check.h"

static void strip_newline(char *s) {
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r')) s[--n] = '\0';
}

static void test_find_matches_the_committed_answer(void) {
    char *fragments = read_file("tests/data/pattern_fragments.json");
    char *want = read_file("tests/data/pattern_candidates_k3.json");
    CHECK(fragments != NULL && want != NULL);
    if (!fragments || !want) { free(fragments); free(want); return; }
    strip_newline(want);
    char *out = NULL;
    CHECK_STATUS(steun_patterns_find_json(fragments, 3, &out), STEUN_STATUS_OK);
    CHECK(out && strcmp(out, want) == 0);
    /* The hand-worked answer: mobility (4 of 6), family+mobility (3), religion (3). */
    CHECK(CONTAINS(out, "\"candidates\":[{\"id\":\"mobility\""));
    CHECK(CONTAINS(out, "\"id\":\"family+mobility\""));
    CHECK(CONTAINS(out, "\"status\":\"candidate\""));
    steun_string_free(out);
    free(fragments);
    free(want);
}

static void test_find_errors(void) {
    char *out = NULL;
    CHECK_STATUS(steun_patterns_find_json("[]", 0, &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "min_respondents") == 0);
    CHECK_STATUS(steun_patterns_find_json("[]", -5, &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(out == NULL);
    CHECK_STATUS(steun_patterns_find_json("[]", 3, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"respondents\":0") && CONTAINS(out, "\"candidates\":[]"));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_patterns_find_json("[{\"respondent\":\"R-A\",\"kind\":\"wens\",\"themes\":[],\"text\":\"\"}]", 3, &out),
                 STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "[0].kind") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "need, want, demand, contribution"));
    CHECK_STATUS(steun_patterns_find_json("[{\"kind\":\"need\",\"themes\":[],\"text\":\"\"}]", 3, &out),
                 STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "[0].respondent") == 0);
    CHECK_STATUS(steun_patterns_find_json("[{", 3, &out), STEUN_STATUS_MALFORMED_JSON);
    CHECK_STATUS(steun_patterns_find_json(NULL, 3, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_patterns_find_json("[]", 3, NULL), STEUN_STATUS_NULL_POINTER);
    CHECK(out == NULL);
}

static const char *PATTERN = "{\"id\":\"nijmegen-mobiel\",\"title\":\"We willen graag mobiel zijn\"}";
static const char *MEETING =
    "{\"date\":\"2011-10-12\",\"roles_present\":[\"respondent\",\"researcher\",\"professional\"],"
    "\"respondents_present\":6,\"respondents_recognising\":5}";
static const char *NOBODY_RECOGNISED =
    "{\"date\":\"2011-10-12\",\"roles_present\":[\"respondent\",\"professional\"],"
    "\"respondents_present\":6,\"respondents_recognising\":0}";
static const char *NO_RESPONDENTS =
    "{\"date\":\"2011-10-12\",\"roles_present\":[\"researcher\",\"professional\",\"policy_maker\"],"
    "\"respondents_present\":0,\"respondents_recognising\":0}";
static const char *BY_WELFARE_NO_REASON =
    "{\"date\":\"2011-11-01\",\"party\":\"welfare_work\",\"actions\":[{\"action\":\"Folder met vervoersmogelijkheden\","
    "\"owner\":\"welfare_work\",\"owner_name\":\"Swon\"}]}";
static const char *BY_WELFARE =
    "{\"date\":\"2011-11-01\",\"party\":\"welfare_work\",\"actions\":[{\"action\":\"Folder met vervoersmogelijkheden\","
    "\"owner\":\"welfare_work\",\"owner_name\":\"Swon\"}],\"why_not_the_group\":\"De ouderen kennen de mogelijkheden niet\"}";

static void test_life_cycle(void) {
    char *validated = NULL, *addressed = NULL, *closed = NULL, *out = NULL;
    CHECK_STATUS(steun_pattern_validate_json(PATTERN, NO_RESPONDENTS, &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "roles_present") == 0);
    CHECK_STATUS(steun_pattern_validate_json(PATTERN, NOBODY_RECOGNISED, &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "respondents_recognising") == 0);
    CHECK(out == NULL);
    CHECK_STATUS(steun_pattern_address_json(PATTERN, BY_WELFARE, &out), STEUN_STATUS_INVALID_TRANSITION);

    CHECK_STATUS(steun_pattern_validate_json(PATTERN, MEETING, &validated), STEUN_STATUS_OK);
    CHECK(CONTAINS(validated, "\"status\":\"validated\""));
    CHECK_STATUS(steun_pattern_validate_json(validated, MEETING, &out), STEUN_STATUS_INVALID_TRANSITION);
    CHECK_STATUS(steun_pattern_address_json(validated, BY_WELFARE_NO_REASON, &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "why_not_the_group") == 0);
    CHECK_STATUS(steun_pattern_address_json(validated, BY_WELFARE, &addressed), STEUN_STATUS_OK);
    CHECK(CONTAINS(addressed, "\"status\":\"addressed\""));
    CHECK_STATUS(steun_pattern_close_json(addressed, "{\"date\":\"2012-06-01\",\"result\":\"Folder verspreid\"}", &closed),
                 STEUN_STATUS_OK);
    CHECK(CONTAINS(closed, "\"status\":\"closed\""));
    CHECK(out == NULL);
    steun_string_free(validated);
    steun_string_free(addressed);
    steun_string_free(closed);
}

static void test_reference_sets(void) {
    char *out = NULL;
    CHECK_STATUS(steun_reference_json("patterns_nijmegen_migrants", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "We willen graag mobiel zijn"));
    CHECK(CONTAINS(out, "\"respondents\":32"));
    steun_string_free(out);
    CHECK_STATUS(steun_reference_json("patterns_elburg", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "Neem mij serieus!"));
    steun_string_free(out);
}

int main(void) {
    test_find_matches_the_committed_answer();
    test_find_errors();
    test_life_cycle();
    test_reference_sets();
    return check_summary("test_patterns");
}
