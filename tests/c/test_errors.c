/* Errors as data through the C ABI: steun_last_error_json lists every problem of a bad
 * request with its kind and path (the same report as on every surface), caps the list at
 * 100, never holds a value that was wrong, an unknown key or a BSN, is per thread, and is
 * cleared by the next successful call. */
#include <stdlib.h>
#include "steun.h"
#include "check.h"

static char *last_error(void) {
    char *report = NULL;
    CHECK_STATUS(steun_last_error_json(&report), STEUN_STATUS_OK);
    return report;
}

static void test_every_problem_is_listed(void) {
    /* Five problems, each its own kind: an unknown code, a number for a code, a missing
     * answer, a person count of 0 and a key that is not a field (personal data as a key). */
    const char *req = "{\"risks\":{\"safety\":\"geheim\",\"health\":7},"
                      "\"scope\":{\"persons\":0,\"minors_involved\":false,\"over_75_involved\":true},"
                      "\"duration\":\"incidental\",\"Jan de Vries BSN 111222333\":1}";
    char *out = NULL;
    CHECK_STATUS(steun_urgency_assess_json(req, &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(out == NULL);
    char *r = last_error();
    CHECK(r && strncmp(r, "{\"code\":\"invalid\",\"message\":\"", 29) == 0);
    CHECK(count(r, "{\"kind\":") == 5);
    CHECK(CONTAINS(r, "{\"kind\":\"unknown_code\",\"path\":\"risks.safety\",\"message\":\"unknown code; allowed: none, moderate, severe, unknown\"}"));
    CHECK(CONTAINS(r, "{\"kind\":\"wrong_type\",\"path\":\"risks.health\""));
    CHECK(CONTAINS(r, "{\"kind\":\"missing\",\"path\":\"risks.wellbeing\""));
    CHECK(CONTAINS(r, "{\"kind\":\"out_of_range\",\"path\":\"scope.persons\""));
    /* The unknown key is reported at the object holding it, without the key. */
    CHECK(CONTAINS(r, "\"kind\":\"unknown_field\""));
    CHECK(CONTAINS(r, "allowed fields: risks, scope, duration"));
    CHECK(!CONTAINS(r, "Jan") && !CONTAINS(r, "111222333") && !CONTAINS(r, "geheim"));
    /* The message and path accessors agree with the first issue. */
    CHECK(CONTAINS(steun_last_error_message(), "(and 4 more problems)"));
    CHECK(strlen(steun_last_error_path()) > 0 && CONTAINS(r, steun_last_error_path()));
    CHECK(!CONTAINS(steun_last_error_message(), "Jan") && !CONTAINS(steun_last_error_path(), "Jan"));
    steun_string_free(r);

    /* Reading the report leaves it in place. */
    r = last_error();
    CHECK(CONTAINS(r, "\"kind\":\"out_of_range\""));
    steun_string_free(r);
}

static void test_no_bsn_in_errors(void) {
    char *out = NULL;
    /* 111222334 fails the eleven-test. */
    CHECK_STATUS(steun_client_code_derive("{\"kind\":\"bsn\",\"identifier\":\"111222334\","
                                          "\"key_hex\":\"000102030405060708090a0b0c0d0e0f\"}",
                                          &out),
                 STEUN_STATUS_INVALID_INPUT);
    char *r = last_error();
    CHECK(CONTAINS(r, "{\"kind\":\"rule\",\"path\":\"identifier\""));
    CHECK(CONTAINS(r, "eleven-test"));
    CHECK(!CONTAINS(r, "111222334"));
    steun_string_free(r);
    CHECK_STATUS(steun_bsn_check("{\"bsn\":\"111222334\",\"naam\":\"Jan\"}", &out), STEUN_STATUS_INVALID_INPUT);
    r = last_error();
    CHECK(CONTAINS(r, "\"kind\":\"unknown_field\""));
    CHECK(!CONTAINS(r, "111222334") && !CONTAINS(r, "naam") && !CONTAINS(r, "Jan"));
    steun_string_free(r);
    CHECK(out == NULL);
}

static void test_cap(void) {
    /* 150 fragments with a bad kind: 150 problems, 100 listed. */
    size_t n = 150;
    const char *item = "{\"respondent\":\"R\",\"kind\":\"wens\",\"themes\":[],\"text\":\"\"}";
    char *req = (char *)malloc(64 + n * (strlen(item) + 1));
    CHECK(req != NULL);
    if (!req) return;
    strcpy(req, "{\"min_respondents\":3,\"fragments\":[");
    for (size_t i = 0; i < n; i++) {
        if (i) strcat(req, ",");
        strcat(req, item);
    }
    strcat(req, "]}");
    char *out = NULL;
    CHECK_STATUS(steun_patterns_find(req, &out), STEUN_STATUS_INVALID_INPUT);
    char *r = last_error();
    CHECK(count(r, "{\"kind\":\"unknown_code\"") == 100);
    CHECK(CONTAINS(r, "\"path\":\"fragments[0].kind\"") && CONTAINS(r, "\"path\":\"fragments[99].kind\""));
    CHECK(!CONTAINS(r, "fragments[100]") && !CONTAINS(r, "wens"));
    steun_string_free(r);
    free(req);
}

static void test_other_codes(void) {
    char *out = NULL, *r = NULL;
    CHECK_STATUS(steun_isolation_classify_json("{\"persistence\": ", &out), STEUN_STATUS_MALFORMED_JSON);
    r = last_error();
    CHECK(CONTAINS(r, "{\"code\":\"syntax\"") && CONTAINS(r, "\"kind\":\"syntax\""));
    steun_string_free(r);
    CHECK_STATUS(steun_catalogue_enum("{\"name\":\"Jan de Vries\"}", &out), STEUN_STATUS_NOT_FOUND);
    r = last_error();
    CHECK(CONTAINS(r, "{\"code\":\"not_found\"") && CONTAINS(r, "\"kind\":\"not_found\"") && !CONTAINS(r, "Jan"));
    steun_string_free(r);
    /* Failures of the C boundary itself have the same shape. */
    CHECK_STATUS(steun_call("catalogue.enums", NULL, &out), STEUN_STATUS_NULL_POINTER);
    r = last_error();
    CHECK(r && strncmp(r, "{\"code\":\"null_pointer\"", 22) == 0 && CONTAINS(r, "\"kind\":\"missing\""));
    CHECK(CONTAINS(r, "request_json"));
    steun_string_free(r);
    const char bad_utf8[] = {'{', (char)0xc0, (char)0xaf, '}', 0};
    CHECK_STATUS(steun_call("catalogue.enums", bad_utf8, &out), STEUN_STATUS_INVALID_UTF8);
    r = last_error();
    CHECK(r && strncmp(r, "{\"code\":\"invalid_utf8\"", 22) == 0);
    steun_string_free(r);
    /* A typed struct out of range: the same report, kind out_of_range. */
    SteunIsolationInput in;
    SIZED(in);
    in.persistence = 9;
    SteunIsolationResult res;
    SIZED(res);
    CHECK_STATUS(steun_isolation_classify(&in, &res), STEUN_STATUS_INVALID_INPUT);
    r = last_error();
    CHECK(CONTAINS(r, "{\"kind\":\"out_of_range\",\"path\":\"persistence\""));
    steun_string_free(r);
    CHECK(out == NULL);
}

static void test_cleared_by_success(void) {
    char *out = NULL;
    CHECK_STATUS(steun_bsn_check("{}", &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "bsn") == 0);
    /* A typed call that succeeds clears it too. */
    SteunIsolationInput in;
    SIZED(in);
    in.persistence = STEUN_PERSISTENCE_SITUATIONAL;
    SteunIsolationResult res;
    SIZED(res);
    CHECK_STATUS(steun_isolation_classify(&in, &res), STEUN_STATUS_OK);
    CHECK(strcmp(steun_last_error_message(), "") == 0 && strcmp(steun_last_error_path(), "") == 0);
    char *r = last_error();
    CHECK(r && strcmp(r, "null") == 0);
    steun_string_free(r);
}

int main(void) {
    test_every_problem_is_listed();
    test_no_bsn_in_errors();
    test_cap();
    test_other_codes();
    test_cleared_by_success();
    return check_summary("test_errors");
}
