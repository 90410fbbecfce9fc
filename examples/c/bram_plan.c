/* Bram's support case (002:1608-1840) from C: validate it, print the Plan van Aanpak in
 * Dutch and the Wmo application as JSON. Run from the repository root. */
#include <stdio.h>
#include <stdlib.h>
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
    int rc = steun_plan_validate_json(json, &out);
    if (rc != STEUN_STATUS_OK) {
        fprintf(stderr, "%s (at %s)\n", steun_last_error_message(), steun_last_error_path());
        free(json);
        return 1;
    }
    printf("findings: %s\n\n", out);
    steun_string_free(out);
    if (steun_plan_render_json(json, STEUN_LANG_NL, "plan", &out) == STEUN_STATUS_OK) {
        printf("%s\n", out);
        steun_string_free(out);
    }
    if (steun_wmo_application_json(json, &out) == STEUN_STATUS_OK) {
        printf("%s\n", out);
        steun_string_free(out);
    }
    free(json);
    return 0;
}
