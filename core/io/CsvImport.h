// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvFile.h"
#include "ImportTypes.h"
#include "OutputFile.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::io {

// The frame every CSV import runs in (orders, staff, calendar): the file is sniffed and
// streamed, its header matched to the columns of FORMATS.md, each data row handed to the
// importer to check and write, rejected rows written out with their reasons, all in one
// transaction that is committed only when the import is complete and clean (or skip-invalid),
// so a failed, cancelled or killed import leaves the workbook as it was. Memory stays flat:
// rows are handled as they are read and only the first problems are kept.
class CsvImport final {
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    struct ColumnSpec {
        const char *name;      // as in FORMATS.md
        const char *alias;     // the Chinese header users write
        bool freeText = false; // limited to maxFreeTextLength, else to maxNameLength
        // More headers that helpdesk, ERP and spreadsheet exports use for the column, separated
        // by '|', most telling first (工单编号|单号|Ticket ID|…); matched like the name.
        const char *aliases = nullptr;
    };

    // A header as matched: width-folded (ＩＤ is ID), case-folded, without spaces, underscores
    // and hyphens, so "Ticket ID", "ticket_id" and "TICKET-ID" are one.
    static QString headerKey(const QString &header);
    // A yes/no cell as FORMATS.md's booleans are written: 1/0, true/false, yes/no, y/n, 是/否.
    static std::optional<bool> parseBoolean(const QString &text);

    // FORMATS.md's limits on a text field, in characters.
    static constexpr int maxNameLength = 200;
    static constexpr int maxFreeTextLength = 32000;

    enum class Outcome { Inserted, Updated, Unchanged };

    // One data row, as the row handler sees it.
    class Row {
    public:
        int line() const { return m_record->line(); }
        // Whether the file has the column.
        bool has(int column) const { return m_import->fileColumn(column) >= 0; }
        // The cell, trimmed and mapped through the mapping's @value lines; empty when absent.
        QString cell(int column) const;
        // Records a problem with a cell (or, with column -1, with the row).
        void issue(int column, const QString &value, const QString &message);
        // A people column naming no one: listed in the summary's unknownPeople; unless they
        // were created, the row is refused with `message`.
        void unknownPerson(int column, const QString &value, bool created,
                           const QString &message = QString());
        bool ok() const { return m_issues.empty(); }
        const CsvRecord &record() const { return *m_record; }

    private:
        friend class CsvImport;
        const CsvImport *m_import = nullptr;
        const CsvRecord *m_record = nullptr;
        std::vector<ImportIssue> m_issues;
        std::vector<std::pair<int, QString>> m_unknownPeople; // column, value
        bool m_peopleCreated = false;
    };

    // Checks a row (Row::issue for each problem) and, when it has none, writes it.
    using RowHandler = std::function<Result<Outcome>(Row &)>;
    // Runs after the header is matched, before the first row (lookups, prepared state).
    using Prepare = std::function<Status()>;
    // Runs inside the transaction just before it commits (batch audit records).
    using Finish = std::function<Status(const ImportSummary &)>;

    CsvImport(Database &db, QString path, const ImportOptions &options,
              std::vector<ColumnSpec> specs, std::vector<int> required);
    ~CsvImport();

    // Problems with the data are in the summary (see ImportSummary::failed()); an Error means
    // the import could not run: unreadable or malformed file, missing column, database error,
    // cancel.
    Result<ImportSummary> run(const RowHandler &handleRow, const Prepare &prepare = {},
                              const Finish &finish = {}, const ImportProgress &progress = {});

    // The importer promises that every reference it writes was looked up or created in the
    // import's own transaction, so SQLite's foreign-key enforcement is suspended while it runs
    // (see ForeignKeysSuspended). Only for importers whose references are correct by
    // construction; a test must prove it with PRAGMA foreign_key_check.
    void setReferencesCorrectByConstruction(bool yes) { m_referencesByConstruction = yes; }
    // The tables the import writes (with the audit log, always): each is checked whole with its
    // indexes before a row is written (Database::checkTables).
    void setTablesWritten(QStringList tables) { m_tablesWritten = std::move(tables); }

    // The index of the file column holding a spec's column, -1 when the file has none.
    int fileColumn(int spec) const;
    // The header text of a spec's column in the file.
    QString headerOf(int spec) const;
    const ImportOptions &options() const { return m_options; }
    const QString &path() const { return m_path; }

    // For each spec, the index of the file column that holds it (-1 when absent). Unknown
    // columns become warnings; a missing required column is an error naming it. Used by the
    // GUI's mapping dialog as well.
    static Result<std::vector<int>> matchHeader(const QStringList &header,
                                                const std::vector<ColumnSpec> &specs,
                                                const ColumnMapping &mapping,
                                                const std::vector<int> &required,
                                                QStringList &warnings);

private:
    bool onRecord(const CsvRecord &record);
    Status takeHeader(const CsvRecord &record);
    Status reject(const Row &row);
    void notePeople(const Row &row);
    // What every row must satisfy before its importer sees it: decodable text, as many fields
    // as the header, no control characters, FORMATS.md's length limits.
    void checkShape(Row &row) const;

    Database &m_db;
    QString m_path;
    ImportOptions m_options;
    std::vector<ColumnSpec> m_specs;
    std::vector<int> m_required;
    std::vector<int> m_fileColumn;
    std::vector<const QHash<QString, QString> *> m_valueMaps; // per spec, from the mapping
    static constexpr int maxMappedCellsRemembered = 4096;
    mutable std::vector<QHash<QString, QString>> m_mappedCells; // per spec: cell -> mapped
    QStringList m_header;
    bool m_haveHeader = false;
    bool m_referencesByConstruction = false;
    QStringList m_tablesWritten;
    ImportSummary m_summary;
    QHash<QString, std::size_t> m_unknownPersonIndex; // column + value -> summary.unknownPeople
    RowHandler m_handleRow;
    Prepare m_prepare;
    Status m_stop; // the error that stopped the reading
    std::unique_ptr<OutputFile> m_rejectedFile;
    std::set<int> m_invalidLines; // lines of a UTF-8 file that were not valid UTF-8
};

} // namespace servicelens::io
