// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Survey.h"

namespace servicelens {
class Database;
}

namespace servicelens::survey {

// Stores surveys, versioned like inspection templates: a version with answers is never changed.
class SurveyRepository final {
    Q_DECLARE_TR_FUNCTIONS(SurveyRepository)

public:
    explicit SurveyRepository(Database &db)
        : m_db(db)
    {}

    enum class Saved { Created, NewVersion, UpdatedInPlace, Unchanged };
    Result<Saved> save(Survey &s);
    Result<std::optional<Survey>> latest(const QString &code) const;
    Result<std::optional<Survey>> byId(qint64 id) const;
    // Latest versions: code, version, name.
    Result<std::vector<Survey>> list() const;
    Status installDefault();
    static Result<Survey> shippedDefault();
    static QString defaultCode() { return QStringLiteral("default-csat"); }
    // The shipped 360-degree review questionnaire (issue 23), when the workbook has none.
    Status installReview();
    static QString reviewCode() { return QStringLiteral("review-360"); }

private:
    // Installs the shipped survey of a resource unless one of its code exists.
    Status installShipped(const QString &resource);
    Status insertQuestions(const Survey &s);
    Status insertVersion(Survey &s);
    Database &m_db;
};

} // namespace servicelens::survey
