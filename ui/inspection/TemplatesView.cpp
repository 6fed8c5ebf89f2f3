// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplatesView.h"

#include "workbook/WorkbookContext.h"

#include "TemplateEditor.h"
#include "i18n/Language.h"
#include "inspection/TemplateJson.h"
#include "inspection/TemplateRepository.h"
#include "io/OutputFile.h"
#include "widgets/ErrorMessage.h"
#include "workbook/Workbook.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace inspection;

TemplatesView::TemplatesView(WorkbookContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("templateTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Template"), tr("Kind"), tr("Code"), tr("Version"), tr("Items"), tr("Inspections")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &TemplatesView::edit);
    auto *editButton = new QPushButton(tr("Edit…"), this);
    auto *newButton = new QPushButton(tr("New template…"), this);
    auto *importButton = new QPushButton(tr("Import…"), this);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    importButton->setToolTip(tr("Add a template another branch shared (JSON)"));
    exportButton->setToolTip(tr("Save the template as JSON to share it"));
    connect(editButton, &QPushButton::clicked, this, &TemplatesView::edit);
    connect(newButton, &QPushButton::clicked, this, &TemplatesView::create);
    connect(importButton, &QPushButton::clicked, this, &TemplatesView::importTemplate);
    connect(exportButton, &QPushButton::clicked, this, &TemplatesView::exportTemplate);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {newButton, editButton, importButton, exportButton})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    m_context.follow(this, WorkbookContext::Change::Inspections, [this] { refresh(); });
}

void TemplatesView::refresh()
{
    m_table->setRowCount(0);
    if (!m_context.workbook())
        return;
    auto list = TemplateRepository(m_context.workbook()->database()).list();
    if (!list)
        return;
    const QString language = i18n::Language::effective();
    m_table->setRowCount(static_cast<int>(list->size()));
    for (int r = 0; r < static_cast<int>(list->size()); ++r) {
        const TemplateSummary &s = (*list)[static_cast<std::size_t>(r)];
        const QStringList cells = {s.name.in(language),
                                   InspectionNames::label(s.kind),
                                   s.code,
                                   QString::number(s.version),
                                   QString::number(s.items),
                                   QString::number(s.inspections)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, s.code);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (m_table->rowCount() > 0 && m_table->selectedItems().isEmpty())
        m_table->selectRow(0);
}

QString TemplatesView::selectedCode() const
{
    const auto items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.front()->data(Qt::UserRole).toString();
}

void TemplatesView::edit()
{
    if (!m_context.workbook() || selectedCode().isEmpty())
        return;
    auto t = TemplateRepository(m_context.workbook()->database()).latest(selectedCode());
    if (!t || !*t)
        return;
    TemplateEditor editor(m_context.workbook()->database(), **t, this);
    if (editor.exec() == QDialog::Accepted) {
        refresh();
        emit changed();
    }
}

void TemplatesView::create()
{
    if (!m_context.workbook())
        return;
    InspectionTemplate t;
    t.code = QStringLiteral("template-%1").arg(m_table->rowCount() + 1);
    TemplateEditor editor(m_context.workbook()->database(), t, this);
    editor.addSection();
    editor.addItem();
    if (editor.exec() == QDialog::Accepted) {
        refresh();
        emit changed();
    }
}

void TemplatesView::importTemplate()
{
    if (!m_context.workbook())
        return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import template"), settings.value(QStringLiteral("inspection/folder")).toString(),
        tr("Inspection templates (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("inspection/folder"), QFileInfo(path).absolutePath());
    auto t = TemplateJson::readFile(path);
    if (!t) {
        showError(this, tr("Import template"), t.error());
        return;
    }
    auto saved = TemplateRepository(m_context.workbook()->database()).save(*t);
    if (!saved) {
        showError(this, tr("Import template"), saved.error());
        return;
    }
    const QString name = t->name.in(i18n::Language::effective());
    QMessageBox::information(
        this, tr("Import template"),
        *saved == TemplateRepository::Saved::Unchanged
            ? tr("“%1” is already in the workbook, unchanged.").arg(name)
            : tr("“%1” was imported as version %2.").arg(name).arg(t->version));
    refresh();
    emit changed();
}

void TemplatesView::exportTemplate()
{
    if (!m_context.workbook() || selectedCode().isEmpty())
        return;
    auto t = TemplateRepository(m_context.workbook()->database()).latest(selectedCode());
    if (!t || !*t)
        return;
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export template"),
        settings.value(QStringLiteral("inspection/folder")).toString() + QLatin1Char('/') +
            (*t)->code + QStringLiteral(".json"),
        tr("Inspection templates (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("inspection/folder"), QFileInfo(path).absolutePath());
    if (auto s = io::OutputFile::writeWhole(path, TemplateJson::write(**t).toUtf8()); !s)
        showError(this, tr("Export template"), s.error());
}

} // namespace servicelens::ui
