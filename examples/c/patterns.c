/* Finds candidate demand patterns in examples/data/story_fragments.json (or the file given)
 * and prints the result as JSON. */
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
    const char *path = argc > 1 ? argv[1] : "examples/data/story_fragments.json";
    char *fragments = slurp(path);
    if (!fragments) { fprintf(stderr, "cannot read %s\n", path); return 2; }
    /* patterns.find: {"min_respondents": K, "fragments": [...]}. */
    const char *head = "{\"min_respondents\":3,\"fragments\":";
    char *request = malloc(strlen(head) + strlen(fragments) + 2);
    if (!request) { free(fragments); return 2; }
    sprintf(request, "%s%s}", head, fragments);
    free(fragments);
    char *out = NULL;
    int status = steun_patterns_find(request, &out);
    free(request);
    if (status != STEUN_STATUS_OK) {
        fprintf(stderr, "error %d at %s: %s\n", status, steun_last_error_path(), steun_last_error_message());
        return 1;
    }
    printf("%s\n", out);
    steun_string_free(out);
    return 0;
}
