#include "core/base/trigrammatch.h"

#include <cstring>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <sqlite3.h>

namespace Linkdeck::TrigramMatch {
namespace {

// The connections that have the function. An entry is removed when SQLite destroys the
// function, that is when its connection closes, so a new connection that happens to get
// the address of a closed one is registered again.
std::recursive_mutex registryMutex;   // recursive: a failed registration destroys at once
std::set<sqlite3 *> &registry()
{
    static std::set<sqlite3 *> connections;
    return connections;
}

fts5_api *fts5Of(sqlite3 *handle)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

// The connection's "trigram" tokenizer with its default options, as links_fts was created
// (tokenize='trigram': case folded, diacritics kept).
class Tokenizer
{
public:
    Tokenizer(sqlite3 *handle, const fts5_tokenizer &api, Fts5Tokenizer *instance)
        : m_handle(handle)
        , m_api(api)
        , m_instance(instance)
    {}
    ~Tokenizer() { m_api.xDelete(m_instance); }
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    sqlite3 *handle() const { return m_handle; }

    // The tokens of text in order: every run of three characters, case folded.
    void tokens(std::string_view text, std::vector<std::string> &out) const
    {
        out.clear();
        m_api.xTokenize(m_instance, &out, FTS5_TOKENIZE_DOCUMENT, text.data(), int(text.size()),
                        [](void *context, int, const char *token, int size, int, int) {
                            static_cast<std::vector<std::string> *>(context)->emplace_back(token, std::size_t(size));
                            return SQLITE_OK;
                        });
    }

    std::vector<std::string> textTokens;   // scratch space for one row's non-ASCII text
    std::string lowered;                   // scratch space for one row's ASCII text

private:
    sqlite3 *m_handle;
    fts5_tokenizer m_api;
    Fts5Tokenizer *m_instance;
};

// A phrase of the index: its tokens, and when they are all ASCII the folded text they
// spell, so that an ASCII text can be searched with memmem().
struct Pattern
{
    std::vector<std::string> tokens;
    std::string ascii;
    bool isAscii = false;
};

Pattern patternOf(const Tokenizer &tokenizer, std::string_view text)
{
    Pattern p;
    tokenizer.tokens(text, p.tokens);
    if (p.tokens.empty())
        return p;
    // Consecutive trigrams overlap by two characters; if they do here, the phrase is the
    // first trigram followed by the last character of each further one.
    std::string spelled = p.tokens.front();
    for (std::size_t i = 1; i < p.tokens.size(); ++i)
        spelled += p.tokens[i].back();
    bool ascii = true;
    for (const std::string &t : p.tokens) {
        ascii = ascii && t.size() == 3;
        for (const char c : t)
            ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    }
    for (std::size_t i = 0; ascii && i < p.tokens.size(); ++i)
        ascii = spelled.compare(i, 3, p.tokens[i]) == 0;
    p.isAscii = ascii;
    if (ascii)
        p.ascii = std::move(spelled);
    return p;
}

bool containsPhrase(const std::vector<std::string> &tokens, const std::vector<std::string> &phrase)
{
    if (phrase.empty() || tokens.size() < phrase.size())
        return false;
    for (std::size_t start = 0; start + phrase.size() <= tokens.size(); ++start) {
        std::size_t k = 0;
        while (k < phrase.size() && tokens[start + k] == phrase[k])
            ++k;
        if (k == phrase.size())
            return true;
    }
    return false;
}

bool matches(Tokenizer &tokenizer, const Pattern &pattern, sqlite3_value *value)
{
    const auto *text = sqlite3_value_text(value);
    if (!text)
        return false;
    const int size = sqlite3_value_bytes(value);
    // The tokenizer stops at a NUL, and on ASCII it only turns A-Z into a-z: ASCII text is
    // then searched as it is, lower-cased, which is much faster than tokenizing it.
    int length = 0;
    bool ascii = true;
    for (; length < size && text[length] != 0; ++length) {
        if (text[length] >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        if (!pattern.isAscii || std::size_t(length) < pattern.ascii.size())
            return false;   // an ASCII text has ASCII trigrams only
        std::string &lowered = tokenizer.lowered;
        lowered.resize(std::size_t(length));
        for (int i = 0; i < length; ++i) {
            const unsigned char c = text[i];
            lowered[std::size_t(i)] = char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return memmem(lowered.data(), lowered.size(), pattern.ascii.data(), pattern.ascii.size()) != nullptr;
    }
    tokenizer.tokens(std::string_view(reinterpret_cast<const char *>(text), std::size_t(size)), tokenizer.textTokens);
    return containsPhrase(tokenizer.textTokens, pattern.tokens);
}

void matchFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc < 1) {
        sqlite3_result_int(context, 0);
        return;
    }
    auto *tokenizer = static_cast<Tokenizer *>(sqlite3_user_data(context));
    // The pattern is the same for every row of a statement: tokenized once and kept.
    auto *pattern = static_cast<Pattern *>(sqlite3_get_auxdata(context, 0));
    Pattern local;
    if (!pattern) {
        const auto *text = sqlite3_value_text(argv[0]);
        const std::string_view patternText(text ? reinterpret_cast<const char *>(text) : "",
                                           text ? std::size_t(sqlite3_value_bytes(argv[0])) : 0);
        local = patternOf(*tokenizer, patternText);
        sqlite3_set_auxdata(context, 0, new Pattern(local), [](void *p) { delete static_cast<Pattern *>(p); });
        pattern = &local;
    }
    for (int i = 1; i < argc; ++i) {
        if (matches(*tokenizer, *pattern, argv[i])) {
            sqlite3_result_int(context, 1);
            return;
        }
    }
    sqlite3_result_int(context, 0);
}

void destroyTokenizer(void *p)
{
    auto *tokenizer = static_cast<Tokenizer *>(p);
    {
        const std::lock_guard lock(registryMutex);
        registry().erase(tokenizer->handle());
    }
    delete tokenizer;
}

}   // namespace

bool ensureRegistered(sqlite3 *handle)
{
    if (!handle)
        return false;
    const std::lock_guard lock(registryMutex);
    if (registry().count(handle))
        return true;
    fts5_api *api = fts5Of(handle);
    if (!api)
        return false;
    void *userData = nullptr;
    fts5_tokenizer tokenizerApi{};
    if (api->xFindTokenizer(api, "trigram", &userData, &tokenizerApi) != SQLITE_OK)
        return false;
    Fts5Tokenizer *instance = nullptr;
    if (tokenizerApi.xCreate(userData, nullptr, 0, &instance) != SQLITE_OK)
        return false;
    auto *tokenizer = new Tokenizer(handle, tokenizerApi, instance);
    registry().insert(handle);
    // SQLite calls destroyTokenizer when the connection closes, also if registering fails.
    if (sqlite3_create_function_v2(handle, FunctionName, -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   tokenizer, matchFunction, nullptr, nullptr, destroyTokenizer)
        != SQLITE_OK) {
        registry().erase(handle);
        return false;
    }
    return true;
}

}   // namespace Linkdeck::TrigramMatch
