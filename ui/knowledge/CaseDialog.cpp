// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDialog.h"

#include "inspection/PhotoScaler.h"
#include "knowledge/CaseLibrary.h"
#include "org/FaultCodes.h"
#include "widgets/ErrorMessage.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace servicelens::ui {

using knowledge::CaseStatus;
using knowledge::ServiceCase;

namespace {

QStringList listOf(const QString &text)
{
    // Separated as people type them: commas (either width), semicolons or 、.
    static const QRegularExpression separators(QStringLiteral("[,，;；、]"));
    QStringList items;
    for (const QString &s : text.split(separators, Qt::SkipEmptyParts))
        if (const QString t = s.trimmed(); !t.isEmpty())
            items << t;
    return items;
}

} // namespace

CaseDialog::CaseDialog(Database &db, ServiceCase draft, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_case(std::move(draft))
{
    setObjectName(QStringLiteral("caseDialog"));
    setWindowTitle(m_case.id > 0 ? tr("Case (version %1)").arg(m_case.version) : tr("New Case"));
    m_title = new QLineEdit(m_case.title, this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setPlaceholderText(tr("What and why, e.g. 室内机漏水：排水管坡度不足"));
    m_symptom = new QPlainTextEdit(m_case.symptom, this);
    m_symptom->setObjectName(QStringLiteral("caseSymptom"));
    m_cause = new QPlainTextEdit(m_case.cause, this);
    m_cause->setObjectName(QStringLiteral("caseCause"));
    m_fix = new QPlainTextEdit(m_case.fix, this);
    m_fix->setObjectName(QStringLiteral("caseFix"));
    m_fix->setPlaceholderText(tr("One step per line"));
    for (QPlainTextEdit *e : {m_symptom, m_cause})
        e->setMaximumHeight(70);
    m_fault = new QComboBox(this);
    m_fault->setObjectName(QStringLiteral("caseFault"));
    m_fault->addItem(tr("(none)"), QString());
    if (auto faults = org::FaultCatalogue(m_db).load())
        for (const org::FaultCode &c : faults->codes)
            m_fault->addItem(tr("%1 %2").arg(c.code, c.name), c.code);
    if (!m_case.faultCode.isEmpty() && m_fault->findData(m_case.faultCode) < 0)
        m_fault->addItem(m_case.faultCode, m_case.faultCode);
    m_fault->setCurrentIndex(std::max(0, m_fault->findData(m_case.faultCode)));
    m_models = new QLineEdit(m_case.models.join(QStringLiteral(", ")), this);
    m_models->setObjectName(QStringLiteral("caseModels"));
    m_models->setPlaceholderText(tr("Model codes, separated by commas"));
    m_tags = new QLineEdit(m_case.tags.join(QStringLiteral(", ")), this);
    m_tags->setObjectName(QStringLiteral("caseTags"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_status->addItem(tr("Draft"), int(CaseStatus::Draft));
    m_status->addItem(tr("Approved: offered at diagnosis"), int(CaseStatus::Approved));
    m_status->addItem(tr("Retired"), int(CaseStatus::Retired));
    m_status->setCurrentIndex(m_status->findData(int(m_case.status)));
    // Photos: a thumbnail each; added from files, scaled as every photo of the workbook.
    m_photoList = new QListWidget(this);
    m_photoList->setObjectName(QStringLiteral("casePhotos"));
    m_photoList->setViewMode(QListView::IconMode);
    m_photoList->setIconSize(QSize(96, 96));
    m_photoList->setMaximumHeight(130);
    m_photoList->setResizeMode(QListView::Adjust);
    m_photos = m_case.photos;
    const auto showPhoto = [this](const knowledge::CasePhoto &p) {
        QPixmap thumb;
        thumb.loadFromData(p.image);
        m_photoList->addItem(new QListWidgetItem(
            QIcon(thumb.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation)), p.caption));
    };
    for (const knowledge::CasePhoto &p : m_photos)
        showPhoto(p);
    auto *addPhotoButton = new QPushButton(tr("Add &Photo…"), this);
    auto *removePhoto = new QPushButton(tr("&Remove Photo"), this);
    connect(addPhotoButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Add Photo"), QString(), tr("Images (*.jpg *.jpeg *.png *.heic *.webp)"));
        if (!path.isEmpty())
            addPhoto(path);
    });
    connect(removePhoto, &QPushButton::clicked, this, [this] {
        const int row = m_photoList->currentRow();
        if (row < 0 || row >= int(m_photos.size()))
            return;
        m_photos.erase(m_photos.begin() + row);
        delete m_photoList->takeItem(row);
    });
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(palette::problemText());
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ymptom:"), m_symptom);
    form->addRow(tr("C&ause:"), m_cause);
    form->addRow(tr("&Fix:"), m_fix);
    form->addRow(tr("Fault &code:"), m_fault);
    form->addRow(tr("&Models:"), m_models);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Status:"), m_status);
    auto *photoButtons = new QHBoxLayout;
    photoButtons->addWidget(addPhotoButton);
    photoButtons->addWidget(removePhoto);
    photoButtons->addStretch(1);
    auto *photoBox = new QVBoxLayout;
    photoBox->addWidget(m_photoList);
    photoBox->addLayout(photoButtons);
    form->addRow(tr("Photos:"), photoBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 600);
}

bool CaseDialog::addPhoto(const QString &path)
{
    QString error;
    const auto scaled = scalePhoto(path, &error);
    if (!scaled) {
        m_problem->setText(error);
        m_problem->show();
        return false;
    }
    const knowledge::CasePhoto photo{QFileInfo(path).completeBaseName(), scaled->image};
    m_photos.push_back(photo);
    QPixmap thumb;
    thumb.loadFromData(scaled->thumbnail);
    m_photoList->addItem(new QListWidgetItem(QIcon(thumb), photo.caption));
    return true;
}

void CaseDialog::accept()
{
    ServiceCase c = m_case;
    c.title = m_title->text();
    c.symptom = m_symptom->toPlainText();
    c.cause = m_cause->toPlainText();
    c.fix = m_fix->toPlainText();
    c.faultCode = m_fault->currentData().toString();
    c.models = listOf(m_models->text());
    c.tags = listOf(m_tags->text());
    c.status = static_cast<CaseStatus>(m_status->currentData().toInt());
    c.photos = m_photos;
    auto saved = knowledge::CaseLibrary(m_db).save(c);
    if (!saved) {
        if (saved.error().kind == ErrorKind::InvalidInput) {
            m_problem->setText(saved.error().message);
            m_problem->show();
            return;
        }
        showError(this, windowTitle(), saved.error());
        return;
    }
    m_case = c;
    QDialog::accept();
}

} // namespace servicelens::ui
