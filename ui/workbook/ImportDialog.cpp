// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"
#include "ColumnMappingTable.h"
#include "ImportProblemsTab.h"
#include "ImportTables.h"

#include "ImportStatesTab.h"
#include "ImportSummaryText.h"
#include "i18n/Language.h"
#include "widgets/ErrorMessage.h"
#include "widgets/Palette.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

using io::Encoding;

using importTables::cell;
using importTables::table;

namespace {

constexpr int previewRows = 20;

QString delimiterName(char d)
{
    switch (d) {
    case ';':
        return ImportDialog::tr("semicolon ( ; )");
    case '\t':
        return ImportDialog::tr("tab");
    default:
        return ImportDialog::tr("comma ( , )");
    }
}

} // namespace

ImportDialog::ImportDialog(Runner runner, QWidget *parent)
    : QDialog(parent)
    , m_runner(std::move(runner))
    , m_confirmPeople([this](const QStringList &people) {
        QMessageBox box(QMessageBox::Question, tr("Import"),
                        tr("%n people named in the file are not in the staff list.", nullptr,
                           static_cast<int>(people.size())),
                        QMessageBox::NoButton, this);
        // The first few named in the box itself; all of them behind "Show Details".
        constexpr qsizetype shown = 8;
        QString list = people.mid(0, shown).join(QLatin1Char('\n'));
        if (people.size() > shown)
            list += QLatin1Char('\n') +
                    tr("… and %n more", nullptr, static_cast<int>(people.size() - shown));
        box.setInformativeText(list + QStringLiteral("\n\n") +
                               tr("Add them to the staff list as technicians, then import? "
                                  "Their names can be completed on the Staff tab."));
        if (people.size() > shown)
            box.setDetailedText(people.join(QLatin1Char('\n')));
        QPushButton *add = box.addButton(tr("&Add and import"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(add);
        box.exec();
        return box.clickedButton() == add;
    })
{
    setWindowTitle(tr("Import"));
    setObjectName(QStringLiteral("importDialog"));

    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    m_file->setObjectName(QStringLiteral("importFile"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    for (ImportKind k : Importers::kinds())
        m_kind->addItem(Importers::label(k), static_cast<int>(k));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { rebuildMapping(); });

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Detect"), static_cast<int>(Encoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), static_cast<int>(Encoding::Utf8));
    m_encoding->addItem(QStringLiteral("GB18030 / GBK"), static_cast<int>(Encoding::Gb18030));
    m_encoding->addItem(QStringLiteral("UTF-16 LE"), static_cast<int>(Encoding::Utf16LE));
    m_encoding->addItem(QStringLiteral("UTF-16 BE"), static_cast<int>(Encoding::Utf16BE));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] { reloadPreview(); });
    m_delimiter = new QLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("&Contents:"), m_kind);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("Delimiter:"), m_delimiter);

    // Preview: the first rows exactly as they will be read.
    m_preview = table({}, this);
    m_preview->setObjectName(QStringLiteral("importPreview"));

    // Columns: each file column and the ServiceLens column it fills.
    auto *columnsPage = new QWidget(this);
    m_mapping = new ColumnMappingTable(columnsPage);
    connect(m_mapping, &ColumnMappingTable::changed, this, [this] {
        rebuildStates(); // another column may now be the state
        updateButtons();
    });
    m_dateFormat = new QLineEdit(columnsPage);
    m_dateFormat->setPlaceholderText(tr("e.g. MM/dd/yyyy hh:mm AP (only for other formats)"));
    m_dateFormat->setToolTip(tr("Times such as 2026-10-31 14:30 are always understood; give the "
                                "format of other exports in Qt's notation."));
    auto *columnsLayout = new QVBoxLayout(columnsPage);
    columnsLayout->addWidget(m_mapping);
    auto *dateRow = new QFormLayout;
    dateRow->addRow(tr("&Other time format:"), m_dateFormat);
    m_emptyMarkers = new QLineEdit(columnsPage);
    m_emptyMarkers->setObjectName(QStringLiteral("importEmptyMarkers"));
    m_emptyMarkers->setPlaceholderText(tr("e.g. ?, N/A, NULL, -, 无"));
    m_emptyMarkers->setToolTip(tr("Values that the export writes for “no value”, separated by "
                                  "commas: a cell holding one is read as empty, in every column. "
                                  "Proposed when the first rows hold such values."));
    dateRow->addRow(tr("Values meaning “&no value”:"), m_emptyMarkers);
    columnsLayout->addLayout(dateRow);

    // States: an event log's states, how many rows each, and the stage each one is.
    m_states = new ImportStatesTab(this);
    connect(m_states, &ImportStatesTab::changed, this, [this] { updateButtons(); });

    // Problems: every one found by the last check; the selected one's row below.
    m_problems = new ImportProblemsTab(this);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_preview, tr("Preview"));
    m_tabs->addTab(columnsPage, tr("Columns"));
    m_tabs->addTab(m_states, tr("States"));
    m_tabs->addTab(m_problems, tr("Problems"));

    m_skipInvalid = new QCheckBox(
        tr("&Skip rows with problems (they are written to a .rejected.csv file beside the file)"),
        this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_checkButton = buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    m_checkButton->setToolTip(tr("Reads and checks every row without changing the workbook."));
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setDefault(true);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (runImport())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 620);
    updateButtons();
}

void ImportDialog::chooseFile()
{
    const QString start = m_path.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), start, tr("CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_encoding->blockSignals(true);
    m_encoding->setCurrentIndex(0);
    m_encoding->blockSignals(false);
    reloadPreview();
    if (!m_header.isEmpty()) {
        m_kind->blockSignals(true);
        setKind(Importers::guess(m_header, m_head));
        m_kind->blockSignals(false);
        rebuildMapping();
    }
    return m_format.has_value();
}

ImportKind ImportDialog::kind() const
{
    return static_cast<ImportKind>(m_kind->currentData().toInt());
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void ImportDialog::reloadPreview()
{
    m_format.reset();
    m_header.clear();
    m_head.clear();
    m_problems->setFile(m_path, std::nullopt, {}, {});
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_status->clear();
    if (m_path.isEmpty()) {
        updateButtons();
        return;
    }
    const auto requested = static_cast<Encoding>(m_encoding->currentData().toInt());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto format = io::CsvFile::sniff(m_path, requested);
    Result<std::vector<io::CsvRow>> head = format
                                               ? io::CsvFile::head(m_path, *format, previewRows + 1)
                                               : Result<std::vector<io::CsvRow>>(format.error());
    QApplication::restoreOverrideCursor();
    if (!head) {
        m_status->setText(head.error().message);
        updateButtons();
        return;
    }
    if (head->empty()) {
        m_status->setText(tr("The file is empty: a header row is required."));
        updateButtons();
        return;
    }
    m_format = *format;
    m_header = head->front().fields;
    if (!m_header.isEmpty() && m_header.front().startsWith(QChar(0xFEFF)))
        m_header.front().remove(0, 1);
    m_head.assign(head->begin() + 1, head->end());
    m_problems->setFile(m_path, m_format, m_header, m_head);
    // A workbook has cells, not an encoding or a delimiter to choose.
    m_encoding->setEnabled(!format->spreadsheet);
    m_encoding->setItemText(
        0, format->spreadsheet
               ? tr("Excel workbook, first sheet")
               : tr("Detect (%1)").arg(io::TextDecoder::name(format->encoding).toUpper()));
    m_delimiter->setText(format->spreadsheet ? tr("none (cells)")
                                             : delimiterName(format->delimiter));

    m_preview->setColumnCount(static_cast<int>(m_header.size()) + 1);
    m_preview->setHorizontalHeaderLabels(
        QStringList(format->spreadsheet ? tr("Row") : tr("Line")) << m_header);
    m_preview->setRowCount(static_cast<int>(m_head.size()));
    for (int r = 0; r < static_cast<int>(m_head.size()); ++r) {
        const io::CsvRow &row = m_head[static_cast<std::size_t>(r)];
        m_preview->setItem(r, 0, cell(QString::number(row.line)));
        for (int c = 0; c < row.fields.size(); ++c)
            m_preview->setItem(r, c + 1, cell(row.fields[c]));
    }
    m_preview->resizeColumnsToContents();
    m_status->setText(tr("%1 · showing the first %n row(s) as they will be read.", nullptr,
                         static_cast<int>(m_head.size()))
                          .arg(QLocale().formattedDataSize(format->size)));
    rebuildMapping();
}

QString ImportDialog::mappingKey(ImportKind kind, const QStringList &header)
{
    QStringList names;
    for (const QString &h : header)
        names << h.trimmed().toLower();
    names.sort();
    const QByteArray hash =
        QCryptographicHash::hash(names.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    return QStringLiteral("importMappings/%1/%2").arg(Importers::code(kind), QLatin1String(hash));
}

void ImportDialog::rebuildMapping()
{
    m_mapping->setRowCount(0);
    if (m_header.isEmpty()) {
        updateButtons();
        return;
    }
    const ImportKind k = kind();

    // A mapping chosen before for the same headers comes back; otherwise names and aliases.
    const QStringList saved = QSettings().value(mappingKey(k, m_header)).toStringList();
    auto parsed = io::ColumnMapping::parse(saved.join(QLatin1Char('\n')));
    const io::ColumnMapping remembered = parsed ? *parsed : io::ColumnMapping();
    m_rememberedValues = remembered.values;
    m_dateFormat->setText(remembered.dateFormat);
    m_emptyMarkers->setText(
        remembered.emptyMarkers.isEmpty()
            ? markersSeen().join(QStringLiteral(", "))
            : QStringList(remembered.emptyMarkers.begin(), remembered.emptyMarkers.end())
                  .join(QStringLiteral(", ")));
    m_mapping->show(k, m_header, m_head.empty() ? QStringList() : m_head.front().fields,
                    remembered);
    rebuildStates();
    updateButtons();
}

void ImportDialog::rebuildStates()
{
    const bool events = kind() == ImportKind::Events;
    m_tabs->setTabVisible(m_tabs->indexOf(m_states), events);
    const int column = m_mapping->fileColumnOf(QStringLiteral("state"));
    if (!events || column < 0 || !m_format) {
        m_states->clear();
        return;
    }
    if (auto s = m_states->show(m_path, *m_format, column,
                                m_rememberedValues.value(QStringLiteral("state")));
        !s)
        m_status->setText(s.error().message);
}

QStringList ImportDialog::markersSeen() const
{
    // The common markers that the first rows hold as a whole cell, in the order of the list.
    QSet<QString> seen;
    for (const io::CsvRow &row : m_head)
        for (const QString &field : row.fields)
            if (field.size() <= 4)
                seen.insert(field.trimmed().toLower());
    QStringList markers;
    for (const QString &marker : io::ColumnMapping::commonEmptyMarkers())
        if (seen.contains(marker.toLower()))
            markers << marker;
    return markers;
}

io::ImportOptions ImportDialog::options() const
{
    io::ImportOptions o;
    o.encoding = m_format ? m_format->encoding : Encoding::Auto;
    o.skipInvalid = m_skipInvalid->isChecked();
    o.mapping.headers = m_mapping->headers();
    o.mapping.values = m_rememberedValues;
    if (kind() == ImportKind::Events) {
        // The states as the States tab maps them; one left to choose stays unmapped (an error
        // naming it).
        const QHash<QString, QString> states = m_states->mapping();
        o.mapping.values.insert(QStringLiteral("state"), states);
    }
    o.mapping.dateFormat = m_dateFormat->text().trimmed();
    for (const QString &marker : m_emptyMarkers->text().split(QLatin1Char(',')))
        if (!marker.trimmed().isEmpty())
            o.mapping.emptyMarkers.insert(marker.trimmed().toLower());
    return o;
}

void ImportDialog::rememberMapping() const
{
    QSettings().setValue(mappingKey(kind(), m_header), options().mapping.toLines());
}

void ImportDialog::updateButtons()
{
    // The required columns must be mapped before anything can run.
    QStringList missing;
    if (m_format && !m_header.isEmpty()) {
        const io::ImportOptions o = options();
        QStringList warnings;
        auto matched = io::CsvImport::matchHeader(m_header, Importers::columns(kind()), o.mapping,
                                                  {}, warnings);
        const auto &specs = Importers::columns(kind());
        // Named as the mapping lists them: the Chinese name first in a Chinese window.
        const bool chinese = i18n::Language::effective().startsWith(QLatin1String("zh"));
        for (int r : Importers::requiredColumns(kind()))
            if (!matched || (*matched)[static_cast<std::size_t>(r)] < 0) {
                const auto &spec = specs[static_cast<std::size_t>(r)];
                missing << (chinese ? QString::fromUtf8(spec.alias) : QLatin1String(spec.name));
            }
    }
    const bool ready = m_format && !m_header.isEmpty() && missing.isEmpty();
    m_checkButton->setEnabled(ready);
    m_importButton->setEnabled(ready);
    const QString missingHint = tr("Choose the file's column for: %1.");
    if (m_format && !missing.isEmpty()) {
        m_status->setText(missingHint.arg(QLocale().createSeparatedList(missing)));
        m_missingShown = true;
    } else if (m_missingShown) {
        // The hint is gone once it is answered.
        m_status->setText(tr("Every required column is chosen: Check finds the rows' problems "
                             "without importing anything."));
        m_missingShown = false;
    }
}

void ImportDialog::check()
{
    io::ImportOptions o = options();
    o.dryRun = true;
    auto summary = m_runner(kind(), m_path, o);
    if (!summary) {
        if (summary.error().kind != ErrorKind::Cancelled)
            showError(this, tr("Import"), summary.error());
        m_status->setText(summary.error().message);
        return;
    }
    showSummary(*summary);
}

bool ImportDialog::runImport()
{
    io::ImportOptions o = options();
    auto summary = m_runner(kind(), m_path, o);
    // People the file names who are not in the staff list: added only when the user agrees,
    // then the file is imported again (an import of the same rows changes nothing, so the rows
    // a skipping import set aside come in now).
    if (summary) {
        QStringList people;
        for (const io::UnknownPerson &p : summary->unknownPeople)
            if (!p.created)
                people << p.toString();
        if (!people.isEmpty() && m_confirmPeople(people)) {
            o.createStaff = true;
            summary = m_runner(kind(), m_path, o);
        }
    }
    if (!summary) {
        if (summary.error().kind != ErrorKind::Cancelled)
            showError(this, tr("Import"), summary.error());
        m_status->setText(summary.error().message);
        return false;
    }
    showSummary(*summary);
    if (!summary->committed)
        return false;
    rememberMapping();
    emit imported(*summary);
    return true;
}

void ImportDialog::showSummary(const io::ImportSummary &s)
{
    m_status->setText(ImportSummaryText::describe(s, options().skipInvalid));

    if (m_problems->show(s.issues))
        m_tabs->setCurrentWidget(m_problems);
}

} // namespace servicelens::ui
