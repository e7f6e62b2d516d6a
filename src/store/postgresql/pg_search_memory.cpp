#include "pg_search_memory.hpp"

#include "core/text.hpp"

namespace bulletin::store::postgresql {

void PgSearchMemory::save(const std::string& name, const std::string& query, const std::string& list) {
    c_.query("INSERT INTO saved_searches (name, query, list) VALUES ($1, $2, $3) ON CONFLICT (owner, name) DO UPDATE"
             " SET query = excluded.query, list = excluded.list, created = now()",
             pg::Params().add(name).add(query).add(list));
}

bool PgSearchMemory::remove(const std::string& name) {
    return c_.query("DELETE FROM saved_searches WHERE owner = session_user AND name = $1", pg::Params().add(name))
               .affected() > 0;
}

bool PgSearchMemory::setWatched(const std::string& name, bool watched) {
    return c_.query("UPDATE saved_searches SET watched = $1, seen_document = (SELECT coalesce(max(id), 0) FROM"
                    " documents) WHERE owner = session_user AND name = $2",
                    pg::Params().add(watched ? "true" : "false").add(name))
               .affected() > 0;
}

bool PgSearchMemory::markSeen(const std::string& name) {
    return c_.query("UPDATE saved_searches SET seen_document = (SELECT coalesce(max(id), 0) FROM documents)"
                    " WHERE owner = session_user AND name = $1",
                    pg::Params().add(name))
               .affected() > 0;
}

bool PgSearchMemory::setShared(const std::string& name, bool shared) {
    return c_.query("UPDATE saved_searches SET shared = $1 WHERE owner = session_user AND name = $2",
                    pg::Params().add(shared ? "true" : "false").add(name))
               .affected() > 0;
}

std::vector<SavedSearch> PgSearchMemory::saved() {
    const auto r = c_.query(
        "SELECT CASE WHEN owner = session_user THEN name ELSE name || ' (' || owner || ')' END AS shown, query, list,"
        " watched AND owner = session_user, seen_document FROM saved_searches WHERE owner = session_user OR shared"
        " ORDER BY lower(name) COLLATE \"C\", owner <> session_user, owner");
    std::vector<SavedSearch> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({std::string(r.text(i, 0)), std::string(r.text(i, 1)), std::string(r.text(i, 2)), r.boolean(i, 3),
                       r.int64(i, 4)});
    return out;
}

void PgSearchMemory::remember(const std::string& query) {
    const std::string q(text::trim(query));
    if (q.empty()) return;
    const auto last = c_.query("SELECT query FROM search_history WHERE owner = session_user ORDER BY id DESC LIMIT 1");
    if (last.rows() > 0 && last.text(0, 0) == q) return;
    c_.query("INSERT INTO search_history (query) VALUES ($1)", pg::Params().add(q));
    c_.query("DELETE FROM search_history WHERE owner = session_user AND id <= (SELECT max(id) FROM search_history"
             " WHERE owner = session_user) - $1",
             pg::Params().add(kHistoryLimit));
}

std::vector<std::string> PgSearchMemory::history(std::int64_t limit) {
    const auto r = c_.query("SELECT query FROM search_history WHERE owner = session_user GROUP BY query"
                            " ORDER BY max(id) DESC LIMIT $1",
                            pg::Params().add(limit));
    std::vector<std::string> out;
    for (int i = 0; i < r.rows(); ++i) out.emplace_back(r.text(i, 0));
    return out;
}

}  // namespace bulletin::store::postgresql
