#include "fts_tokenizer.hpp"

#include "core/word_tokenizer.hpp"
#include "fts5_api.hpp"

namespace bulletin::store {

namespace {
// FTS5 wants an instance per table; ours has no state (ICU's break iterator lives per thread).
Fts5Tokenizer* instance() {
    static int marker = 0;
    return reinterpret_cast<Fts5Tokenizer*>(&marker);
}

int create(void*, const char**, int, Fts5Tokenizer** out) {
    *out = instance();
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer*) {}

int tokenize(Fts5Tokenizer*, void* ctx, int /*flags*/, const char* text, int size,
             int (*token)(void*, int, const char*, int, int, int)) {
    if (size <= 0) return SQLITE_OK;
    int rc = SQLITE_OK;
    try {
        text::forEachWord(std::string_view(text, static_cast<std::size_t>(size)), [&](const text::Word& w) {
            rc = token(ctx, 0, w.folded.data(), static_cast<int>(w.folded.size()), static_cast<int>(w.begin),
                       static_cast<int>(w.end));
            return rc == SQLITE_OK;
        });
    } catch (const std::bad_alloc&) {
        return SQLITE_NOMEM;
    } catch (...) {
        return SQLITE_ERROR;
    }
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}
}  // namespace

int registerWordTokenizer(sqlite3* db) {
    fts5_api* api = fts5Api(db);
    if (!api) return SQLITE_ERROR;
    fts5_tokenizer tokenizer{create, destroy, tokenize};
    return api->xCreateTokenizer(api, kWordTokenizer, nullptr, &tokenizer, nullptr);
}

}  // namespace bulletin::store
