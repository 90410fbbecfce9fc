/* Signals through the C API: client codes (vectors computed with Python's hmac module),
 * report forms with attached urgency, case listings, retention and minimisation, and
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

static void test_report(const char *path) {
    char *json = read_file(path);
    CHECK(json != NULL);
    if (!json) return;
    char *out = NULL;
    CHECK_STATUS(steun_report_attach_json(json, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"band\":\"consultation\""));
    CHECK(CONTAINS(out, "\"route\":\"network\""));
    steun_string_free(out);
    free(json);

    out = NULL;
    CHECK_STATUS(steun_report_attach_json("{\"reported_on\": ", &out), STEUN_STATUS_MALFORMED_JSON);
    CHECK(out == NULL);
    CHECK_STATUS(steun_report_attach_json("{\"result\": {\"band\": \"crisis\"}}", &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "result") == 0);
    CHECK_STATUS(steun_report_attach_json(NULL, &out), STEUN_STATUS_NULL_POINTER);
}

static void test_cases(const char *path) {
    char *json = read_file(path);
    CHECK(json != NULL);
    if (!json) return;
    char *out = NULL;
    CHECK_STATUS(steun_case_list_json(json, "{}", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "VNDL-2012-01") && CONTAINS(out, "VNDL-2012-03"));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_case_list_json(json, "{\"overdue_on\": \"2012-03-21\"}", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "\"overdue_actions\":[{\"action\":0,\"due\":\"2012-03-20\""));
    CHECK(CONTAINS(out, "VNDL-2012-02") && !CONTAINS(out, "VNDL-2012-03"));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_case_list_json(json, "{\"status\": \"open\"}", &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "status") == 0);
    CHECK(CONTAINS(steun_last_error_message(), "registered, in_progress, closed"));

    CHECK_STATUS(steun_case_list_minimise_json(json, &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "Ouderenadviseur legt huisbezoek af"));
    CHECK(!CONTAINS(out, "Mevrouw eet slecht"));
    CHECK(!CONTAINS(out, "Huisarts gebeld"));
    steun_string_free(out);

    out = NULL;
    CHECK_STATUS(steun_case_list_retain_json(json, "2012-03-13", &out), STEUN_STATUS_OK);
    CHECK(CONTAINS(out, "VNDL-2012-01"));
    steun_string_free(out);
    out = NULL;
    CHECK_STATUS(steun_case_list_retain_json(json, "13-03-2012", &out), STEUN_STATUS_INVALID_INPUT);
    CHECK(strcmp(steun_last_error_path(), "as_of") == 0);
    free(json);
}

int main(int argc, char **argv) {
    const char *report = argc > 1 ? argv[1] : "examples/data/signals_report.json";
    const char *cases = argc > 2 ? argv[2] : "examples/data/signals_cases.json";
    test_client_code();
    test_report(report);
    test_cases(cases);
    return check_summary("test_signals");
}
