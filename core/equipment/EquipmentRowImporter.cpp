// SPDX-License-Identifier: GPL-3.0-or-later
#include "EquipmentRowImporter.h"

#include <QLocale>

namespace servicelens::equipment {

EquipmentRowImporter::EquipmentRowImporter(Database &db)
    : m_db(db)
    , m_register(db)
    , m_log(db)
    , m_people(db)
{}

Status EquipmentRowImporter::prepare(const io::CsvImport &frame)
{
    m_createStaff = frame.options().createStaff;
    if (auto s = m_people.load(); !s)
        return s;
    return m_branches.load(m_db, frame.options().branchCode);
}

Result<std::optional<qint64>> EquipmentRowImporter::person(io::CsvImport::Row &row, int column,
                                                           const org::StaffDirectory::Named &named,
                                                           qint64 branchId)
{
    if (named.newcomer.isEmpty())
        return named.id;
    auto id = m_people.createFor(row, column, named.newcomer, branchId);
    if (!id)
        return id.error();
    return std::optional<qint64>(*id);
}

std::optional<double> EquipmentRowImporter::reading(io::CsvImport::Row &row, int column)
{
    const QString v = row.cell(column);
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double d = QLocale::c().toDouble(v, &ok);
    if (ok && d >= 0)
        return d;
    row.issue(column, v, tr("expected a counter reading of 0 or more"));
    return std::nullopt;
}

} // namespace servicelens::equipment
