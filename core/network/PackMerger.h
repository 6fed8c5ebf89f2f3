// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PackFile.h"

#include "storage/Result.h"

#include <QCoreApplication>

namespace servicelens {
class Database;
}

namespace servicelens::network {

// What merging one pack did (FORMATS.md, `merge`): rows a branch owns, by uid; children travel
// with their parents and are not counted apart.
struct MergeOutcome {
    PackManifest pack;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 conflicts = 0;
    qint64 deleted = 0; // rows the branch deleted, deleted here too
};

// Merges a branch's pack into a head-office store (a workbook holding many branches), in one
// transaction, after verifying the whole pack. By uid, each row only by its owner:
// - a row the store lacks is inserted;
// - a row no newer than the version merged last is left alone (the same pack twice, or an older
//   pack after a newer one, changes nothing: every order of merging converges);
// - a newer row replaces the stored one, children included, unless the store's row was edited
//   here since it was merged, or belongs to another branch: then both versions go to the
//   conflict list (merge_conflict) and the stored row stays as it is;
// - a row the branch deleted (its audit records say so) is deleted here too, unless edited
//   here (a conflict), and stays deleted when an older pack is merged later.
// Shared lists (templates, surveys, courses) are matched by code and version; one the store
// lacks is added. The branch's audit records are kept apart (branch_audit), and one audit
// record of the store names the pack and what it did.
class PackMerger final {
    Q_DECLARE_TR_FUNCTIONS(PackMerger)

public:
    explicit PackMerger(Database &store)
        : m_db(store)
    {}

    Result<MergeOutcome> merge(const QString &packPath);

    // The shared lists of the pack attached as `pack`: those the store lacks added (by code and
    // version), and temp.map_<table> from each pack_id to the store's id.
    static Status mapShared(Database &db);
    // The pack copied into a private folder and verified there (what is verified is what is
    // merged, not the file on the stick); its manifest and the copy's path.
    static Result<std::pair<PackManifest, QString>> verifiedCopy(const QString &packPath,
                                                                 const QString &folder);

private:
    Status checkWrittenTables();
    Status mergeOwned(qint64 branchId, const PackManifest &pack, MergeOutcome &outcome);
    Status applyDeletions(qint64 branchId, const PackManifest &pack, MergeOutcome &outcome);
    Status finish(qint64 branchId, const MergeOutcome &outcome);

    Database &m_db;
    bool m_checked = false; // the written tables' full check, made before the first merge
};

} // namespace servicelens::network
