// SPDX-License-Identifier: GPL-3.0-or-later
#include "EquipmentFilesView.h"

#include "io/OutputFile.h"
#include "storage/Database.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ExportFolder.h"
#include "widgets/ListTable.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace equipment;

namespace {

const QString lastFolderKey = QStringLiteral("equipment/lastFileFolder");

} // namespace

EquipmentFilesView::EquipmentFilesView(QWidget *parent)
    : QWidget(parent)
    , m_table(makeListTable(this, QStringLiteral("equipmentFiles"),
                            {tr("File"), tr("Size"), tr("Added")}))
    , m_preview(new QLabel(this))
    , m_add(new QPushButton(tr("Add File…"), this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_save(new QPushButton(tr("Save As…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_add->setObjectName(QStringLiteral("addEquipmentFile"));
    m_add->setToolTip(tr("A manual, a certificate, a photo of the nameplate: kept in the "
                         "workbook, up to %1 MB each")
                          .arg(EquipmentFiles::maxBytes / (1024 * 1024)));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->setObjectName(QStringLiteral("equipmentFilePreview"));
    m_preview->setFixedSize(240, 180);
    m_preview->setAlignment(Qt::AlignCenter);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { showPreview(); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { openChosen(); });
    connect(m_add, &QPushButton::clicked, this, [this] { addFile(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openChosen(); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveAs(); });
    connect(m_remove, &QPushButton::clicked, this, &EquipmentFilesView::removeChosen);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_open, m_save, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_preview);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

EquipmentFilesView::~EquipmentFilesView() = default;

void EquipmentFilesView::showPiece(Database *db, std::optional<qint64> equipmentId, bool editable,
                                   const LocalTime &local)
{
    m_db = db;
    m_equipmentId = equipmentId;
    m_editable = editable;
    m_files.clear();
    m_table->setRowCount(0);
    if (db && equipmentId) {
        auto files = EquipmentFiles(*db).list(*equipmentId);
        if (!files)
            showError(this, tr("Documents and photos"), files.error());
        else
            m_files = std::move(*files);
    }
    const QLocale locale;
    m_table->setRowCount(count());
    for (int row = 0; row < count(); ++row) {
        const EquipmentFile &f = m_files[std::size_t(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(f.name));
        m_table->setItem(row, 1, new QTableWidgetItem(locale.formattedDataSize(f.size)));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(DateText::of(local.localDateTime(f.createdAt))));
    }
    if (count() > 0)
        m_table->setCurrentCell(0, 0);
    m_add->setEnabled(db && equipmentId && editable && !db->isReadOnly());
    showPreview();
}

std::optional<EquipmentFile> EquipmentFilesView::chosen() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= count())
        return std::nullopt;
    return m_files[std::size_t(row)];
}

void EquipmentFilesView::showPreview()
{
    const auto file = chosen();
    m_open->setEnabled(file.has_value());
    m_save->setEnabled(file.has_value());
    m_remove->setEnabled(file && m_editable && m_db && !m_db->isReadOnly());
    m_preview->clear();
    if (!file || !file->isImage() || !m_db)
        return;
    auto bytes = EquipmentFiles(*m_db).content(file->id);
    QImage image;
    if (bytes && image.loadFromData(*bytes))
        m_preview->setPixmap(QPixmap::fromImage(
            image.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void EquipmentFilesView::addFile(QString path)
{
    if (!m_db || !m_equipmentId)
        return;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(this, tr("Add a Document or Photo"),
                                            ExportFolder::last(lastFolderKey));
        if (path.isEmpty())
            return;
        ExportFolder::remember(lastFolderKey, path);
    }
    QFile file(path);
    if (file.size() > EquipmentFiles::maxBytes) {
        showError(this, tr("Documents and photos"),
                  makeError(ErrorKind::InvalidInput,
                            tr("%1 is larger than %2 MB: a piece's files are kept up to that.")
                                .arg(QDir::toNativeSeparators(path))
                                .arg(EquipmentFiles::maxBytes / (1024 * 1024))));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(
            this, tr("Documents and photos"),
            makeError(ErrorKind::Io, tr("%1 could not be read: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString())));
        return;
    }
    auto added = EquipmentFiles(*m_db).add(*m_equipmentId, path, file.readAll());
    if (!added)
        return showError(this, tr("Documents and photos"), added.error());
    emit changed();
}

QString EquipmentFilesView::openChosen(bool launch)
{
    const auto file = chosen();
    if (!file || !m_db)
        return {};
    auto bytes = EquipmentFiles(*m_db).content(file->id);
    if (!bytes) {
        showError(this, tr("Documents and photos"), bytes.error());
        return {};
    }
    // A private folder (only this user can read it), removed when ServiceLens closes.
    if (!m_opened) {
        auto folder = io::OutputFile::privateFolder();
        if (!folder) {
            showError(this, tr("Documents and photos"), folder.error());
            return {};
        }
        m_opened = std::move(*folder);
    }
    const QString path = m_opened->filePath(QStringLiteral("%1-%2").arg(file->id).arg(file->name));
    if (auto s = io::OutputFile::writeWhole(path, *bytes); !s) {
        showError(this, tr("Documents and photos"), s.error());
        return {};
    }
    if (launch)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return path;
}

void EquipmentFilesView::saveAs(QString path)
{
    const auto file = chosen();
    if (!file || !m_db)
        return;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Save the File As"),
            QDir(ExportFolder::last(lastFolderKey)).filePath(file->name));
        if (path.isEmpty())
            return;
        ExportFolder::remember(lastFolderKey, path);
    }
    auto bytes = EquipmentFiles(*m_db).content(file->id);
    Status written = bytes ? io::OutputFile::checkTarget(path) : Status(bytes.error());
    if (written)
        written = io::OutputFile::writeWhole(path, *bytes);
    if (!written)
        showError(this, tr("Documents and photos"), written.error());
}

void EquipmentFilesView::removeChosen()
{
    const auto file = chosen();
    if (!file || !m_db)
        return;
    if (QMessageBox::question(this, tr("Remove %1").arg(file->name),
                              tr("Remove %1 from the piece's documents? The audit trail keeps "
                                 "its name and fingerprint, not its content.")
                                  .arg(file->name)) != QMessageBox::Yes)
        return;
    if (auto s = EquipmentFiles(*m_db).remove(file->id); !s)
        return showError(this, tr("Documents and photos"), s.error());
    emit changed();
}

} // namespace servicelens::ui
