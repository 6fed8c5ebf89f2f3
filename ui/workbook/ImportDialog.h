// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CsvFile.h"
#include "workbook/Importers.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace servicelens::ui {

class ColumnMappingTable;
class ImportProblemsTab;

class ImportStatesTab;

// File ▸ Import…: a CSV file shown as it will be read (detected encoding and delimiter, the
// first rows as parsed), its columns mapped to ServiceLens's (remembered per set of headers),
// a dry run listing every problem (select one to see its row), then the import itself. The
// work runs through a Runner the main window provides, which hands the workbook over to a
// worker thread for the time it takes.
class ImportDialog final : public QDialog {
    Q_OBJECT

public:
    using Runner = std::function<Result<io::ImportSummary>(ImportKind kind, const QString &csvPath,
                                                           const io::ImportOptions &options)>;

    explicit ImportDialog(Runner runner, QWidget *parent = nullptr);

    // Reads the file's format and first rows; false (with the reason shown) if it cannot.
    bool setFile(const QString &path);
    ImportKind kind() const;
    void setKind(ImportKind kind);
    io::ImportOptions options() const;
    // The header set's key under which a mapping is remembered.
    static QString mappingKey(ImportKind kind, const QStringList &header);

    // Asked before the people a file names who are not in the staff list are added (each line
    // "张师傅 (技术员, lines 2, 4)"); a message box unless a test sets another.
    using PeopleConfirmation = std::function<bool(const QStringList &people)>;
    void setPeopleConfirmation(PeopleConfirmation confirm) { m_confirmPeople = std::move(confirm); }

    // The two actions of the buttons, callable from tests.
    void check();
    bool runImport();

signals:
    void imported(const io::ImportSummary &summary);

private:
    void chooseFile();
    void reloadPreview();
    void rebuildMapping();
    void rememberMapping() const;
    // The common "no value" markers that the previewed rows hold.
    QStringList markersSeen() const;
    // An event log's states, their rows and the stage each is mapped onto (the States tab).
    void rebuildStates();
    void showSummary(const io::ImportSummary &summary);
    void updateButtons();

    Runner m_runner;
    PeopleConfirmation m_confirmPeople;
    QString m_path;
    std::optional<io::CsvFile::Format> m_format;
    QStringList m_header;
    std::vector<io::CsvRow> m_head;

    QLineEdit *m_file = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_delimiter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_preview = nullptr;
    ColumnMappingTable *m_mapping = nullptr;
    QLineEdit *m_dateFormat = nullptr;
    QLineEdit *m_emptyMarkers = nullptr;
    ImportStatesTab *m_states = nullptr;
    // What a remembered mapping maps values to, kept for the columns the dialog does not show.
    QHash<QString, QHash<QString, QString>> m_rememberedValues;
    ImportProblemsTab *m_problems = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    QLabel *m_status = nullptr;
    bool m_missingShown = false; // the status says which columns are missing
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace servicelens::ui
