#pragma once
// The PostgreSQL engine's side of a copy between archives (store/archive_transfer.hpp).

#include "store/archive_transfer.hpp"

namespace bulletin::store::postgresql {

class PgArchive;

class PgTransfer final : public ArchiveTransfer {
public:
    explicit PgTransfer(PgArchive& archive) : archive_(archive) {}

    [[nodiscard]] std::vector<std::int64_t> releaseIds() override;
    [[nodiscard]] StoredRelease release(std::int64_t documentId) override;
    [[nodiscard]] std::vector<LoggedCorrection> corrections() override;
    void addCorrections(const std::vector<LoggedCorrection>& corrections) override;
    [[nodiscard]] std::vector<MarkedRelease> releaseMarks() override;
    [[nodiscard]] std::vector<MarkedEntity> entityMarks() override;
    void addMarks(const std::vector<MarkedRelease>& releases, const std::vector<MarkedEntity>& entities) override;
    void addSavedSearch(const SavedSearch& search) override;

private:
    PgArchive& archive_;
};

}  // namespace bulletin::store::postgresql
