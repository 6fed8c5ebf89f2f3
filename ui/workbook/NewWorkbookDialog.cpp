// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewWorkbookDialog.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimeZone>

namespace servicelens::ui {

NewWorkbookDialog::NewWorkbookDialog(QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_code(new QLineEdit(QStringLiteral("SH01"), this))
    , m_name(new QLineEdit(this))
    , m_zone(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Workbook"));
    setObjectName(QStringLiteral("newWorkbookDialog"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_code->setObjectName(QStringLiteral("branchCodeEdit"));
    m_name->setObjectName(QStringLiteral("branchNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Shanghai Pudong Service Centre"));
    // Documents when the user has such a folder, else the home folder.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    m_path->setText(QDir(folder).filePath(tr("Workbook") + QStringLiteral(".servicelens")));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(QString::fromLatin1(Branch::defaultTimeZone));
    m_zone->setEditable(false);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(palette::problemText());

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path); // a label made by addRow(QString, QLayout*) has no buddy
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("Branch &code:"), m_code);
    form->addRow(tr("Branch &name:"), m_name);
    form->addRow(tr("&Time zone:"), m_zone);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(browse, &QPushButton::clicked, this, &NewWorkbookDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_path, m_code, m_name})
        connect(edit, &QLineEdit::textChanged, this, &NewWorkbookDialog::validate);
    validate();
}

QString NewWorkbookDialog::path() const
{
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && QFileInfo(p).suffix().isEmpty())
        p += QStringLiteral(".servicelens");
    return p;
}

NewWorkbook NewWorkbookDialog::spec() const
{
    NewWorkbook spec;
    spec.branchCode = m_code->text().trimmed();
    spec.branchName = m_name->text().trimmed();
    spec.timeZone = m_zone->currentText();
    return spec;
}

void NewWorkbookDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("New Workbook"), m_path->text(), tr("ServiceLens workbooks (*.servicelens)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void NewWorkbookDialog::validate()
{
    QString problem;
    const QFileInfo info(path());
    if (path().isEmpty())
        problem = tr("Choose where to save the workbook.");
    else if (info.exists())
        problem = tr("A file with this name already exists.");
    else if (!info.absoluteDir().exists())
        problem = tr("The folder does not exist.");
    else if (m_code->text().trimmed().isEmpty())
        problem = tr("The branch needs a code.");
    else if (m_name->text().trimmed().isEmpty())
        problem = tr("The branch needs a name.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace servicelens::ui
