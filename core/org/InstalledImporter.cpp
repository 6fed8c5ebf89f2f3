// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstalledImporter.h"

#include <QDate>
#include <QRegularExpression>

namespace servicelens::org {

using io::CsvImport;
using Outcome = CsvImport::Outcome;

namespace {

enum Column { ModelCol, MonthCol, UnitsCol };

} // namespace

const io::ImportShape &InstalledImporter::shape()
{
    static const io::ImportShape shape{
        {{"model", "型号", false, "产品型号|机型|Model|Product Model"},
         {"month", "月份", false, "年月|统计月份|Month|Period"},
         {"units", "保有量", false,
          "在用数量|市场保有量|在保数量|装机量|Units|Installed Base|Units In Field"}},
        {ModelCol, MonthCol, UnitsCol},
        {QStringLiteral("installed_base")}};
    return shape;
}

std::optional<int> InstalledImporter::parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?(?:\s*[-/.]\s*\d{1,2}\s*日?)?|(\d{2}))\s*$)"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const int month = (m.capturedLength(2) > 0 ? m.captured(2) : m.captured(3)).toInt();
    if (year < 1900 || month < 1 || month > 12)
        return std::nullopt;
    return year * 100 + month;
}

InstalledImporter::InstalledImporter(Database &db)
    : m_db(db)
    , m_base(db)
{}

Status InstalledImporter::prepare(const CsvImport &)
{
    auto lists = ProductCatalogue(m_db).load();
    if (!lists)
        return lists.error();
    m_matcher.emplace(*lists);
    return {};
}

Result<Outcome> InstalledImporter::row(CsvImport::Row &row)
{
    const QString modelText = row.cell(ModelCol);
    QString model;
    if (modelText.isEmpty()) {
        row.issue(ModelCol, modelText, tr("a model is required"));
    } else {
        const ProductMatch match = m_matcher->model(modelText);
        if (match.matched())
            model = match.target;
        else if (match.how == MatchHow::Ambiguous)
            row.issue(ModelCol, modelText,
                      tr("names several models (%1): write one").arg(match.candidates.join(", ")));
        else
            row.issue(ModelCol, modelText,
                      tr("not a model of the product list (servicelens import products)"));
    }
    const QString monthText = row.cell(MonthCol);
    const auto month = parseMonth(monthText);
    if (!month)
        row.issue(MonthCol, monthText, tr("expected a month as YYYY-MM"));
    const QString unitsText = row.cell(UnitsCol);
    bool ok = false;
    const qint64 units = QString(unitsText).remove(QLatin1Char(',')).toLongLong(&ok);
    if (!ok || units < 0)
        row.issue(UnitsCol, unitsText, tr("expected a whole number of units, 0 or more"));
    if (!model.isEmpty() && month && !m_seen.insert({model, *month}).second)
        row.issue(MonthCol, monthText, tr("this model and month appear earlier in the file"));
    if (!row.ok())
        return Outcome::Unchanged; // rejected by the frame

    auto before = m_base.units(model, *month);
    if (!before)
        return before.error();
    auto changed = m_base.save(model, *month, units);
    if (!changed)
        return changed.error();
    if (!*before)
        return Outcome::Inserted;
    return *changed ? Outcome::Updated : Outcome::Unchanged;
}

} // namespace servicelens::org
