/* The foundation's C API: every function, its success and its error paths. */
#include <stdlib.h>
#include "steun.h"
#include "check.h"

static void test_version(void) {
    CHECK(strcmp(steun_version(), "0.1.0") == 0);
    CHECK(steun_version_number() == STEUN_VERSION_NUMBER);
    CHECK(STEUN_VERSION_NUMBER == STEUN_VERSION_MAJOR * 10000 + STEUN_VERSION_MINOR * 100 + STEUN_VERSION_PATCH);
}

static void test_catalogue(void) {
    char *out = NULL;
    CHECK_STATUS(steun_enums_json(&out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"name\":\"Dimension\""));
    CHECK(CONTAINS(out, "\"name\":\"SolutionRing\""));
    steun_string_free(out);

    out = NULL;
    CHECK_STATUS(steun_enum_json("LifeDomain", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"code\":\"housing\",\"nl\":\"Wonen\",\"en\":\"Housing\""));
    steun_string_free(out);

    out = NULL;
    CHECK_STATUS(steun_enum_json("Nope", &out), STEUN_STATUS_NOT_FOUND);
    CHECK(out == NULL);
    CHECK(CONTAINS(steun_last_error_message(), "Dimension"));

    CHECK_STATUS(steun_label("Dimension", "rights", STEUN_LANG_NL, &out), STEUN_STATUS_OK);
    CHECK(out && strcmp(out, "Rechten") == 0);
    steun_string_free(out);
    CHECK_STATUS(steun_label("SolutionRing", "own_strength", STEUN_LANG_EN, &out), STEUN_STATUS_OK);
    CHECK(out && strcmp(out, "Own strength") == 0);
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_label("Dimension", "wonen", STEUN_LANG_NL, &out), STEUN_STATUS_NOT_FOUND);
    CHECK(CONTAINS(steun_last_error_message(), "emotional_wellbeing"));
    CHECK(!CONTAINS(steun_last_error_message(), "wonen"));

    CHECK_STATUS(steun_document_kinds_json(&out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"personal_profile\""));
    steun_string_free(out);

    CHECK_STATUS(steun_schema_json("assessment_grid", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"title\": \"AssessmentGrid\""));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_schema_json("nope", &out), STEUN_STATUS_NOT_FOUND);

    CHECK_STATUS(steun_reference_json("dimensions", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "stemrecht"));
    steun_string_free(out);
    CHECK_STATUS(steun_reference_json("nope", &out), STEUN_STATUS_NOT_FOUND);
}

static void test_documents(const char *bram_path) {
    char *json = read_file(bram_path);
    CHECK(json != NULL);
    if (!json) return;

    SteunPersonalProfile *p = NULL;
    CHECK_STATUS(steun_personal_profile_from_json(json, &p), STEUN_STATUS_OK);
    CHECK(steun_personal_profile_domain_count(p) == 4);
    char *back = NULL;
    CHECK_STATUS(steun_personal_profile_to_json(p, &back), STEUN_STATUS_OK);
    CHECK(CONTAINS(back, "\"client\":\"BRAM-0027\""));
    /* Canonical JSON parses again to the same document. */
    SteunPersonalProfile *p2 = NULL;
    CHECK_STATUS(steun_personal_profile_from_json(back, &p2), STEUN_STATUS_OK);
    char *back2 = NULL;
    CHECK_STATUS(steun_personal_profile_to_json(p2, &back2), STEUN_STATUS_OK);
    CHECK(back && back2 && strcmp(back, back2) == 0);
    steun_string_free(back);
    steun_string_free(back2);
    steun_personal_profile_free(p);
    steun_personal_profile_free(p2);

    char *canon = NULL;
    CHECK_STATUS(steun_document_validate_json("personal_profile", json, &canon), STEUN_STATUS_OK);
    CHECK(CONTAINS(canon, "\"important_wishes\""));
    steun_string_free(canon);
    free(json);

    /* Bad input: the path names the field; the value is not echoed. */
    p = NULL;
    CHECK_STATUS(steun_personal_profile_from_json("{\"domains\":[{\"domain\":\"wonen\"}]}", &p), STEUN_STATUS_INVALID_INPUT);
    CHECK(p == NULL);
    CHECK(strcmp(steun_last_error_path(), "domains[0].domain") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "housing, work"));
    CHECK(!CONTAINS(steun_last_error_message(), "wonen"));
    CHECK_STATUS(steun_personal_profile_from_json("{\"domains\":[], \"naam\": \"Bram\"}", &p), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "naam") == 0);
    CHECK_STATUS(steun_personal_profile_from_json("{\"domains\": [", &p), STEUN_STATUS_MALFORMED_JSON);
    CHECK(CONTAINS(steun_last_error_message(), "line 1"));

    SteunAssessmentGrid *g = NULL;
    CHECK_STATUS(steun_assessment_grid_from_json("{\"rows\":[{\"dimension\":\"rights\",\"wishes\":[\"stemmen\"]}]}", &g), STEUN_STATUS_OK);
    CHECK(steun_assessment_grid_row_count(g) == 1);
    char *gj = NULL;
    CHECK_STATUS(steun_assessment_grid_to_json(g, &gj), STEUN_STATUS_OK);
    CHECK(CONTAINS(gj, "\"experienced_barriers\":[]"));
    steun_string_free(gj);
    steun_assessment_grid_free(g);
    g = NULL;
    CHECK_STATUS(steun_assessment_grid_from_json("{\"rows\":[{\"dimension\":\"rights\"},{\"dimension\":\"rights\"}]}", &g), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "rows[1].dimension") == 0);
    CHECK_STATUS(steun_document_validate_json("assessment_grid", "{\"rows\": 3}", &canon), STEUN_STATUS_INVALID_INPUT);
    CHECK_STATUS(steun_document_validate_json("nope", "{}", &canon), STEUN_STATUS_NOT_FOUND);
}

static void test_null_and_utf8(void) {
    char *out = NULL;
    SteunPersonalProfile *p = NULL;
    SteunAssessmentGrid *g = NULL;
    CHECK_STATUS(steun_enums_json(NULL), STEUN_STATUS_NULL_POINTER);
    CHECK(CONTAINS(steun_last_error_message(), "out"));
    CHECK_STATUS(steun_enum_json(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_enum_json("Dimension", NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_label(NULL, "rights", STEUN_LANG_NL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_label("Dimension", NULL, STEUN_LANG_NL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_label("Dimension", "rights", STEUN_LANG_NL, NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_document_kinds_json(NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_schema_json(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_schema_json("assessment_grid", NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_reference_json(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_reference_json("dimensions", NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_document_validate_json(NULL, "{}", &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_document_validate_json("assessment_grid", NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_document_validate_json("assessment_grid", "{}", NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_personal_profile_from_json(NULL, &p), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_personal_profile_from_json("{}", NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_personal_profile_to_json(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_assessment_grid_from_json(NULL, &g), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_assessment_grid_from_json("{}", NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_assessment_grid_to_json(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK(steun_assessment_grid_row_count(NULL) == 0);
    CHECK(steun_personal_profile_domain_count(NULL) == 0);
    steun_string_free(NULL);
    steun_assessment_grid_free(NULL);
    steun_personal_profile_free(NULL);

    const char bad_utf8[] = {'{', '"', (char)0xff, '"', '}', 0};
    CHECK_STATUS(steun_personal_profile_from_json(bad_utf8, &p), STEUN_STATUS_INVALID_UTF8);
    CHECK(CONTAINS(steun_last_error_message(), "UTF-8"));
    CHECK_STATUS(steun_enum_json(bad_utf8, &out), STEUN_STATUS_INVALID_UTF8);
    CHECK_STATUS(steun_document_validate_json(bad_utf8, "{}", &out), STEUN_STATUS_INVALID_UTF8);
}

int main(int argc, char **argv) {
    const char *bram = argc > 1 ? argv[1] : "examples/data/bram_profile.json";
    test_version();
    test_catalogue();
    test_documents(bram);
    test_null_and_utf8();
    return check_summary("c foundation");
}
