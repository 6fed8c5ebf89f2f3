// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace servicelens::inspection {

// A completed inspection's seal: the SHA-256 of its content (who inspected what and when, every
// answer, note, photo and evidence order, the score), stored with it when it is completed and
// again with each amendment, printed on the report. `check` recomputes it: an answer changed
// outside ServiceLens no longer matches, and a printed report can be matched to the workbook.
// Works on a bare SQLite connection, so it runs inside migrations and on read-only checks.
class InspectionSeal final {
    Q_DECLARE_TR_FUNCTIONS(InspectionSeal)

public:
    struct Finding {
        qint64 sealed = 0;  // completed inspections checked
        QStringList broken; // one message per inspection whose content no longer matches
        bool intact() const { return broken.isEmpty(); }
    };

    // Hex SHA-256 of the inspection's content as it is stored now.
    static Result<QByteArray> compute(sqlite3 *db, qint64 inspectionId);
    // Computes and stores the seal, and returns it. Inside the caller's transaction.
    static Result<QByteArray> seal(sqlite3 *db, qint64 inspectionId);
    // Seals every completed inspection: the migration that introduces seals, and a training copy
    // after its free text was scrubbed.
    static Status sealAll(sqlite3 *db);
    // Whether the workbook's inspections have the seal column (schema 10 on).
    static bool isSealed(sqlite3 *db);
    static Result<Finding> verify(sqlite3 *db);
    // How the seal is shown to people: the first 16 hex digits in groups of four.
    static QString shortForm(const QString &hexHash);
};

} // namespace servicelens::inspection
