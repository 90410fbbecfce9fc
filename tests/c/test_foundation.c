/* The foundation's C API: versions, the catalogue and document operations, the generic
 * steun_call, NULLs and bad UTF-8. */
#include <stdlib.h>
#include "steun.h"
#include "check.h"

static void test_version(void) {
    CHECK(strcmp(steun_version(), "0.1.0") == 0);
    CHECK(steun_version_number() == STEUN_VERSION_NUMBER);
    CHECK(STEUN_VERSION_NUMBER == STEUN_VERSION_MAJOR * 10000 + STEUN_VERSION_MINOR * 100 + STEUN_VERSION_PATCH);
    /* Same major, minor at least the header's: a newer patch or minor serves, an older minor
     * or another major does not. */
    CHECK(STEUN_VERSION_COMPATIBLE(steun_version_number()));
    CHECK(STEUN_VERSION_COMPATIBLE(STEUN_VERSION_NUMBER + 1));
    CHECK(STEUN_VERSION_COMPATIBLE(STEUN_VERSION_NUMBER + 100));
    CHECK(!STEUN_VERSION_COMPATIBLE(STEUN_VERSION_NUMBER + 10000));
    CHECK(!STEUN_VERSION_COMPATIBLE(STEUN_VERSION_MAJOR * 10000 + (STEUN_VERSION_MINOR - 1) * 100 + 99));
}

static void test_catalogue(void) {
    char *out = NULL;
    CHECK_STATUS(steun_catalogue_enums("{}", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"name\":\"Dimension\""));
    CHECK(CONTAINS(out, "\"name\":\"SolutionRing\""));
    steun_string_free(out);

    out = NULL;
    CHECK_STATUS(steun_catalogue_enum("{\"name\":\"LifeDomain\"}", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"code\":\"housing\",\"nl\":\"Wonen\",\"en\":\"Housing\""));
    steun_string_free(out);

    out = NULL;
    CHECK_STATUS(steun_catalogue_enum("{\"name\":\"Nope\"}", &out), STEUN_STATUS_NOT_FOUND);
    CHECK(out == NULL);
    CHECK(CONTAINS(steun_last_error_message(), "Dimension"));

    CHECK_STATUS(steun_catalogue_label("{\"enum\":\"Dimension\",\"code\":\"rights\",\"lang\":\"nl\"}", &out), STEUN_STATUS_OK);
    CHECK(out && strcmp(out, "{\"text\":\"Rechten\"}") == 0);
    steun_string_free(out);
    CHECK_STATUS(steun_catalogue_label("{\"enum\":\"SolutionRing\",\"code\":\"own_strength\",\"lang\":\"en\"}", &out),
                 STEUN_STATUS_OK);
    CHECK(out && strcmp(out, "{\"text\":\"Own strength\"}") == 0);
    steun_string_free(out);
    out = NULL;
    CHECK(steun_catalogue_label("{\"enum\":\"Dimension\",\"code\":\"wonen\",\"lang\":\"nl\"}", &out) != STEUN_STATUS_OK);
    CHECK(CONTAINS(steun_last_error_message(), "emotional_wellbeing"));
    CHECK(!CONTAINS(steun_last_error_message(), "wonen"));
    CHECK_STATUS(steun_catalogue_label("{\"enum\":\"Dimension\",\"code\":\"rights\",\"lang\":\"de\"}", &out),
                 STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "lang") == 0);
    CHECK(out == NULL);

    CHECK_STATUS(steun_document_kinds("{}", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"personal_profile\""));
    steun_string_free(out);

    CHECK_STATUS(steun_document_schema("{\"name\":\"assessment_grid\"}", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"title\":\"AssessmentGrid\""));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_document_schema("{\"name\":\"nope\"}", &out), STEUN_STATUS_NOT_FOUND);

    CHECK_STATUS(steun_catalogue_reference("{\"name\":\"dimensions\"}", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "stemrecht"));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_catalogue_reference("{\"name\":\"nope\"}", &out), STEUN_STATUS_NOT_FOUND);
    CHECK(out == NULL);
}

static void test_documents(const char *bram_path) {
    char *json = read_file(bram_path);
    CHECK(json != NULL);
    if (!json) return;

    /* document.validate writes canonical JSON, which validates again to the same bytes. */
    char *req = join("{\"kind\":\"personal_profile\",\"document\":", json, "}", NULL);
    char *canon = NULL;
    CHECK_STATUS(steun_document_validate(req, &canon), STEUN_STATUS_OK);
    CHECK(CONTAINS(canon, "\"client\":\"K-0027\""));
    CHECK(CONTAINS(canon, "\"important_wishes\""));
    char *req2 = join("{\"kind\":\"personal_profile\",\"document\":", canon ? canon : "null", "}", NULL);
    char *canon2 = NULL;
    CHECK_STATUS(steun_document_validate(req2, &canon2), STEUN_STATUS_OK);
    CHECK(canon && canon2 && strcmp(canon, canon2) == 0);
    steun_string_free(canon);
    steun_string_free(canon2);
    free(req);
    free(req2);
    free(json);

    /* Bad input: the path names the field inside the request; the value is not echoed. */
    canon = NULL;
    CHECK_STATUS(steun_document_validate("{\"kind\":\"personal_profile\",\"document\":{\"domains\":[{\"domain\":\"wonen\"}]}}",
                                         &canon),
                 STEUN_STATUS_INVALID_INPUT);
    CHECK(canon == NULL);
    CHECK(strcmp(steun_last_error_path(), "document.domains[0].domain") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "housing, work"));
    CHECK(!CONTAINS(steun_last_error_message(), "wonen"));
    CHECK_STATUS(steun_document_validate("{\"kind\":\"personal_profile\",\"document\":{\"domains\":[], \"naam\": \"Bram\"}}",
                                         &canon),
                 STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "document") == 0);
    CHECK(!CONTAINS(steun_last_error_message(), "naam"));
    CHECK_STATUS(steun_document_validate("{\"kind\":\"personal_profile\",\"document\":{\"domains\": [", &canon),
                 STEUN_STATUS_MALFORMED_JSON);
    CHECK(CONTAINS(steun_last_error_message(), "line 1"));
    CHECK_STATUS(steun_document_validate("{\"kind\":\"assessment_grid\",\"document\":{\"rows\":[{\"dimension\":\"rights\"},"
                                         "{\"dimension\":\"rights\"}]}}",
                                         &canon),
                 STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "document.rows[1].dimension") == 0);
    CHECK_STATUS(steun_document_validate("{\"kind\":\"assessment_grid\",\"document\":{\"rows\": 3}}", &canon),
                 STEUN_STATUS_INVALID_INPUT);
    CHECK_STATUS(steun_document_validate("{\"kind\":\"nope\",\"document\":{}}", &canon), STEUN_STATUS_NOT_FOUND);
    CHECK(canon == NULL);
}

static void test_call(void) {
    char *a = NULL, *b = NULL;
    CHECK_STATUS(steun_call("catalogue.label", "{\"enum\":\"Dimension\",\"code\":\"rights\",\"lang\":\"en\"}", &a),
                 STEUN_STATUS_OK);
    CHECK_STATUS(steun_catalogue_label("{\"enum\":\"Dimension\",\"code\":\"rights\",\"lang\":\"en\"}", &b), STEUN_STATUS_OK);
    CHECK(a && b && strcmp(a, b) == 0 && strcmp(a, "{\"text\":\"Rights\"}") == 0);
    steun_string_free(a);
    steun_string_free(b);
    a = NULL;
    /* An unknown operation lists the names and does not repeat the one asked for. */
    CHECK_STATUS(steun_call("Jan de Vries", "{}", &a), STEUN_STATUS_NOT_FOUND);
    CHECK(a == NULL);
    CHECK(CONTAINS(steun_last_error_message(), "urgency.assess, "));
    CHECK(!CONTAINS(steun_last_error_message(), "Jan"));
    CHECK_STATUS(steun_ops_json(&a), STEUN_STATUS_OK);
    CHECK(CONTAINS(a, "\"name\":\"plan.render\""));
    CHECK(CONTAINS(a, "\"request_schema\":"));
    steun_string_free(a);
}

static void test_null_and_utf8(void) {
    char *out = NULL;
    CHECK_STATUS(steun_catalogue_enums("{}", NULL), STEUN_STATUS_NULL_POINTER);
    CHECK(CONTAINS(steun_last_error_message(), "response_json"));
    CHECK_STATUS(steun_catalogue_enums(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK(CONTAINS(steun_last_error_message(), "request_json"));
    CHECK_STATUS(steun_call(NULL, "{}", &out), STEUN_STATUS_NULL_POINTER);
    CHECK(CONTAINS(steun_last_error_message(), "op"));
    CHECK_STATUS(steun_call("catalogue.enums", NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_call("catalogue.enums", "{}", NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_ops_json(NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_last_error_json(NULL), STEUN_STATUS_NULL_POINTER);
    CHECK(out == NULL);
    steun_string_free(NULL);

    const char bad_utf8[] = {'{', '"', (char)0xff, '"', '}', 0};
    CHECK_STATUS(steun_document_validate(bad_utf8, &out), STEUN_STATUS_INVALID_UTF8);
    CHECK(CONTAINS(steun_last_error_message(), "UTF-8"));
    CHECK_STATUS(steun_call(bad_utf8, "{}", &out), STEUN_STATUS_INVALID_UTF8);
    CHECK_STATUS(steun_catalogue_enum(bad_utf8, &out), STEUN_STATUS_INVALID_UTF8);
    CHECK(out == NULL);
}

int main(int argc, char **argv) {
    const char *bram = argc > 1 ? argv[1] : "examples/data/bram_profile.json";
    test_version();
    test_catalogue();
    test_documents(bram);
    test_call();
    test_null_and_utf8();
    return check_summary("c foundation");
}
