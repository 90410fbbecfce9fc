/* Signals through the C API: client codes (vectors computed with Python's hmac module),
 * by the hand-written function (key as bytes) and the operation (key as hex), report forms
 * with attached urgency, case listings, retention and minimisation, and
 * errors that never contain the identifier. Run from the repository root. */
#include <stdint.h>
#include <stdlib.h>
#include "steun.h"
#include "check.h"

static const char KEY[] = "steun-test-key-0123456789";

static void test_client_code(void) {
    const uint8_t *key = (const uint8_t *)KEY;
    size_t key_len = strlen(KEY);
    char *out = NULL;
    CHECK_STATUS(steun_client_code("bsn", "111222333", key, key_len, &out), STEUN_STATUS_OK);
    CHECK(out && strcmp(out, "ID-ZG43-9PSD-QSXB-KJVQ") == 0);
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_client_code("bsn", "123456782", key, key_len, &out), STEUN_STATUS_OK);
    CHECK(out && strcmp(out, "ID-KW7B-8JF4-MS92-QXMG") == 0);
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_client_code("client_number", "VNDL-2012-0042", key, key_len, &out), STEUN_STATUS_OK);
    CHECK(out && strcmp(out, "ID-M9KH-1N55-JKWG-PKB2") == 0);
    steun_string_free(out);

    /* A wrong BSN: clear error, no echo. */
    out = NULL;
    CHECK_STATUS(steun_client_code("bsn", "111222334", key, key_len, &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(out == NULL);
    CHECK(CONTAINS(steun_last_error_message(), "eleven-test"));
    CHECK(!CONTAINS(steun_last_error_message(), "111222334"));
    CHECK(strcmp(steun_last_error_path(), "identifier") == 0);
    CHECK_STATUS(steun_client_code("bsn", "1234567", key, key_len, &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(CONTAINS(steun_last_error_message(), "9 digits"));
    CHECK(!CONTAINS(steun_last_error_message(), "1234567"));

    /* Keys: empty, short, NULL with a length. */
    CHECK_STATUS(steun_client_code("bsn", "111222333", NULL, 0, &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(CONTAINS(steun_last_error_message(), "the key is empty"));
    CHECK(!CONTAINS(steun_last_error_message(), "111222333"));
    CHECK_STATUS(steun_client_code("bsn", "111222333", key, 15, &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(CONTAINS(steun_last_error_message(), "15 bytes; at least 16"));
    CHECK_STATUS(steun_client_code("bsn", "111222333", NULL, 16, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_client_code("bsn", NULL, key, key_len, &out), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_client_code("bsn", "111222333", key, key_len, NULL), STEUN_STATUS_NULL_POINTER);
    CHECK_STATUS(steun_client_code("burgerservicenummer", "111222333", key, key_len, &out), STEUN_STATUS_NOT_FOUND);
    CHECK(CONTAINS(steun_last_error_message(), "bsn, client_number"));
    CHECK_STATUS(steun_client_code("bsn", "\xff\xfe", key, key_len, &out), STEUN_STATUS_INVALID_UTF8);
}

/* The same codes through the operation, the key as hex. */
static void test_client_code_derive(void) {
    const char *req = "{\"kind\":\"bsn\",\"identifier\":\"111222333\","
                      "\"key_hex\":\"737465756e2d746573742d6b65792d30313233343536373839\"}";
    char *out = NULL;
    CHECK_STATUS(steun_client_code_derive(req, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"ID-ZG43-9PSD-QSXB-KJVQ\""));
    CHECK(!CONTAINS(out, "111222333"));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_client_code_derive("{\"kind\":\"bsn\",\"identifier\":\"111222333\",\"key_hex\":\"00ff\"}", &out),
                 STEUN_STATUS_INVALID_INPUT);
    CHECK(strncmp(steun_last_error_path(), "key_hex", 7) == 0);
    CHECK(CONTAINS(steun_last_error_message(), "at least 16"));
    CHECK(!CONTAINS(steun_last_error_message(), "111222333"));
    CHECK(out == NULL);
    CHECK_STATUS(steun_bsn_check("{\"bsn\":\"111222333\"}", &out), STEUN_STATUS_OK);
    CHECK(out && strcmp(out, "{\"answer\":true}") == 0);
    steun_string_free(out);
    CHECK_STATUS(steun_bsn_check("{\"bsn\":\"111222334\"}", &out), STEUN_STATUS_OK);
    CHECK(out && strcmp(out, "{\"answer\":false}") == 0);
    steun_string_free(out);
}

static void test_report(const char *path) {
    char *json = read_file(path);
    CHECK(json != NULL);
    if (!json) return;
    char *out = NULL;
    CHECK_STATUS(steun_signals_attach_urgency(json, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"instrument\":\"steun.signals\""));
    CHECK(CONTAINS(out, "\"band\":\"consultation\""));
    CHECK(CONTAINS(out, "\"route\":\"network\""));
    steun_string_free(out);
    free(json);

    /* Issue 17: nothing assessed yet about a child is no crisis report; the team is consulted. */
    const char *child =
        "{\"reported_on\":\"2012-03-01\",\"reporter\":\"neighbour\",\"network\":\"outside\","
        "\"client\":\"ID-ZG43-9PSD-QSXB-KJVQ\",\"signals\":[{\"kind\":\"loneliness\"}],"
        "\"discussed_with_client\":false,\"urgency\":{\"risks\":"
        "{\"safety\":\"unknown\",\"health\":\"unknown\",\"wellbeing\":\"unknown\"},\"scope\":{\"persons\":1,"
        "\"minors_involved\":true,\"over_75_involved\":false},\"duration\":\"unknown\"}}";
    out = NULL;
    CHECK_STATUS(steun_signals_attach_urgency(child, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"route\":\"consult_team\"") && !CONTAINS(out, "\"route\":\"acute_help\""));
    CHECK(CONTAINS(out, "\"band\":\"information_advice\",\"worst_band\":\"crisis\""));
    CHECK(CONTAINS(out, "\"needs_consultation\":true"));
    steun_string_free(out);

    out = NULL;
    CHECK_STATUS(steun_signals_attach_urgency("{\"reported_on\": ", &out), STEUN_STATUS_MALFORMED_JSON);
    CHECK(out == NULL);
    /* A report that brings its own result is refused: `result` is no field of a report. */
    CHECK_STATUS(steun_signals_attach_urgency("{\"result\": {\"band\": \"crisis\"}}", &out), STEUN_STATUS_INVALID_INPUT);
    char *report = NULL;
    CHECK_STATUS(steun_last_error_json(&report), STEUN_STATUS_OK);
    CHECK(CONTAINS(report, "\"kind\":\"unknown_field\""));
    CHECK(CONTAINS(report, "{\"kind\":\"missing\",\"path\":\"reported_on\""));
    steun_string_free(report);
    CHECK_STATUS(steun_signals_attach_urgency(NULL, &out), STEUN_STATUS_NULL_POINTER);
    CHECK(out == NULL);
}

/* Runs a case-list operation on `{"case_list": L, <rest>}`. */
static int on_list(int (*fn)(const char *, char **), const char *list, const char *rest, char **out) {
    char *req = join("{\"case_list\":", list, rest, "}", NULL);
    int rc = fn(req, out);
    free(req);
    return rc;
}

static void test_cases(const char *path) {
    char *json = read_file(path);
    CHECK(json != NULL);
    if (!json) return;
    char *out = NULL;
    CHECK_STATUS(on_list(steun_cases_list, json, ",\"query\":{}", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "VNDL-2012-01") && CONTAINS(out, "VNDL-2012-03"));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(on_list(steun_cases_list, json, "", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "VNDL-2012-01") && CONTAINS(out, "VNDL-2012-03"));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(on_list(steun_cases_list, json, ",\"query\":{\"overdue_on\": \"2012-03-21\"}", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"overdue_actions\":[{\"action\":0,\"due\":\"2012-03-20\""));
    CHECK(CONTAINS(out, "VNDL-2012-02") && !CONTAINS(out, "VNDL-2012-03"));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(on_list(steun_cases_list, json, ",\"query\":{\"status\": \"open\"}", &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "query.status") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "registered"));
    CHECK(CONTAINS(steun_last_error_message(), "in_progress"));
    CHECK(!CONTAINS(steun_last_error_message(), "open"));

    CHECK_STATUS(steun_cases_minimise(json, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "Ouderenadviseur legt huisbezoek af"));
    CHECK(!CONTAINS(out, "Mevrouw eet slecht"));
    CHECK(!CONTAINS(out, "Huisarts gebeld"));
    steun_string_free(out);

    out = NULL;
    CHECK_STATUS(on_list(steun_cases_apply_retention, json, ",\"as_of\":\"2012-03-13\"", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "VNDL-2012-01"));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(on_list(steun_cases_apply_retention, json, ",\"as_of\":\"13-03-2012\"", &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "as_of") == 0);
    CHECK(out == NULL);
    free(json);
}

int main(int argc, char **argv) {
    const char *report = argc > 1 ? argv[1] : "examples/data/signals_report.json";
    const char *cases = argc > 2 ? argv[2] : "examples/data/signals_cases.json";
    test_client_code();
    test_client_code_derive();
    test_report(report);
    test_cases(cases);
    return check_summary("test_signals");
}
