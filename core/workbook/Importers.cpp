// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importers.h"

#include "flow/CalendarCsv.h"
#include "flow/OrderImporter.h"
#include "org/StaffImporter.h"
#include "survey/SurveyImporter.h"
#include "team/AttendanceImporter.h"

namespace servicelens {

namespace {
constexpr ImportKind allKinds[] = {ImportKind::Orders, ImportKind::Staff, ImportKind::Calendar,
                                   ImportKind::Surveys, ImportKind::Training};
}

QString Importers::code(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Orders:
        return QStringLiteral("orders");
    case ImportKind::Staff:
        return QStringLiteral("staff");
    case ImportKind::Calendar:
        return QStringLiteral("calendar");
    case ImportKind::Surveys:
        return QStringLiteral("surveys");
    case ImportKind::Training:
        return QStringLiteral("training");
    }
    return {};
}

std::optional<ImportKind> Importers::fromCode(const QString &text)
{
    for (ImportKind k : allKinds)
        if (code(k) == text)
            return k;
    return std::nullopt;
}

QString Importers::label(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Orders:
        return tr("Service orders");
    case ImportKind::Staff:
        return tr("Staff");
    case ImportKind::Calendar:
        return tr("Working-day calendar");
    case ImportKind::Surveys:
        return tr("Survey responses");
    case ImportKind::Training:
        return tr("Training attendance");
    }
    return {};
}

const std::vector<io::CsvImport::ColumnSpec> &Importers::columns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Orders:
        return flow::OrderImporter::columns();
    case ImportKind::Staff:
        return org::StaffImporter::columns();
    case ImportKind::Calendar:
        return flow::CalendarCsv::columns();
    case ImportKind::Surveys:
        return survey::SurveyImporter::columns();
    case ImportKind::Training:
        return team::AttendanceImporter::columns();
    }
    return flow::OrderImporter::columns();
}

std::vector<int> Importers::requiredColumns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Orders:
        return flow::OrderImporter::requiredColumns();
    case ImportKind::Staff:
        return org::StaffImporter::requiredColumns();
    case ImportKind::Calendar:
        return flow::CalendarCsv::requiredColumns();
    case ImportKind::Surveys:
        return survey::SurveyImporter::requiredColumns();
    case ImportKind::Training:
        return team::AttendanceImporter::requiredColumns();
    }
    return {};
}

ImportKind Importers::guess(const QStringList &header)
{
    ImportKind best = ImportKind::Orders;
    double bestScore = 0;
    for (ImportKind k : allKinds) {
        QStringList ignored;
        auto matched = io::CsvImport::matchHeader(header, columns(k), {}, {}, ignored);
        if (!matched)
            continue;
        const auto found =
            std::count_if(matched->begin(), matched->end(), [](int i) { return i >= 0; });
        // The share of the file's columns this kind knows: a staff file's "name" column must
        // not make an orders file look like staff.
        const double score = header.isEmpty() ? 0 : double(found) / double(header.size());
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    return best;
}

Result<io::ImportSummary> Importers::run(ImportKind kind, Database &db, const QString &path,
                                         const io::ImportOptions &options,
                                         const io::ImportProgress &progress)
{
    switch (kind) {
    case ImportKind::Orders:
        return flow::OrderImporter::run(db, path, options, progress);
    case ImportKind::Staff:
        return org::StaffImporter::run(db, path, options, progress);
    case ImportKind::Calendar:
        return flow::CalendarCsv::importFile(db, path, options, progress);
    case ImportKind::Surveys:
        return survey::SurveyImporter::run(db, path, options, progress);
    case ImportKind::Training:
        return team::AttendanceImporter::run(db, path, options, progress);
    }
    return makeError(ErrorKind::InvalidInput, tr("Nothing to import."));
}

} // namespace servicelens
