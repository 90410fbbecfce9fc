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
    if (!report || !cases) {
        fprintf(stderr, "cannot read %s or %s\n", report_path, cases_path);
        free(report);
        free(cases);
        return 2;
    }
    int rc = 1;
    if (steun_signals_attach_urgency(report, &out) == STEUN_STATUS_OK) {
        printf("assessed report: %.80s...\n", out);
        steun_string_free(out);
        /* cases.list: {"case_list": ..., "query": ...}. */
        const char *tail = ",\"query\":{\"overdue_on\":\"2012-03-21\"}}";
        char *request = malloc(strlen("{\"case_list\":") + strlen(cases) + strlen(tail) + 1);
        if (request) {
            sprintf(request, "{\"case_list\":%s%s", cases, tail);
            if (steun_cases_list(request, &out) == STEUN_STATUS_OK) {
                printf("overdue: %s\n", out);
                steun_string_free(out);
                rc = 0;
            }
            free(request);
        }
    }
    if (rc != 0) fprintf(stderr, "error: %s\n", steun_last_error_message());
    free(report);
    free(cases);
    return rc;
}
