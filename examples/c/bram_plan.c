/* Bram's support case (002:1608-1840) from C: validate it, print the Plan van Aanpak in
 * Dutch and the Wmo application as JSON. Run from the repository root. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "steun.h"

static char *slurp(const char *path) {
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
    const char *path = argc > 1 ? argv[1] : "examples/data/bram_case.json";
    char *json = slurp(path);
    if (!json) { fprintf(stderr, "cannot read %s\n", path); return 2; }
    char *out = NULL;
    int rc = steun_plan_validate(json, &out);
    if (rc != STEUN_STATUS_OK) {
        fprintf(stderr, "%s (at %s)\n", steun_last_error_message(), steun_last_error_path());
        free(json);
        return 1;
    }
    printf("findings: %s\n\n", out);
    steun_string_free(out);
    /* plan.render and plan.application take a request around the case. */
    const char *render_head = "{\"lang\":\"nl\",\"part\":\"plan\",\"case\":";
    char *request = malloc(strlen(render_head) + strlen(json) + 2);
    if (!request) { free(json); return 2; }
    sprintf(request, "%s%s}", render_head, json);
    if (steun_plan_render(request, &out) == STEUN_STATUS_OK) {
        printf("%s\n", out); /* {"instrument", "instrument_version", "text": the Markdown} */
        steun_string_free(out);
    }
    sprintf(request, "{\"case\":%s}", json);
    if (steun_plan_application(request, &out) == STEUN_STATUS_OK) {
        printf("%s\n", out);
        steun_string_free(out);
    }
    free(request);
    free(json);
    return 0;
}
