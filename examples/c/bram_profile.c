/* Checks Bram's Personal Profile (document.validate) and prints its domains with Dutch
 * labels (catalogue.label) and the profile in canonical JSON.
 * cc bram_profile.c -I bindings/c/include -L target/release -lsteun */
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
    char *buf = (char *)malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) == (size_t)n) buf[n] = '\0';
    else { free(buf); buf = NULL; }
    fclose(f);
    return buf;
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "examples/data/bram_profile.json";
    char *json = slurp(path);
    if (!json) { fprintf(stderr, "cannot read %s\n", path); return 1; }

    const char *head = "{\"kind\":\"personal_profile\",\"document\":";
    char *request = (char *)malloc(strlen(head) + strlen(json) + 2);
    if (!request) { free(json); return 1; }
    sprintf(request, "%s%s}", head, json);
    free(json);
    char *canonical = NULL;
    int status = steun_document_validate(request, &canonical);
    free(request);
    if (status != STEUN_STATUS_OK) {
        fprintf(stderr, "invalid profile (%d) at %s: %s\n", status, steun_last_error_path(), steun_last_error_message());
        return 1;
    }
    printf("steun %s: Persoonlijk Profiel\n", steun_version());

    const char *domains[] = {"housing", "work", "self_care", "social_contacts"};
    for (size_t i = 0; i < sizeof domains / sizeof *domains; i++) {
        char query[128], *label = NULL;
        snprintf(query, sizeof query, "{\"enum\":\"LifeDomain\",\"code\":\"%s\",\"lang\":\"nl\"}", domains[i]);
        if (steun_catalogue_label(query, &label) == STEUN_STATUS_OK) {
            printf("  - %s (%s)\n", label, domains[i]); /* {"text":"Wonen"} */
            steun_string_free(label);
        }
    }
    printf("%s\n", canonical);
    steun_string_free(canonical);
    return 0;
}
