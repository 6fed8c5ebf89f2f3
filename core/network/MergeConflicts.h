// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::network {

// A row two places changed (merge_conflict): the store's version and the branch's, each as
// {"row": {...}, "children": {"stage_event": [...], ...}} with references by uid (owned rows) or
// by the store's id (shared lists), photos as hex.
struct MergeConflict {
    qint64 id = 0;
    QString entity;
    QString uid;
    QString branchCode;
    QString packUid;
    QString reason; // edited_here | other_owner
    qint64 detectedAt = 0;
    qint64 incomingUpdatedAt = 0;
    QJsonObject local;
    QJsonObject incoming;
};

// The conflict list of a head office's store and the two ways out of a conflict (File ▸
// Conflicts…): keep the store's version (the branch's version is noted as seen, so the same pack
// merged again is no conflict), or take the branch's (the row and its children replaced by it).
// Either way an audit record says who decided what.
class MergeConflicts final {
    Q_DECLARE_TR_FUNCTIONS(MergeConflicts)

public:
    enum class Choice { KeepStore, TakeBranch };

    explicit MergeConflicts(Database &db)
        : m_db(db)
    {}

    Result<std::vector<MergeConflict>> open() const;
    Result<qint64> openCount() const;
    Status resolve(qint64 id, Choice choice);

private:
    Status apply(const MergeConflict &c, qint64 branchId);

    Database &m_db;
};

} // namespace servicelens::network
