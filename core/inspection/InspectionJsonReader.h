// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CorrectiveAction.h"
#include "Scoring.h"
#include "org/Branch.h"
#include "storage/Result.h"

#include <QJsonValue>

#include <vector>

namespace servicelens {
class Database;
namespace io {
class JsonFields;
}
} // namespace servicelens

namespace servicelens::inspection {

// An inspection read from JSON and checked, before it is written.
struct ParsedInspection {
    QString uid;
    qint64 branchId = 0;
    InspectionTemplate templ;
    QString inspectorCode;
    qint64 startedAt = 0;
    qint64 completedAt = 0;
    QString note;
    std::vector<Answer> answers;
    struct ActionIn {
        CorrectiveAction action;
        QString ownerCode;
        QString verifierCode;
        QString itemCode;
    };
    std::vector<ActionIn> actions;
};

// Reads and checks one inspection of the completed-inspection JSON; nothing is written. The
// first problem is named by its path in the document.
class InspectionJsonReader {
public:
    explicit InspectionJsonReader(Database &db)
        : m_db(db)
    {}

    Result<ParsedInspection> read(const QJsonValue &value, const QString &path);

private:
    const Branch *branch(const QString &code);
    // An import never makes up a person: an unknown code is an error naming where it is.
    Status knownStaff(io::JsonFields &f, const QString &key, const QString &code);
    Result<std::optional<Answer>> answer(const QJsonValue &value, const QString &path,
                                         const InspectionTemplate &t);

    Database &m_db;
    std::vector<Branch> m_branches;
};

} // namespace servicelens::inspection
