// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorIdentity.h"

#include "org/Staff.h"
#include "storage/Database.h"

#include <QSettings>

#include <algorithm>

namespace servicelens::ui {

namespace {

const QString nameKey = QStringLiteral("operator/name");
const QString askedKey = QStringLiteral("operator/asked");

} // namespace

void OperatorIdentity::apply()
{
    Database::setOperatorName(chosen());
}

void OperatorIdentity::choose(const QString &name, Database *open)
{
    QSettings settings;
    settings.setValue(nameKey, name.trimmed());
    settings.setValue(askedKey, true);
    apply();
    if (open)
        open->setActor(Database::defaultActor());
}

QString OperatorIdentity::chosen()
{
    return QSettings().value(nameKey).toString().trimmed();
}

bool OperatorIdentity::wasAsked()
{
    return QSettings().value(askedKey, false).toBool();
}

void OperatorIdentity::markAsked()
{
    QSettings().setValue(askedKey, true);
}

std::vector<OperatorIdentity::Candidate> OperatorIdentity::candidates(Database &db)
{
    std::vector<Candidate> people;
    auto staff = org::StaffRepository(db).list();
    if (!staff)
        return people;
    // Managers first: they are who usually sits at ServiceLens.
    std::stable_partition(staff->begin(), staff->end(),
                          [](const org::StaffMember &m) { return m.role == org::Role::Manager; });
    for (const org::StaffMember &m : *staff)
        if (m.active)
            people.push_back({tr("%1 (%2)").arg(m.name, m.code), m.name});
    return people;
}

} // namespace servicelens::ui
