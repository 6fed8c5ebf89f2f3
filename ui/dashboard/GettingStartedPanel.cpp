// SPDX-License-Identifier: GPL-3.0-or-later
#include "GettingStartedPanel.h"

#include "widgets/Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace servicelens::ui {

namespace {

const QString closedKey = QStringLiteral("gettingStarted/closed");

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

GettingStartedPanel::GettingStartedPanel(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_create(button(tr("New Workbook…"), QStringLiteral("startCreate"), this))
    , m_open(button(tr("Open Workbook…"), QStringLiteral("startOpen"), this))
    , m_import(button(tr("Import Orders…"), QStringLiteral("startImport"), this))
    , m_newOrder(button(tr("New Order…"), QStringLiteral("startNewOrder"), this))
{
    setObjectName(QStringLiteral("gettingStarted"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#gettingStarted { background: %1; border: 1px solid %2; }")
                      .arg(palette::noticeFill.name(), palette::noticeBorder.name()));
    m_text->setObjectName(QStringLiteral("gettingStartedText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setStyleSheet(QStringLiteral("color: %1;").arg(palette::noticeText.name()));
    auto *guide = button(tr("User Guide (F1)"), QStringLiteral("startGuide"), this);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("startClose"));
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setStyleSheet(QStringLiteral("color: %1;").arg(palette::noticeText.name())); // on yellow
    close->setToolTip(tr("Close: not shown again for this workbook"));
    connect(m_create, &QPushButton::clicked, this, &GettingStartedPanel::createWorkbook);
    connect(m_open, &QPushButton::clicked, this, &GettingStartedPanel::openWorkbook);
    connect(m_import, &QPushButton::clicked, this, &GettingStartedPanel::importOrders);
    connect(m_newOrder, &QPushButton::clicked, this, &GettingStartedPanel::newOrder);
    connect(guide, &QPushButton::clicked, this, &GettingStartedPanel::openGuide);
    connect(close, &QToolButton::clicked, this, [this] {
        QSettings settings;
        QStringList closed = settings.value(closedKey).toStringList();
        closed << m_path;
        settings.setValue(closedKey, closed);
        hide();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_text, 1);
    top->addWidget(close, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_create, m_open, m_import, m_newOrder, guide})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    hide();
}

void GettingStartedPanel::showFor(Kind kind, const QString &path)
{
    m_path = path;
    if (QSettings().value(closedKey).toStringList().contains(path)) {
        hide();
        return;
    }
    const bool demo = kind == Kind::Demo;
    m_text->setText(
        demo ? tr("<b>This is the demo workbook</b>: a year of made-up orders, inspections and "
                  "surveys of one branch, to try everything freely. To start with your own "
                  "branch, create a workbook, then import your orders from your helpdesk's CSV "
                  "export.")
             : tr("<b>This workbook has no orders yet.</b> Import them from your helpdesk's "
                  "CSV export (the preview shows how each column is read before anything is "
                  "written), or enter them one by one."));
    m_create->setVisible(demo);
    m_open->setVisible(demo);
    m_import->setVisible(!demo);
    m_newOrder->setVisible(!demo);
    show();
}

void GettingStartedPanel::forgetClosed()
{
    QSettings().remove(closedKey);
}

} // namespace servicelens::ui
