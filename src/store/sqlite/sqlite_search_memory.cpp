#include "sqlite_search_memory.hpp"

#include <chrono>

#include "core/text.hpp"

namespace bulletin::store {

namespace {
std::int64_t now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}
}  // namespace

void SqliteSearchMemory::save(const std::string& name, const std::string& query, const std::string& list) {
    auto st = archive_.db().prepare(
        "INSERT INTO saved_searches (name, query, list, created) VALUES (?,?,?,?) ON CONFLICT(name) DO UPDATE SET"
        " query = excluded.query, list = excluded.list, created = excluded.created");
    st.bind(1, name).bind(2, query).bind(3, list).bind(4, now());
    st.run();
}

bool SqliteSearchMemory::remove(const std::string& name) {
    auto st = archive_.db().prepare("DELETE FROM saved_searches WHERE name = ?");
    st.bind(1, name);
    st.run();
    return archive_.db().changes() > 0;
}

std::vector<SavedSearch> SqliteSearchMemory::saved() {
    auto st = archive_.db().prepare(
        "SELECT name, query, list, watched, seen_document FROM saved_searches ORDER BY name COLLATE NOCASE");
    std::vector<SavedSearch> out;
    while (st.step()) out.push_back({st.text(0), st.text(1), st.text(2), st.int64(3) != 0, st.int64(4)});
    return out;
}

bool SqliteSearchMemory::setWatched(const std::string& name, bool watched) {
    auto st = archive_.db().prepare(
        "UPDATE saved_searches SET watched = ?, seen_document = (SELECT coalesce(max(id), 0) FROM documents)"
        " WHERE name = ?");
    st.bind(1, watched ? 1 : 0).bind(2, name);
    st.run();
    return archive_.db().changes() > 0;
}

bool SqliteSearchMemory::markSeen(const std::string& name) {
    auto st = archive_.db().prepare(
        "UPDATE saved_searches SET seen_document = (SELECT coalesce(max(id), 0) FROM documents) WHERE name = ?");
    st.bind(1, name);
    st.run();
    return archive_.db().changes() > 0;
}

void SqliteSearchMemory::remember(const std::string& query) {
    const std::string q(text::trim(query));
    if (q.empty()) return;
    auto last = archive_.db().prepare("SELECT query FROM search_history ORDER BY id DESC LIMIT 1");
    if (last.step() && last.text(0) == q) return;
    auto st = archive_.db().prepare("INSERT INTO search_history (query, at) VALUES (?,?)");
    st.bind(1, q).bind(2, now());
    st.run();
    auto trim = archive_.db().prepare(
        "DELETE FROM search_history WHERE id <= (SELECT max(id) FROM search_history) - ?");
    trim.bind(1, kHistoryLimit);
    trim.run();
}

std::vector<std::string> SqliteSearchMemory::history(std::int64_t limit) {
    auto st = archive_.db().prepare(
        "SELECT query FROM search_history GROUP BY query ORDER BY max(id) DESC LIMIT ?");
    st.bind(1, limit);
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.text(0));
    return out;
}

}  // namespace bulletin::store
