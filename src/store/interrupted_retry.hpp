#pragma once
// A query stopped by an interruption meant for another one is run again while its answer is still wanted.

#include "error.hpp"

namespace bulletin::store {

// Runs `query`; when it throws an interrupted Error and `superseded()` says its answer is still wanted, runs it again,
// `attempts` times in all. Why: an interruption (sqlite3_interrupt, a PostgreSQL cancel request) is meant for the
// query a newer one replaces, but a server's cancel request arrives when it arrives: sent while the connection was
// between two queries, it stops the next one, the newer query itself.
template <typename Query, typename Superseded>
auto runUnlessSuperseded(Query&& query, Superseded&& superseded, int attempts = 3) -> decltype(query()) {
    for (int attempt = 1;; ++attempt) {
        try {
            return query();
        } catch (const Error& e) {
            if (!e.interrupted() || attempt >= attempts || superseded()) throw;
        }
    }
}

}  // namespace bulletin::store
