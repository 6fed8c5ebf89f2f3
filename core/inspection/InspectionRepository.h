// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Inspection.h"
#include "storage/Result.h"

namespace servicelens::inspection {

// Reads inspections, their answers, photos and evidence; what the previous inspection found.
// Every change goes through InspectionWorkflow, which keeps the rules.
class InspectionRepository final {
public:
    explicit InspectionRepository(Database &db)
        : m_db(db)
    {}

    Result<std::optional<Inspection>> findById(qint64 id) const;
    Result<std::optional<Inspection>> findByUid(const QString &uid) const;
    Result<std::vector<Answer>> answers(qint64 inspectionId) const;
    // Newest first; drafts included.
    Result<std::vector<InspectionListRow>> list(qint64 branchId) const;
    // The last completed inspection of the template's code before `before`, item code -> what it
    // found.
    Result<QHash<QString, PreviousFinding>> previousFindings(const Inspection &inspection) const;
    Result<std::vector<PhotoInfo>> photos(qint64 inspectionId) const;
    Result<QByteArray> photoImage(qint64 photoId) const;
    // Service orders kept as evidence for an answer.
    Result<std::vector<qint64>> evidence(qint64 inspectionId, qint64 itemId) const;

    static QString statusCode(InspectionStatus status);

private:
    Database &m_db;
};

} // namespace servicelens::inspection
