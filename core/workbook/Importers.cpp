// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importers.h"

#include "Workbook.h"
#include "io/CsvFile.h"
#include "storage/SqlQuery.h"

#include "equipment/EquipmentImporter.h"
#include "equipment/PlanImporter.h"
#include "equipment/RecordImporter.h"
#include "flow/CalendarImporter.h"
#include "flow/EventImporter.h"
#include "flow/EventLogStates.h"
#include "flow/OrderImporter.h"
#include "flow/SlaImporter.h"
#include "org/FaultImporter.h"
#include "org/InstalledImporter.h"
#include "org/ProductImporter.h"
#include "org/StaffImporter.h"
#include "survey/SurveyImporter.h"
#include "team/AttendanceImporter.h"
#include "team/ReviewImporter.h"

namespace servicelens {

namespace {

// A row importer (io::RowImporter) over a file, in a frame of its shape.
template <typename Importer>
Result<io::ImportSummary> runRows(Database &db, const QString &path,
                                  const io::ImportOptions &options,
                                  const io::ImportProgress &progress)
{
    Importer importer(db);
    return io::RowImporter::run(importer, Importer::shape(), db, path, options, progress);
}

// The importers, one row each: the registry is this table. Each importer lives beside its
// domain and has the same shape (io::RowImporter): its columns in the documented order (for the
// mapping dialog), the ones a file must have, the tables it writes, and what it does with each
// row. Survey responses run in a frame of the chosen questionnaire's own columns.
struct Entry {
    ImportKind kind;
    const char *code; // as on the command line
    const char *label;
    const io::ImportShape &(*shape)();
    Result<io::ImportSummary> (*run)(Database &db, const QString &path,
                                     const io::ImportOptions &options,
                                     const io::ImportProgress &progress);
};

const Entry entries[] = {
    {ImportKind::Orders, "orders", QT_TRANSLATE_NOOP("Importers", "Service orders"),
     &flow::OrderImporter::shape, &runRows<flow::OrderImporter>},
    {ImportKind::Events, "events",
     QT_TRANSLATE_NOOP("Importers", "Order events (a helpdesk's state history)"),
     &flow::EventImporter::shape, &runRows<flow::EventImporter>},
    {ImportKind::Staff, "staff", QT_TRANSLATE_NOOP("Importers", "Staff"),
     &org::StaffImporter::shape, &runRows<org::StaffImporter>},
    {ImportKind::Calendar, "calendar", QT_TRANSLATE_NOOP("Importers", "Working-day calendar"),
     &flow::CalendarImporter::shape, &runRows<flow::CalendarImporter>},
    {ImportKind::Surveys, "surveys", QT_TRANSLATE_NOOP("Importers", "Survey responses"),
     &survey::SurveyImporter::shape, &survey::SurveyImporter::run},
    {ImportKind::Training, "training", QT_TRANSLATE_NOOP("Importers", "Training attendance"),
     &team::AttendanceImporter::shape, &runRows<team::AttendanceImporter>},
    {ImportKind::Sla, "sla", QT_TRANSLATE_NOOP("Importers", "SLA policies"),
     &flow::SlaImporter::shape, &runRows<flow::SlaImporter>},
    {ImportKind::Products, "products",
     QT_TRANSLATE_NOOP("Importers", "Product models and categories"), &org::ProductImporter::shape,
     &runRows<org::ProductImporter>},
    {ImportKind::Faults, "faults", QT_TRANSLATE_NOOP("Importers", "Fault codes"),
     &org::FaultImporter::shape, &runRows<org::FaultImporter>},
    {ImportKind::Installed, "installed", QT_TRANSLATE_NOOP("Importers", "Installed base"),
     &org::InstalledImporter::shape, &runRows<org::InstalledImporter>},
    {ImportKind::Equipment, "equipment", QT_TRANSLATE_NOOP("Importers", "Equipment register"),
     &equipment::EquipmentImporter::shape, &runRows<equipment::EquipmentImporter>},
    {ImportKind::MaintenancePlans, "maintenance-plans",
     QT_TRANSLATE_NOOP("Importers", "Maintenance plans"), &equipment::PlanImporter::shape,
     &runRows<equipment::PlanImporter>},
    {ImportKind::Maintenance, "maintenance",
     QT_TRANSLATE_NOOP("Importers", "Maintenance records and counter readings"),
     &equipment::RecordImporter::shape, &runRows<equipment::RecordImporter>},
    {ImportKind::Reviews, "reviews",
     QT_TRANSLATE_NOOP("Importers", "Filled 360-degree review forms"), &team::ReviewImporter::shape,
     &runRows<team::ReviewImporter>},
};

const Entry &entryOf(ImportKind kind)
{
    for (const Entry &e : entries)
        if (e.kind == kind)
            return e;
    return entries[0];
}

} // namespace

std::vector<ImportKind> Importers::kinds()
{
    std::vector<ImportKind> out;
    for (const Entry &e : entries)
        out.push_back(e.kind);
    return out;
}

QString Importers::code(ImportKind kind)
{
    return QString::fromLatin1(entryOf(kind).code);
}

std::optional<ImportKind> Importers::fromCode(const QString &text)
{
    for (const Entry &e : entries)
        if (text == QLatin1String(e.code))
            return e.kind;
    return std::nullopt;
}

QString Importers::label(ImportKind kind)
{
    return tr(entryOf(kind).label);
}

const std::vector<io::CsvImport::ColumnSpec> &Importers::columns(ImportKind kind)
{
    return entryOf(kind).shape().columns;
}

std::vector<int> Importers::requiredColumns(ImportKind kind)
{
    return entryOf(kind).shape().required;
}

ImportKind Importers::guess(const QStringList &header, const std::vector<io::CsvRow> &rows)
{
    if (flow::EventLogStates::looksLikeEventLog(header, rows))
        return ImportKind::Events;
    return bestMatch(header, kinds()).value_or(ImportKind::Orders);
}

Result<ImportKind> Importers::guessFile(const QString &path, io::Encoding encoding,
                                        const std::vector<ImportKind> &among)
{
    auto format = io::CsvFile::sniff(path, encoding);
    if (!format)
        return format.error();
    auto head = io::CsvFile::head(path, *format, 1);
    if (!head)
        return head.error();
    QStringList header;
    if (!head->empty())
        header = head->front().fields;
    if (auto kind = bestMatch(header, among))
        return *kind;
    QStringList expected;
    for (ImportKind k : among) {
        QStringList required;
        for (int c : requiredColumns(k))
            required << QStringLiteral("%1 (%2)").arg(
                QString::fromUtf8(columns(k)[std::size_t(c)].name),
                QString::fromUtf8(columns(k)[std::size_t(c)].alias));
        expected << QStringLiteral("%1: %2").arg(label(k), required.join(QStringLiteral(", ")));
    }
    return makeError(ErrorKind::InvalidInput,
                     tr("The header of %1 has the columns of none of these files; each needs "
                        "its own — %2.")
                         .arg(path, expected.join(QStringLiteral("; "))));
}

std::optional<ImportKind> Importers::bestMatch(const QStringList &header,
                                               const std::vector<ImportKind> &among)
{
    std::optional<ImportKind> best;
    double bestScore = 0;
    for (const ImportKind k : among) {
        QStringList ignored;
        auto matched = io::CsvImport::matchHeader(header, columns(k), {}, {}, ignored);
        if (!matched)
            continue;
        // A kind whose required columns the file lacks cannot be it (an orders file is not an
        // event log without a state column).
        const auto required = requiredColumns(k);
        if (std::any_of(required.begin(), required.end(),
                        [&](int c) { return (*matched)[static_cast<std::size_t>(c)] < 0; }))
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
    // A head office's store holds its branches' rows as their packs brought them: a row
    // imported here would belong to no branch's workbook, and the branch's figures at head
    // office would no longer be its own. Head office's own lists (calendar, SLA, products,
    // fault codes, installed base) it imports.
    if (kind != ImportKind::Calendar && kind != ImportKind::Sla && kind != ImportKind::Products &&
        kind != ImportKind::Faults && kind != ImportKind::Installed) {
        SqlQuery role(db, QStringLiteral("SELECT value FROM setting WHERE key = :key"));
        role.bind(QStringLiteral(":key"), QString::fromLatin1(Workbook::roleSetting));
        auto value = role.scalar();
        if (!value)
            return value.error();
        if (value->toString() == QLatin1String("head_office"))
            return makeError(ErrorKind::InvalidInput,
                             tr("This is a head office's store: “%1” come from the branches, in "
                                "their packs. Import the file into the branch's own workbook and "
                                "send head office a pack (File ▸ Send to Head Office…).")
                                 .arg(label(kind)));
    }
    return entryOf(kind).run(db, path, options, progress);
}

} // namespace servicelens
