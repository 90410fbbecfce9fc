/* Builds Bram's Personal Profile from JSON and prints it with Dutch labels.
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

    SteunPersonalProfile *profile = NULL;
    int status = steun_personal_profile_from_json(json, &profile);
    free(json);
    if (status != STEUN_STATUS_OK) {
        fprintf(stderr, "invalid profile (%d) at %s: %s\n", status, steun_last_error_path(), steun_last_error_message());
        return 1;
    }
    printf("steun %s: Persoonlijk Profiel met %zu levensdomeinen\n", steun_version(),
           steun_personal_profile_domain_count(profile));

    const char *domains[] = {"housing", "work", "self_care", "social_contacts"};
    for (size_t i = 0; i < sizeof domains / sizeof *domains; i++) {
        char *label = NULL;
        if (steun_label("LifeDomain", domains[i], STEUN_LANG_NL, &label) == STEUN_STATUS_OK) {
            printf("  - %s (%s)\n", label, domains[i]);
            steun_string_free(label);
        }
    }

    char *canonical = NULL;
    if (steun_personal_profile_to_json(profile, &canonical) == STEUN_STATUS_OK) {
        printf("%s\n", canonical);
        steun_string_free(canonical);
    }
    steun_personal_profile_free(profile);
    return 0;
}
