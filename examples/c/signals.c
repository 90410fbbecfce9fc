/* Pseudonymise a client, attach the urgency to a report form and list overdue actions.
 * Run from the repository root (paths under examples/data/). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "steun.h"

static char *read_all(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) { free(buf); buf = NULL; }
    if (buf) buf[n] = '\0';
    fclose(f);
    return buf;
}

int main(int argc, char **argv) {
    const char *report_path = argc > 1 ? argv[1] : "examples/data/signals_report.json";
    const char *cases_path = argc > 2 ? argv[2] : "examples/data/signals_cases.json";
    static const char key[] = "steun-test-key-0123456789"; /* in practice from a protected file */
    char *out = NULL;
    if (steun_client_code("bsn", "111222333", (const uint8_t *)key, strlen(key), &out) != STEUN_STATUS_OK) {
        fprintf(stderr, "client code: %s\n", steun_last_error_message());
        return 1;
    }
    printf("client code: %s\n", out);
    steun_string_free(out);

    char *report = read_all(report_path);
    char *cases = read_all(cases_path);
    int rc = 1;
    if (report && cases && steun_report_attach_json(report, &out) == STEUN_STATUS_OK) {
        printf("assessed report: %.80s...\n", out);
        steun_string_free(out);
        if (steun_case_list_json(cases, "{\"overdue_on\": \"2012-03-21\"}", &out) == STEUN_STATUS_OK) {
            printf("overdue: %s\n", out);
            steun_string_free(out);
            rc = 0;
        }
    }
    if (rc != 0) fprintf(stderr, "error: %s\n", steun_last_error_message());
    free(report);
    free(cases);
    return rc;
}
