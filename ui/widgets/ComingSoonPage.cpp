// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComingSoonPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace servicelens::ui {

ComingSoonPage::ComingSoonPage(const QString &title, const QString &purpose,
                               const QStringList &plannedFeatures, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);

    auto *lead = new QLabel(purpose, this);
    lead->setWordWrap(true);

    auto *status = new QLabel(tr("This area is not available in this version yet. "
                                 "What it will offer:"),
                              this);
    status->setObjectName(QStringLiteral("comingSoonStatus"));
    status->setWordWrap(true);
    status->setForegroundRole(QPalette::PlaceholderText);

    QString items;
    for (const QString &feature : plannedFeatures)
        items += QStringLiteral("<li>%1</li>").arg(feature.toHtmlEscaped());
    auto *list =
        new QLabel(QStringLiteral("<ul style='margin-left:-16px'>%1</ul>").arg(items), this);
    list->setWordWrap(true);
    list->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(lead);
    layout->addSpacing(8);
    layout->addWidget(status);
    layout->addWidget(list);
    layout->addStretch();
}

} // namespace servicelens::ui
