#pragma once
// The PostgreSQL engine: one connection to a team's archive database, its schema checked (read access) or migrated
// (write access) on opening, and the readers, writer, corrections, marks and search memory that work on it.

#include <memory>
#include <string>

#include "pg.hpp"
#include "store/archive.hpp"

namespace bulletin::store::postgresql {

class PgArchiveReader;
class PgEntityReader;
class PgCorrections;
class PgSearchMemory;
class PgMarks;

class PgArchive final : public ArchiveEngine {
public:
    PgArchive(const std::string& conninfo, Access access);
    ~PgArchive() override;

    [[nodiscard]] pg::Connection& connection() { return c_; }
    [[nodiscard]] ArchiveReader& reader() override;
    [[nodiscard]] EntityReader& entities() override;
    [[nodiscard]] Corrections& corrections() override;
    [[nodiscard]] SearchMemory& searchMemory() override;
    [[nodiscard]] Marks& marks() override;
    [[nodiscard]] std::unique_ptr<ArchiveWriter> newWriter() override;
    [[nodiscard]] std::unique_ptr<ArchiveTransfer> newTransfer() override;
    [[nodiscard]] CheckResult check() override;
    [[nodiscard]] int schemaVersion() override;
    // The change sequence moves with every commit of any writer, correction or mark.
    [[nodiscard]] std::int64_t changeCounter() override;
    [[nodiscard]] std::int64_t contentCounter() override;
    void interrupt() override { c_.cancel(); }
    // The server spills to disk on its own (work_mem); exports ask for nothing.
    void setDiskSorts(bool) override {}
    // A connection of its own that LISTENs for bulletin_changed (every writer's commit sends it).
    [[nodiscard]] std::unique_ptr<ChangeListener> listenForChanges() override;
    // Counting, listing ids for facets and ranking visit every match's row (ranking also scores each, 5-8 us): on
    // 240,000 releases an exact count or the ids of a common word's 68,000 matches read ~44,000 pages (~165 ms),
    // 10,000 of them ~40 ms whatever the archive's size (README, "A team archive at scale"). So counts stop at
    // 10,000 ("10,000+"), facets count the first 10,000 matches stored, and relevance ranks up to 10,000 unless asked.
    // At a million releases a common word's bitmap alone costs ~60 ms: a text query the planner puts at 100,000
    // matches or more is counted to 1,000 by a scan that stops there, and its total is the planner's estimate
    // ("about 270,000"); its facets count the first 3,000 matches.
    [[nodiscard]] SearchLimits searchLimits() const override {
        return {10'000, 10'000, 10'000, 100'000, 1'000, 3'000, 10'000};
    }

private:
    std::string conninfo_;
    Access access_;
    pg::Connection c_;
    std::unique_ptr<PgArchiveReader> reader_;
    std::unique_ptr<PgEntityReader> entities_;
    std::unique_ptr<PgCorrections> corrections_;
    std::unique_ptr<PgSearchMemory> searchMemory_;
    std::unique_ptr<PgMarks> marks_;
};

// What opening the server's archive for writing would find (see probeArchive).
[[nodiscard]] ArchiveProbe probePgArchive(const std::string& conninfo);

}  // namespace bulletin::store::postgresql
