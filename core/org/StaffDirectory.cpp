// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffDirectory.h"

#include <QRegularExpression>

#include <algorithm>

namespace servicelens::org {

namespace {

// The letter of each role's code series, as the demo and most service centres number people.
QChar seriesOf(Role role)
{
    switch (role) {
    case Role::CustomerService:
        return QLatin1Char('C');
    case Role::TechnicalSupport:
        return QLatin1Char('T');
    case Role::PartsLogistics:
        return QLatin1Char('P');
    case Role::Quality:
        return QLatin1Char('Q');
    case Role::Manager:
        return QLatin1Char('M');
    }
    return QLatin1Char('S');
}

// A space between code and name, ASCII or the full-width one of a Chinese input method.
const QRegularExpression &separator()
{
    static const QRegularExpression re(QStringLiteral("[\\s\\x{3000}]+"));
    return re;
}

} // namespace

StaffDirectory::StaffDirectory(Database &db)
    : m_db(db)
{}

Status StaffDirectory::load()
{
    auto staff = StaffRepository(m_db).list();
    if (!staff)
        return staff.error();
    m_byCode.clear();
    m_byName.clear();
    m_people.clear();
    for (const StaffMember &m : *staff)
        remember(m);
    return {};
}

void StaffDirectory::remember(const StaffMember &member)
{
    m_people.insert(member.id, member);
    m_byCode.insert(member.code.trimmed().toLower(), member.id);
    m_byName[member.name.trimmed()].push_back(member.id);
}

std::pair<QString, QString> StaffDirectory::split(const QString &value)
{
    const QString v = value.trimmed();
    const auto m = separator().match(v);
    if (!m.hasMatch())
        return {v, QString()};
    return {v.left(m.capturedStart()), v.mid(m.capturedEnd()).trimmed()};
}

StaffDirectory::Lookup StaffDirectory::find(const QString &value) const
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    if (auto it = m_byCode.constFind(v.toLower()); it != m_byCode.constEnd())
        return {*it, {}};
    auto byName = [this](const QString &name) -> Lookup {
        const auto it = m_byName.constFind(name);
        if (it == m_byName.constEnd())
            return {};
        if (it->size() == 1)
            return {it->front(), {}};
        QStringList codes;
        for (qint64 id : *it)
            codes << m_people.value(id).code;
        codes.sort();
        return {std::nullopt, tr("%1 staff members are called “%2” (%3); write the staff code")
                                  .arg(it->size())
                                  .arg(name, codes.join(QStringLiteral(", ")))};
    };
    if (Lookup named = byName(v); !named.unknown())
        return named;
    // "code name", as ServiceLens shows people.
    const auto [code, name] = split(v);
    if (name.isEmpty())
        return {};
    const auto it = m_byCode.constFind(code.toLower());
    if (it == m_byCode.constEnd())
        return {};
    const StaffMember &m = m_people[*it];
    if (m.name.trimmed() == name)
        return {*it, {}};
    return {std::nullopt, tr("staff code %1 is %2, not %3").arg(m.code, m.name.trimmed(), name)};
}

StaffMember StaffDirectory::newcomer(const QString &value, Role role) const
{
    StaffMember m;
    m.role = role;
    const auto [code, name] = split(value);
    // A code is ASCII letters and digits with at least one digit (T02, 1024): "John Smith" is
    // a name, not code John.
    const bool looksLikeCode =
        std::any_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); }) &&
        std::all_of(code.begin(), code.end(), [](QChar c) {
            return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('-') ||
                                          c == QLatin1Char('_') || c == QLatin1Char('.'));
        });
    if (looksLikeCode) {
        m.code = code;
        // A bare code (T15) is also the name until someone completes it on the Staff tab.
        m.name = name.isEmpty() ? code : name;
        return m;
    }
    // A name: the next free code of the role's series, as wide as the widest one in use.
    m.name = value.trimmed();
    const QChar series = seriesOf(role);
    const QRegularExpression numbered(QStringLiteral("^%1(\\d+)$").arg(series),
                                      QRegularExpression::CaseInsensitiveOption);
    int highest = 0;
    int width = 2;
    for (const StaffMember &p : m_people) {
        const auto match = numbered.match(p.code.trimmed());
        if (match.hasMatch()) {
            highest = std::max(highest, match.captured(1).toInt());
            width = std::max(width, static_cast<int>(match.captured(1).size()));
        }
    }
    do {
        ++highest;
        m.code = series + QStringLiteral("%1").arg(highest, width, 10, QLatin1Char('0'));
    } while (m_byCode.contains(m.code.toLower()));
    return m;
}

StaffDirectory::Named StaffDirectory::name(io::CsvImport::Row &row, int column, bool createStaff)
{
    const QString value = row.cell(column);
    if (value.isEmpty())
        return {};
    const Lookup found = find(value);
    if (found.id) {
        if (createdHere(*found.id))
            row.unknownPerson(column, value, true); // counted with the rows naming a newcomer
        return {found.id, {}};
    }
    if (!found.problem.isEmpty()) {
        row.issue(column, value, found.problem);
        return {};
    }
    if (createStaff)
        return {std::nullopt, value}; // created when the row is written, never for a rejected one
    row.unknownPerson(column, value, false,
                      tr("no staff member has this code or name; add them to the staff list, or "
                         "let the import create them (--create-staff; the import dialog asks)"));
    return {};
}

Result<qint64> StaffDirectory::createFor(io::CsvImport::Row &row, int column,
                                         const QString &newcomer, std::optional<qint64> branchId)
{
    auto id = create(newcomer, Role::TechnicalSupport, branchId);
    if (id)
        row.unknownPerson(column, newcomer, true);
    return id;
}

Result<qint64> StaffDirectory::create(const QString &value, Role role,
                                      std::optional<qint64> branchId)
{
    StaffMember m = newcomer(value, role);
    m.branchId = branchId;
    if (auto s = StaffRepository(m_db).create(m); !s)
        return s.error();
    remember(m);
    m_created.insert(m.id);
    return m.id;
}

} // namespace servicelens::org
