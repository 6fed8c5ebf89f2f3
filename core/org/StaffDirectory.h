// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Staff.h"
#include "io/CsvImport.h"

#include <QHash>
#include <QSet>

namespace servicelens::org {

// The workbook's people as import files name them (FORMATS.md, "People columns"): by staff code
// (工号), by name, or "code name" as ServiceLens itself shows them ("T02 马宇航"). Read once per
// import; the people an import creates are added as they are made, so a second row naming the
// same newcomer finds them.
class StaffDirectory final {
    Q_DECLARE_TR_FUNCTIONS(StaffDirectory)

public:
    explicit StaffDirectory(Database &db);

    Status load();

    // Whom a cell names: a person, no one (neither set), or a problem that names the people it
    // could be (a name two people share, a code whose person has another name).
    struct Lookup {
        std::optional<qint64> id;
        QString problem;
        bool unknown() const { return !id && problem.isEmpty(); }
    };
    Lookup find(const QString &value) const;

    // A people column of an import row (FORMATS.md): the person it names; or, for a value that
    // names no one, the newcomer to create when the row is written (createStaff) or the row
    // refused with the person listed; or a row issue for a name that could be several people.
    // An empty cell names no one and is no problem here.
    struct Named {
        std::optional<qint64> id;
        QString newcomer;
    };
    Named name(io::CsvImport::Row &row, int column, bool createStaff);
    // Creates a row's newcomer (as a technician) and lists them as created in the summary.
    Result<qint64> createFor(io::CsvImport::Row &row, int column, const QString &newcomer,
                             std::optional<qint64> branchId);

    // The person a value that names no one stands for: "T15 马宇航" is code T15, name 马宇航;
    // a bare name takes the next free code of its role's series (T15 after T14; T01 when there
    // is none), a bare code is also the name.
    StaffMember newcomer(const QString &value, Role role) const;
    // Creates the newcomer (audited like any new staff member) and remembers them.
    Result<qint64> create(const QString &value, Role role, std::optional<qint64> branchId);

    // Whether this import created the person.
    bool createdHere(qint64 id) const { return m_created.contains(id); }

    // The value split as "code name": the code, and the name (empty when there is no space).
    static std::pair<QString, QString> split(const QString &value);

private:
    void remember(const StaffMember &member);

    Database &m_db;
    QHash<QString, qint64> m_byCode;              // lower-cased code
    QHash<QString, std::vector<qint64>> m_byName; // name as written
    QHash<qint64, StaffMember> m_people;
    QSet<qint64> m_created;
};

} // namespace servicelens::org
