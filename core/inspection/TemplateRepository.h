// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InspectionTemplate.h"

#include <QCoreApplication>

namespace servicelens {
class Database;
}

namespace servicelens::inspection {

struct TemplateSummary {
    qint64 id = 0;
    QString code;
    int version = 1;
    BilingualText name;
    Frequency frequency = Frequency::Monthly;
    TemplateKind kind = TemplateKind::Branch;
    int items = 0;
    int inspections = 0; // inspections of this code, all versions
};

// Stores inspection templates. A (code, version) that an inspection uses is never changed:
// saving different content then writes the next version, and the old inspections keep theirs.
class TemplateRepository final {
    Q_DECLARE_TR_FUNCTIONS(TemplateRepository)

public:
    explicit TemplateRepository(Database &db)
        : m_db(db)
    {}

    enum class Saved { Created, NewVersion, UpdatedInPlace, Unchanged };
    // Saves `t` under its code: the first version, a new version when the latest is in use,
    // the latest replaced when nothing uses it yet, or nothing when the content is the same.
    // On return t carries the stored id and version. Audited.
    Result<Saved> save(InspectionTemplate &t);

    Result<std::optional<InspectionTemplate>> latest(const QString &code) const;
    Result<std::optional<InspectionTemplate>> byId(qint64 id) const;
    Result<std::optional<InspectionTemplate>> find(const QString &code, int version) const;
    // The latest version of every template, by name.
    Result<std::vector<TemplateSummary>> list() const;
    Result<bool> inUse(qint64 templateId) const;

    // The shipped default template (resources/inspection), unless its code is already there.
    Status installDefault();
    static Result<InspectionTemplate> shippedDefault();
    // The shipped maintenance checklist (kind "maintenance"), likewise.
    Status installMaintenance();
    static Result<InspectionTemplate> shippedMaintenance();

private:
    // Saves a shipped template unless its code is already there.
    Status install(Result<InspectionTemplate> t);
    Status insertContent(const InspectionTemplate &t);
    Status insertVersion(InspectionTemplate &t);
    Database &m_db;
};

} // namespace servicelens::inspection
